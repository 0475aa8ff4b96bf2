"""Find in both articles without a window: matches, counts, reading order, next and previous."""

import re

from desktop.review import find


def test_a_word_is_found_in_either_article_and_counted(ws):
    word = "Kooperation"
    expected = {
        side: ws.articles[side].text.lower().count(word.lower()) for side in ("left", "right")
    }
    assert expected["left"] and expected["right"]
    changes = find.search(ws, word.lower())
    assert changes.find
    found = ws.found
    assert (found.count("left"), found.count("right")) == (expected["left"], expected["right"])
    for match in found.matches:
        assert ws.articles[match.side].text[match.start : match.end].lower() == word.lower()
    assert found.describe().endswith(
        f"of {sum(expected.values())} (left {expected['left']} · right {expected['right']})"
    )


def test_matches_run_in_reading_order_and_next_selects_their_item(ws):
    find.search(ws, "die")
    keys = []
    for match in ws.found.matches:
        item = ws.item_at(match.side, match.sentence)
        keys.append(item if item is not None else keys[-1] if keys else -1)
    assert keys == sorted(keys)
    ws.select(0)
    find.search(ws, "die")
    seen = [ws.found.index]
    for _ in range(len(ws.found.matches)):
        find.step(ws, 1)
        seen.append(ws.found.index)
        match = ws.found.current
        item = ws.item_at(match.side, match.sentence)
        if item is not None:
            assert ws.current == item
    assert sorted(set(seen)) == list(range(len(ws.found.matches)))
    assert seen[-1] == seen[0]  # wrapped around
    find.step(ws, -1)
    assert ws.found.index == seen[-2]


def test_a_phrase_matches_across_a_line_break_and_nothing_found_is_said(ws):
    assert find.search(ws, "   ").find and ws.found.describe() == ""
    find.search(ws, "zqxj")
    assert ws.found.describe() == "no matches"
    assert "neither article" in find.step(ws, 1).notice
    text = ws.articles["left"].text
    across = re.search(r"(\S+)[ \t]*\n\s*(\S+)", text)
    assert across, "the sample has paragraphs"
    find.search(ws, f"{across.group(1)} {across.group(2)}")
    assert across.start() in {m.start for m in ws.found.matches}


def test_closing_keeps_the_query_for_the_next_match_key(ws):
    find.search(ws, "Mexiko")
    total = len(ws.found.matches)
    find.close(ws)
    assert not ws.found.matches and ws.found.query == "Mexiko"
    find.step(ws, 1)
    assert len(ws.found.matches) == total and ws.found.current is not None


def test_a_new_threshold_keeps_the_matches(ws):
    find.search(ws, "Mexiko")
    before = ws.found.current
    ws.set_threshold(ws.threshold + 20)
    assert ws.found.current == before and ws.found.matches
