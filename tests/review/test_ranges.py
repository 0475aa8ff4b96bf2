"""Reviewing a run of items at once, without a window: one commit, one undo step."""

from desktop.review import ranges, undo


def reviewed(ws) -> set[str]:
    return {key for key, a in ws.annotations.items() if a.reviewed}


def test_shift_j_selects_a_run_and_space_marks_it_as_one_step(ws):
    ws.select(2)
    for _ in range(4):
        ranges.extend(ws, 1)
    assert ranges.selected(ws) == [2, 3, 4, 5, 6]
    ranges.extend(ws, -1)
    assert ranges.selected(ws) == [2, 3, 4, 5]
    steps = len(ws.history.steps)
    changes = ranges.mark_selected(ws)
    assert changes.done == "Marked 4 items reviewed"
    keys = {ws.items[i].key for i in (2, 3, 4, 5)}
    assert reviewed(ws) == keys
    assert len(ws.history.steps) == steps + 1  # one undo step for the run
    assert ws.current == 6 and ranges.selected(ws) == []  # on after the run, the run gone
    undo.undo(ws)
    assert reviewed(ws) == set()
    undo.redo(ws)
    assert reviewed(ws) == keys


def test_a_plain_move_drops_the_run(ws):
    ws.select(1)
    ranges.extend(ws, 1)
    assert ranges.selected(ws)
    ws.move(1)
    assert ranges.selected(ws) == []


def test_the_rest_of_a_paragraph_is_marked_at_once(ws):
    left = ws.articles["left"]
    # An item whose paragraph goes on after it.
    start = next(
        n
        for n, item in enumerate(ws.items[:-1])
        if item.left
        and ws.items[n + 1].left
        and left.sentences[item.left[0]].paragraph
        == left.sentences[ws.items[n + 1].left[0]].paragraph
    )
    ws.select(start)
    run = ranges.rest_of_paragraph(ws)
    paragraph = left.sentences[ws.items[start].left[0]].paragraph
    assert len(run) >= 2 and run[0] == start
    for index in run:
        item = ws.items[index]
        assert not item.left or left.sentences[item.left[0]].paragraph == paragraph
    following = run[-1] + 1
    if following < len(ws.items) and ws.items[following].left:
        assert left.sentences[ws.items[following].left[0]].paragraph != paragraph
    changes = ranges.mark_paragraph(ws)
    assert "rest of this paragraph" in changes.done
    assert reviewed(ws) == {ws.items[i].key for i in run}
    undo.undo(ws)
    assert reviewed(ws) == set()


def test_without_a_database_the_run_is_refused(open_workspace):
    ws = open_workspace(path=None)
    ws.select(0)
    ranges.extend(ws, 1)
    assert ranges.mark_selected(ws).refused
