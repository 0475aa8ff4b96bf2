"""Labels and states are defined once (desktop/vocabulary.py) and every layer reads them there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.engine.items import ONLY_LEFT, ONLY_RIGHT, PAIR
from desktop.vocabulary import CHANGED, LABEL_OF_DIGIT, LABELS, STATES

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def test_digits_one_to_five_name_five_distinct_labels():
    assert [label.digit for label in LABELS] == list("12345")
    assert LABEL_OF_DIGIT["2"].name == "contradiction"
    for field in ("name", "text", "glyph", "hue"):
        assert len({getattr(label, field) for label in LABELS}) == 5, field


def test_every_state_has_its_own_glyph_and_hue():
    assert set(STATES) >= {PAIR, ONLY_LEFT, ONLY_RIGHT}
    marks = [*STATES.values(), CHANGED]
    glyphs, hues = {s.glyph for s in marks}, {s.hue for s in marks}
    assert len(glyphs) == len(hues) == len(marks)


def _literals() -> list[str]:
    values = [label.hue for label in LABELS] + [label.text for label in LABELS]
    values += [label.glyph for label in LABELS if len(label.glyph) == 1 and label.glyph != "?"]
    values += [s.hue for s in STATES.values()] + [s.glyph for s in STATES.values()]
    values += [CHANGED.hue, CHANGED.glyph, CHANGED.legend]
    return values


@pytest.mark.parametrize("literal", _literals())
def test_a_hue_glyph_or_label_text_is_written_only_in_the_vocabulary(literal):
    pattern = re.compile(re.escape(literal) + r"(?!\w)")  # "Contradictions" is a heading
    found = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "vocabulary.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert not found, f"{literal!r} is written again in {found}"


def test_store_window_and_exports_agree_on_each_state(tmp_path):
    from desktop.engine.compare import compare
    from desktop.engine.load import load_article
    from desktop.export.model import build
    from desktop.paths import SEED_LEFT, SEED_RIGHT
    from desktop.store.store import Store

    rows = build(compare(load_article(SEED_LEFT), load_article(SEED_RIGHT))).rows
    assert {row.glyph for row in rows if row.kind == PAIR} == {STATES[PAIR].glyph}
    with Store.open(tmp_path / "r.db") as store:
        article = store.add_article(load_article(SEED_LEFT))
        record = store.open_comparison(article, article, 55)
        for label in LABELS:
            store.set_label(record.id, f"left:{label.digit}:", label.name)
        with pytest.raises(ValueError, match="corroborated"):
            store.set_label(record.id, "left:0:", "made-up")
