"""A German article against an English one: the command line says why nothing pairs."""

import json

import jsonschema

from desktop.app import main
from desktop.export.document import SCHEMA
from desktop.paths import SEED_LEFT, SEED_RIGHT

NOTE = "left is German, right is English: Twofold compares within one language"
GERMAN = (
    "Die Stadt Passau hat am Sonntag die Altstadt evakuiert, weil die Donau weiter steigt.\n\n"
    "Der Pegel lag am Morgen bei zwölf Metern und soll bis zum Abend noch steigen.\n"
)
ENGLISH = (
    "Heavy rain has flooded the port of Rotterdam, where dock workers were sent home.\n\n"
    "The authorities said that the water would keep rising until Tuesday evening.\n"
)


def _files(tmp_path):
    left, right = tmp_path / "passau.txt", tmp_path / "rotterdam.txt"
    left.write_text(GERMAN, encoding="utf-8")
    right.write_text(ENGLISH, encoding="utf-8")
    return str(left), str(right)


def test_text_output_says_the_languages_differ(tmp_path, capsys):
    assert main(["compare", *_files(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert NOTE in out.splitlines()
    assert out.index(NOTE) < out.index("These articles share almost nothing")


def test_json_output_carries_the_note_and_follows_the_schema(tmp_path, capsys):
    assert main(["compare", *_files(tmp_path), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["warnings"][0] == NOTE
    assert (document["left"]["language"], document["right"]["language"]) == ("de", "en")
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_the_other_way_round_names_each_side(tmp_path, capsys):
    left, right = _files(tmp_path)
    assert main(["compare", right, left, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["warnings"][0] == (
        "left is English, right is German: Twofold compares within one language"
    )


def test_two_german_articles_get_no_language_note(capsys):
    assert main(["compare", str(SEED_LEFT), str(SEED_RIGHT), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["warnings"] == []
    assert main(["compare", str(SEED_LEFT), str(SEED_RIGHT)]) == 0
    assert "within one language" not in capsys.readouterr().out
