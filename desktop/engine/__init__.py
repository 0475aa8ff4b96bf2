"""Comparison engine: load, split, align and diff articles. Pure Python, no Qt."""
