"""One fingerprint and one timestamp format, whichever way an article comes in or goes out."""

from __future__ import annotations

import re

from desktop.engine.clock import now_utc
from desktop.engine.fingerprint import fingerprint
from desktop.engine.load import load_article
from desktop.export.model import make_provenance
from desktop.paths import SEED_LEFT
from desktop.store.store import Store

STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def test_store_provenance_and_export_print_one_fingerprint(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(SEED_LEFT.read_bytes().replace(b"\n", b"\r\n"))
    article = load_article(path)
    expected = fingerprint(article.text)  # of the text compared: line endings normalised
    assert article.provenance.sha256 == expected
    assert make_provenance_of(article).left.sha256 == expected
    with Store.open(tmp_path / "r.db") as store:
        stored = store.article_provenance(store.add_article(article))["sha256"]
    assert stored == expected


def make_provenance_of(article):
    from desktop.engine.compare import compare

    return make_provenance(compare(article, article))


def test_one_timestamp_format_for_reading_storing_and_exporting(tmp_path):
    article = load_article(SEED_LEFT)
    exported = make_provenance_of(article).exported
    with Store.open(tmp_path / "r.db") as store:
        article_id = store.add_article(article)
        record = store.open_comparison(article_id, article_id, 55)
    for stamp in (now_utc(), article.provenance.fetched, exported, record.created):
        assert STAMP.match(stamp), stamp
