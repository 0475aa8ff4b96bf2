"""The interface language: German or English after the system locale or the user's choice,
through Qt's translators (resources/i18n/twofold_de.qm and Qt's own qtbase_de.qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QActionGroup

from desktop.paths import RESOURCES
from desktop.wording import Phrase

SETTING = "interface/language"
SYSTEM = "system"
LANGUAGES = ("de", "en")  # English is the source language: it needs no translator
# A language's own name is never translated.
NAMES = {"de": "Deutsch", "en": "English"}
FOLDER = RESOURCES / "i18n"
# lupdate files tr() and phrase() calls (no self.tr) under the unnamed context.
CONTEXT = ""
_installed: list[QTranslator] = []


def choice(settings: QSettings) -> str:
    """What the user chose: "system", "de" or "en"."""
    value = str(settings.value(SETTING, SYSTEM))
    return value if value in (SYSTEM, *LANGUAGES) else SYSTEM


def system_language(locale: QLocale | None = None) -> str:
    """German when the user's preferred languages name German before English, else English."""
    for name in (locale or QLocale()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def language(settings: QSettings, locale: QLocale | None = None) -> str:
    """The interface language: the user's choice wins over the system locale."""
    chosen = choice(settings)
    return system_language(locale) if chosen == SYSTEM else chosen


def install(lang: str) -> list[str]:
    """Make `lang` the language of every text made from now on; the translations loaded."""
    app = QCoreApplication.instance()
    remove()
    loaded = []
    if lang != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"twofold_{lang}", str(FOLDER)), (f"qtbase_{lang}", qt_folder)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
    return loaded


def remove() -> None:
    """Back to English (the texts in the code)."""
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())


def tr(text: str, **values: object) -> str:
    """`text` (a literal, for lupdate) in the interface language, `{name}`s filled in."""
    return _fill(QCoreApplication.translate(CONTEXT, text), values)


def translated(text: str) -> str:
    """A phrase made anywhere (desktop/wording.py) in the interface language; data as it is."""
    if isinstance(text, Phrase):
        return _fill(QCoreApplication.translate(CONTEXT, text.template), text.values)
    return text


def _fill(template: str, values: dict[str, object]) -> str:
    if not values:
        return template
    return template.format(**{key: translated(value) for key, value in values.items()})


def add_menu(window, menu) -> None:
    """Language: system / Deutsch / English, kept in the settings; used from the next start
    (every text is made in its language when the window is built)."""
    languages = menu.addMenu(tr("&Language (from the next start)"))
    languages.setObjectName("language-menu")
    group = QActionGroup(languages)
    current = choice(window.settings)
    system = tr("System language ({language})", language=NAMES[system_language()])
    for key, text in ((SYSTEM, system), *NAMES.items()):
        action = languages.addAction(text)
        action.setObjectName(f"language-{key}")
        action.setCheckable(True)
        action.setChecked(key == current)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, k=key: choose(window, k))


def choose(window, key: str) -> None:
    window.settings.setValue(SETTING, key)
    window.statusBar().showMessage(tr("The language changes when Twofold starts next."), 8000)
