"""Exports of comparisons: HTML, PDF, DOCX, Markdown, CSV, JSON."""
