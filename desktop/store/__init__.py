"""Storage of articles, comparisons and annotations in SQLite (sqlite-utils). No Qt."""
