"""The quotations in a review, without a window: taking the check, each item's quotations, Q."""

from desktop.engine.compare import PreparedComparison
from desktop.engine.load import article_from_text
from desktop.engine.quotes import compare_quotes
from desktop.review import quotes
from desktop.review.workspace import Workspace

LEFT = (
    "„Wir bauen die Brücke bis 2027 fertig“, sagte Bürgermeisterin Anna Krüger am Montag. "
    "Der Stadtrat stimmte dem Plan mit großer Mehrheit zu.\n\n"
    "Die Kosten liegen bei 40 Millionen Euro. "
    "„Das Geld ist gut angelegt, denn die alte Brücke ist marode“, erklärte Kämmerer Jens Vogt.\n\n"
    "Die Opposition kritisierte den Zeitplan. "
    "„Das schafft die Stadt niemals bis 2027“, sagte Fraktionschef Paul Behrens."
)
RIGHT = (
    "Bürgermeisterin Anna Krüger kündigte an: „Wir bauen die Brücke bis 2027 fertig.“ "
    "Der Stadtrat stimmte dem Plan zu.\n\n"
    "Die Brücke soll 40 Millionen Euro kosten.\n\n"
    "Kritik kam aus der Opposition am Zeitplan."
)


def checked_workspace(aligned: bool = True) -> Workspace:
    ws = Workspace()
    ws.set_articles(article_from_text(LEFT, lang="de"), article_from_text(RIGHT, lang="de"))
    left, right = ws.articles["left"], ws.articles["right"]
    if aligned:
        ws.aligned(PreparedComparison(left, right))
    changes = quotes.checked(ws, left, right, compare_quotes(left, right))
    assert changes.quotes
    return ws


def item_of(ws: Workspace, entry) -> int:
    return ws.item_at(entry.side, entry.sentences[0])


def test_the_check_numbers_each_sides_quotations_and_finds_their_sentences():
    ws = checked_workspace()
    entries = ws.quotes.entries
    assert [e.label for e in entries] == ["L1", "L2", "L3", "R1"]
    assert [e.speaker for e in entries] == [
        "Bürgermeisterin Anna Krüger",
        "Kämmerer Jens Vogt",
        "Fraktionschef Paul Behrens",
        "Bürgermeisterin Anna Krüger",
    ]
    assert [e.verdict for e in entries[:3]] == ["verbatim", "absent", "absent"]
    left = ws.articles["left"]
    for entry in entries[:3]:
        quote = entry.check.quote
        assert all(
            left.sentences[sid].start < quote.end and quote.start < left.sentences[sid].end
            for sid in entry.sentences
        )
        assert entry.sentences == tuple(sorted(entry.sentences))


def test_an_items_quotations_are_those_running_through_its_sentences():
    ws = checked_workspace()
    first = ws.quotes.entries[0]
    ws.select(item_of(ws, first))
    assert first in quotes.item_quotes(ws)
    unquoted = next(
        n for n, item in enumerate(ws.items) if not ws.quotes.in_item(item) and item.left
    )
    ws.select(unquoted)
    assert quotes.item_quotes(ws) == [] and quotes.current_quote(ws) == -1


def test_q_visits_every_quotation_in_reading_order_and_wraps_both_ways():
    ws = checked_workspace()
    walk = list(quotes.order(ws))
    assert sorted(walk) == [0, 1, 2, 3]
    assert [item_of(ws, ws.quotes.entries[i]) for i in walk] == sorted(
        item_of(ws, e) for e in ws.quotes.entries
    )
    visited = []
    for _ in walk:
        changes = quotes.move_quote(ws, 1)
        assert changes.quotes and changes.selection and changes.reveal
        visited.append(quotes.current_quote(ws))
        assert ws.quotes.entries[visited[-1]] in quotes.item_quotes(ws)
    assert visited == walk
    quotes.move_quote(ws, 1)
    assert quotes.current_quote(ws) == walk[0]
    quotes.move_quote(ws, -1)
    assert quotes.current_quote(ws) == walk[-1]


def test_two_quotations_in_one_pair_are_both_visited():
    ws = checked_workspace()
    left_first, right_first = ws.quotes.entries[0], ws.quotes.entries[3]
    # The mayor's words are quoted by both articles: one pair holds both quotations.
    assert item_of(ws, left_first) == item_of(ws, right_first)
    quotes.select_quote(ws, 0)
    quotes.move_quote(ws, 1)
    assert quotes.current_quote(ws) == 3 and ws.current == item_of(ws, left_first)


def test_from_an_item_without_quotations_q_goes_to_the_next_one_after_it():
    ws = checked_workspace()
    third = ws.quotes.entries[2]
    before = item_of(ws, third) - 1
    assert not ws.quotes.in_item(ws.items[before])
    ws.select(before)
    quotes.move_quote(ws, 1)
    assert quotes.current_quote(ws) == 2
    ws.select(before)
    quotes.move_quote(ws, -1)
    assert ws.current < before and quotes.current_quote(ws) in (0, 1, 3)


def test_a_check_of_articles_no_longer_shown_is_dropped():
    ws = Workspace()
    left, right = article_from_text(LEFT, lang="de"), article_from_text(RIGHT, lang="de")
    ws.set_articles(left, right)
    checks = compare_quotes(left, right)
    ws.swap_sides()  # a newer check (of the swapped pair) is on its way
    assert not quotes.checked(ws, left, right, checks)
    assert ws.quotes is None
    assert "still being checked" in quotes.move_quote(ws, 1).notice


def test_new_articles_drop_the_quotations_and_without_any_the_user_is_told():
    ws = checked_workspace()
    text = "Die Donau erreichte in Passau einen Pegel von 12,20 Metern."
    changes = ws.set_articles(
        article_from_text(text, lang="de"), article_from_text(text, lang="de")
    )
    assert changes.quotes and ws.quotes is None
    left, right = ws.articles["left"], ws.articles["right"]
    quotes.checked(ws, left, right, compare_quotes(left, right))
    assert len(ws.quotes) == 0
    assert quotes.move_quote(ws, 1).notice == "Neither article has a quotation"


def test_before_the_alignment_a_quotation_is_chosen_but_no_item_yet():
    ws = checked_workspace(aligned=False)
    changes = quotes.move_quote(ws, 1)
    assert changes.quotes and "Still aligning" in changes.notice and ws.current == -1
