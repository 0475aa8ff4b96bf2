"""Crafted text cannot make a pattern take seconds: each 80 KB line below is read (Markdown)
and exported (Markdown escaping) in a bounded child process, each within a second."""

from __future__ import annotations

import json

from desktop.engine.sources.documents import strip_markdown
from desktop.export.markdown import escape_md
from tests.bounded import run_python

# Delimiters that open something and never close: every one used to start a scan to the line end.
HOSTILE = {
    "strong": "**a " * 20_000,
    "underscores": "__a " * 20_000,
    "single": "*a " * 27_000,
    "brackets": "[" * 80_000,
    "link-opens": "[a](" * 20_000,
    "images": "![" * 40_000,
    "comments": "<!--" * 20_000,
    "heading": "# " + " " * 40_000 + "x" + " " * 40_000 + "y",
    "backticks": "`a" * 40_000,
    "autolinks": "<https://" * 9_000,
    "rule": "- " * 40_000 + "x",
    "token": "x" * 40_000 + "@" + "y" * 40_000,
    "plain-token": "z" * 80_000,
}
TIMING = """
import json, sys, time
from desktop.engine.sources.documents import strip_markdown
from desktop.export.markdown import escape_md
cases = json.loads(sys.stdin.read())
times = {}
for name, line in cases.items():
    for step, function in (("read", strip_markdown), ("export", escape_md)):
        start = time.perf_counter()
        function(line)
        times[f"{name} {step}"] = round(time.perf_counter() - start, 3)
print(json.dumps(times))
"""


def test_crafted_markdown_lines_are_read_and_exported_in_linear_time():
    outcome = run_python(TIMING, stdin=json.dumps(HOSTILE))
    assert outcome.code == 0, outcome.stderr
    times = json.loads(outcome.stdout)
    slow = {case: seconds for case, seconds in times.items() if seconds > 1.0}
    assert not slow, slow


def test_markdown_still_reads_as_before():
    text, title = strip_markdown(
        "# Titel mit C# #\n**fett *und kursiv* fett** und __unterstrichen__, `Code`,\n"
        "[Link](https://a.example/(x)) ![Bild](b.png) <https://c.example> 2 * 3 * 4\n"
        "<!-- weg --> bleibt <!-- offen"
    )
    assert title == "Titel mit C#"
    lines = text.split("\n")
    assert lines[1] == "Titel mit C#"
    assert lines[3] == "fett und kursiv fett und unterstrichen, Code,"
    assert lines[4].startswith("Link") and "https://c.example 2 * 3 * 4" in lines[4]
    assert lines[5] == " bleibt <!-- offen"


def test_a_long_token_is_escaped_whole():
    assert escape_md("a" * 5000 + "@b.example") == "a" * 5000 + "\\@b\\.example"
    assert escape_md("zz " + "x" * 100) == "zz " + "x" * 100
