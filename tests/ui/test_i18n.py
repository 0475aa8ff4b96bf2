"""German and English interface: German has no English left, English stays English, the user's
choice of language wins over the system locale."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from desktop.engine.align import Aligner
from desktop.engine.compare import compare
from desktop.engine.load import load_article
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.ui import i18n
from desktop.ui.commands import MODES, REGISTRY
from desktop.vocabulary import LABELS, STATES
from desktop.wording import Phrase
from tests.ui.texts import Texts, walk, words

TS = i18n.FOLDER / "twofold_de.ts"
# Words the German window shows as English does: the hash's name, keys, a paper size, Qt's
# "OK", the time zone, the languages' own names (in the Language menu).
SAME_IN_GERMAN = {"sha", "tab", "alt", "letter", "ok", "utc", "deutsch", "english"}
# What the walk types (a note, a search) and the files it opens.
TYPED = "Pressestelle anrufen kein Treffer fehlt leer Zebrastreifen"


def translations() -> list[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    return [(m.findtext("source"), m.findtext("translation")) for m in root.iter("message")]


def data_words() -> set[str]:
    """What the walk shows of the articles: their words, names, the lemmas pairs were linked
    on, the language codes, the files it opens."""
    left, right = load_article(SEED_LEFT), load_article(SEED_RIGHT)
    found = words(f"{left.text} {right.text} {SEED_LEFT.stem} {SEED_RIGHT.stem} de en txt db")
    found |= words(TYPED)
    for pair in compare(left, right).pairs:
        found |= words(" ".join(pair.evidence))
    # and the lemmas a unique sentence shares with its closest sentences on the other side
    aligner = Aligner([s.text for s in left.sentences], [s.text for s in right.sentences])
    for side, article in (("left", left), ("right", right)):
        for sentence in article.sentences:
            for near in aligner.nearest(side, [sentence.id]):
                found |= words(" ".join(near.evidence))
    return found


@pytest.fixture
def walked(make_window, qtbot, tmp_path):
    """The same walk through the window in English, then in German."""
    (tmp_path / "en").mkdir()
    (tmp_path / "de").mkdir()
    english = walk(make_window, qtbot, tmp_path / "en" / "twofold.db", tmp_path / "en")
    i18n.install("de")
    try:
        german = walk(make_window, qtbot, tmp_path / "de" / "twofold.db", tmp_path / "de")
    finally:
        i18n.remove()
    return english, german


def english_left(english: Texts, german: Texts) -> Texts:
    """German texts with a word the English window shows and no German text has (so not
    marked for translation), or equal to a marked English text that has a translation."""
    pairs = translations()
    german_words = set().union(*(words(t) for _, t in pairs)) | data_words() | SAME_IN_GERMAN
    english_words = set().union(*(words(text) for _, text in english))
    changed = {s.replace("&", "") for s, t in pairs if s.replace("&", "") != t.replace("&", "")}
    return [
        (where, text)
        for where, text in german
        if (words(text) & english_words) - german_words
        or (text.replace("&", "") in changed and not words(text) <= SAME_IN_GERMAN)
    ]


def test_the_german_window_has_no_english_text_left(walked):
    english, german = walked
    left = english_left(english, german)
    assert not left, "\n".join(map(repr, left))
    shown = {text for _, text in german}
    # The walk reached labels, notes, the legend, the dialogs, Qt's own buttons and an error.
    for expected in (
        "Einstufung: Widerspruch",
        "Notiz gespeichert",
        "Nur links",
        "Gleiche Tatsache in beiden",
        "Gespeicherte Vergleiche",
        "Vergleich exportieren",
        "Tastenkürzel",
        "Abbrechen",
        "Speichern",
        "Prüfung speichern unter …",
        "Übernehmen",  # the question when an article changed since its review
        "Seit Ihrer Prüfung geändert",
        "Fassung 2",
        "keine Treffer",  # the find bar
        "Nur Unterschiede:",
        "Schriftgröße",
        "Einträge gewählt",
        "Zitate (",
        "Befund",
    ):
        assert expected in shown or any(expected in text for text in shown), expected
    assert any("keine solche Datei" in text for text in shown)
    assert any("wurde gelöscht oder verschoben" in text for text in shown)
    assert len(german) > 300
    # The check itself finds a text nobody marked, and a marked one left in English.
    unmarked, marked = ("status", "Nothing saved yet"), ("palette", "Commands")
    assert english_left([*english, unmarked], [*german, unmarked, marked]) == [unmarked, marked]


def test_english_stays_english(walked):
    english, _german = walked
    german_only = set().union(*(words(t) for _, t in translations()))
    german_only -= set().union(*(words(s) for s, _ in translations())) | data_words()
    german_only -= SAME_IN_GERMAN
    shown = [(where, text) for where, text in english if words(text) & german_only]
    assert not shown, shown


def test_menus_and_the_key_table_in_german(make_window):
    i18n.install("de")
    try:
        window = make_window(left=None, right=None)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[0] == "&Datei" and "&Hilfe" in titles
        assert window.actions_by_name["quit"].text() == "Twofold beenden"
        untranslated = [
            n for n, c in REGISTRY.items() if window.actions_by_name[n].text() == c.help
        ]
        assert not untranslated
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        assert buttons.buttons()[0].text() == "Speichern"  # Qt's own translation, loaded too
    finally:
        i18n.remove()
    english = make_window(left=None, right=None)
    assert english.actions_by_name["quit"].text() == REGISTRY["quit"].help == "Close Twofold"


def settings_with(tmp_path, choice: str | None) -> QSettings:
    settings = QSettings(str(tmp_path / "twofold.ini"), QSettings.Format.IniFormat)
    if choice is not None:
        settings.setValue(i18n.SETTING, choice)
    return settings


@pytest.mark.parametrize(
    ("choice", "locale", "expected"),
    [
        (None, "de_DE", "de"),
        (None, "de_AT", "de"),
        (None, "en_GB", "en"),
        (None, "fr_FR", "en"),
        ("system", "de_CH", "de"),
        ("en", "de_DE", "en"),
        ("de", "en_US", "de"),
    ],
)
def test_the_chosen_language_wins_over_the_locale(tmp_path, choice, locale, expected):
    assert i18n.language(settings_with(tmp_path, choice), QLocale(locale)) == expected


def test_the_language_menu_keeps_the_choice_for_the_next_start(make_window, tmp_path):
    settings = settings_with(tmp_path, None)
    window = make_window(left=None, right=None, settings=settings)
    menu = window.findChild(type(window.recent_menu), "language-menu")
    actions = {action.objectName(): action for action in menu.actions()}
    assert actions["language-system"].isChecked()
    actions["language-de"].trigger()
    assert settings.value(i18n.SETTING) == "de"
    assert i18n.language(settings, QLocale("en_US")) == "de"
    assert "starts next" in window.statusBar().currentMessage()
    assert actions["language-de"].isChecked() and not actions["language-system"].isChecked()


def test_command_help_labels_and_states_are_marked_for_translation():
    """Made when the modules load, before a language is chosen: phrases, shown translated."""
    texts = [c.help for c in REGISTRY.values()] + [c.brief for c in REGISTRY.values() if c.brief]
    texts += [*MODES.values(), *(label.text for label in LABELS)]
    texts += [state.legend for state in STATES.values()]
    assert all(isinstance(text, Phrase) for text in texts), [
        t for t in texts if not isinstance(t, Phrase)
    ]
