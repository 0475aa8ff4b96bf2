"""The articles table: each text stored once (by its fingerprint) with sentences and origin."""

from __future__ import annotations

from desktop.engine.clock import now_utc as now
from desktop.engine.fingerprint import fingerprint
from desktop.engine.models import Article, Sentence
from desktop.store.errors import ARTICLE_GONE, NotFound
from desktop.store.schema import PROVENANCE


class ArticleRows:
    """Store's article methods (a mixin: it uses the Store's `db`, `_one` and `_write`)."""

    def add_article(self, article: Article, **provenance: str | None) -> int:
        """Store an article and its sentences; the same text again returns the existing id
        (filling in provenance it lacked). Provenance: final_url, author, published, site,
        fetched, raw."""
        unknown = sorted(set(provenance) - set(PROVENANCE))
        if unknown:
            raise TypeError(f"unknown provenance field(s): {', '.join(unknown)}")
        sha = fingerprint(article.text)
        found = self._one("SELECT id FROM articles WHERE sha256 = ?", [sha])
        if found and (self.read_only or not provenance):
            return found[0]
        with self._write() as db:
            found = self._one("SELECT id FROM articles WHERE sha256 = ?", [sha])
            if found:
                if provenance:
                    sets = ", ".join(f"{name} = coalesce({name}, ?)" for name in provenance)
                    db.execute(
                        f"UPDATE articles SET {sets} WHERE id = ?", [*provenance.values(), found[0]]
                    )
                return found[0]
            columns = ["title", "source", "language", "sha256", "text", "added", *provenance]
            values = [article.title, article.path, article.language, sha, article.text, now()]
            cursor = db.execute(
                f"INSERT INTO articles ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [*values, *provenance.values()],
            )
            article_id = cursor.lastrowid
            db.conn.executemany(
                "INSERT INTO sentences (article_id, id, char_start, char_end, paragraph, text)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (article_id, s.id, s.start, s.end, s.paragraph, s.text)
                    for s in article.sentences
                ],
            )
            return article_id

    def article(self, article_id: int) -> Article:
        """The stored article with the sentences it was reviewed with (no re-segmenting)."""
        row = self._one(
            "SELECT text, language, source, title FROM articles WHERE id = ?", [article_id]
        )
        if row is None:
            raise NotFound(ARTICLE_GONE)
        text, language, source, title = row
        sentences = tuple(
            Sentence(id=i, start=start, end=end, text=s_text, paragraph=paragraph)
            for i, start, end, paragraph, s_text in self.db.execute(
                "SELECT id, char_start, char_end, paragraph, text FROM sentences"
                " WHERE article_id = ? ORDER BY id",
                [article_id],
            )
        )
        return Article(text=text, sentences=sentences, language=language, path=source, title=title)

    def sentence_texts(self, article_id: int) -> dict[int, str]:
        """Sentence id -> text for a stored article (cheaper than rebuilding the Article)."""
        return dict(
            self.db.execute("SELECT id, text FROM sentences WHERE article_id = ?", [article_id])
        )

    def article_provenance(self, article_id: int) -> dict[str, str | None]:
        """Where a stored article came from: sha256, added, source and the provenance fields."""
        columns = ["source", "sha256", "added", *PROVENANCE]
        row = self._one(f"SELECT {', '.join(columns)} FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFound(ARTICLE_GONE)
        return dict(zip(columns, row, strict=True))
