"""A sentence only one article has names, in every export, the other article's sentence that
came closest to it: the editor can check "only in one source" from the export alone."""

import json

from docx import Document

from desktop import export
from desktop.export import ExportRequest
from tests.export.fixtures import seed_comparison
from tests.export.test_tabular import read_csv

ARMS = "Ein weiteres Thema war der illegale Waffenhandel"  # only in the news report
ARMS_RIGHT = "Ebenso soll der Waffenhandel unterbunden werden."  # the press release's, too weak


def _arms_line(text: str) -> str:
    start = text.index(ARMS)
    return text[start : text.index("\n", text.index("Closest", start))]


def test_markdown_names_the_closest_sentence_of_the_other_article_with_its_item():
    c = seed_comparison()
    text = export.render(ExportRequest(c), "md")
    line = _arms_line(text)
    assert "Closest: right \\#" in line and "waffenhandel" in line and ARMS_RIGHT in line
    # the number is that of the item holding the sentence, as the export numbers it
    number = line.split("Closest: right \\#")[1].split(",")[0]
    assert f"- {ARMS_RIGHT} (#{number})" in text


def test_html_and_word_list_the_closest_sentence_too(tmp_path):
    c = seed_comparison()
    html = export.render(ExportRequest(c), "html")
    assert "Closest: right #" in html and "Ebenso soll der Waffenhandel" in html
    doc = Document(str(export.write(ExportRequest(c), tmp_path / "r.docx", "docx")))
    words = "\n".join(p.text for p in doc.paragraphs)
    assert "Closest: right #" in words and "Ebenso soll der Waffenhandel" in words


def test_csv_has_a_closest_column_only_for_one_sided_items(tmp_path):
    c = seed_comparison()
    rows = read_csv(export.write(ExportRequest(c), tmp_path / "r.csv"))
    arms = next(r for r in rows if ARMS in r["left_text"])
    assert ARMS_RIGHT in arms["closest"] and "score" in arms["closest"]
    assert all(r["closest"] == "" for r in rows if r["pair"])


def test_json_sentences_carry_their_closest_sentences_with_score_and_evidence():
    c = seed_comparison()
    doc = json.loads(export.render(ExportRequest(c), "json"))
    left, right = doc["left"]["sentences"], doc["right"]["sentences"]
    arms = next(s for s in left if ARMS in s["text"])
    (best, *_) = arms["closest"]
    assert right[best["id"]]["text"] == ARMS_RIGHT
    assert best["score"] < doc["threshold"] and "waffenhandel" in best["evidence"]
    paired = {i for p in doc["pairs"] for i in p["left"]}
    assert paired and all(s["closest"] == [] for s in left if s["id"] in paired)


def test_a_sentence_that_came_close_to_a_link_is_marked_worth_checking(tmp_path):
    c = seed_comparison()
    fentanyl = (
        "Das Hauptthema der Verhandlungen war der Schmuggel von Fentanyl"  # 20 with its partner
    )
    text = export.render(ExportRequest(c), "md")
    start = text.index(fentanyl)
    # (Markdown escapes the brackets)
    assert "worth checking" in text[start : text.index("\n- ", start)]
    assert "worth checking" not in _arms_line(text)  # 12: named, not marked
    rows = read_csv(export.write(ExportRequest(c), tmp_path / "r.csv"))
    row = next(r for r in rows if fentanyl in r["left_text"])
    assert row["closest"].startswith("worth checking: right #")
    html = export.render(ExportRequest(c), "html")
    assert "Closest (worth checking): right" in html
