"""Word differences and the number, date and name flags a reader checks first."""

from desktop.engine.agreement import discrepancies
from desktop.engine.diff import word_diff


def kinds(left, right, lang="de"):
    return {d.kind: (d.left, d.right) for d in discrepancies(left, right, lang)}


def test_word_diff_keeps_original_words_and_ignores_case():
    ops = word_diff(
        "Sheinbaum betonte, dass Mexiko zustimmt.", "sheinbaum sagte, dass Mexiko zustimmt."
    )
    assert [op.tag for op in ops] == ["equal", "replace", "equal"]
    assert ops[1].left == "betonte" and ops[1].right == "sagte"
    assert ops[0].left == "Sheinbaum" and ops[0].right == "sheinbaum"
    assert ops[2].left == ", dass Mexiko zustimmt."


def test_word_diff_reports_insertions_and_deletions():
    ops = word_diff(
        "Die Regierung hat das Gesetz beschlossen.", "Die neue Regierung hat das Gesetz."
    )
    assert ("insert", "", "neue") in {(op.tag, op.left, op.right) for op in ops}
    assert any(op.tag == "delete" and op.left == "beschlossen" for op in ops)


def test_scaled_numbers_that_differ_are_flagged():
    found = kinds(
        "Insgesamt wurden 20 Millionen Pillen beschlagnahmt.", "Es waren 2 Millionen Pillen."
    )
    assert found["number"] == (("20 Millionen",), ("2 Millionen",))


def test_percentages_with_a_decimal_comma_are_compared_by_value():
    found = kinds("Die Preise stiegen um 3,5 Prozent.", "Die Preise stiegen um 4 Prozent.")
    assert found["number"] == (("3,5 Prozent",), ("4 Prozent",))
    assert not kinds("Die Preise stiegen um 3,5 Prozent.", "Ein Plus von 3,5 Prozent.")


def test_same_number_in_words_or_other_notation_is_not_flagged():
    assert not kinds("Drei Menschen starben.", "3 Menschen starben.")
    assert not kinds("Es kamen 20.000 Menschen.", "Es kamen 20000 Menschen.")
    assert not kinds("It cost $1,500.", "The price was 1500 dollars.", "en")


def test_a_number_only_one_side_mentions_is_not_a_discrepancy():
    assert not kinds("Es kamen 300 Menschen zur Demonstration.", "Viele kamen zur Demonstration.")


def test_different_dates_are_flagged_once_not_as_numbers():
    found = kinds(
        "Am 3. September 2025 wurde unterzeichnet.", "Am 4. September wurde unterzeichnet."
    )
    assert found == {"date": (("3. September 2025",), ("4. September",))}


def test_numeric_and_written_dates_of_the_same_day_agree():
    assert not kinds("Pressemitteilung vom 03.09.2025.", "Die Erklärung vom 3. September 2025.")
    found = kinds(
        "The deal was signed on September 3, 2025.", "It was signed on September 4.", "en"
    )
    assert found["date"] == (("September 3, 2025",), ("September 4",))


def test_different_people_in_the_same_role_are_flagged():
    found = kinds(
        "Dort traf Präsidentin Claudia Sheinbaum den Minister.",
        "Dort traf Präsident Andrés Manuel López Obrador den Minister.",
    )
    assert "name" in found
    english = kinds(
        "Microsoft chief Bill Gates said so.", "Microsoft chief Steve Jobs said so.", "en"
    )
    assert english["name"] == (("Bill Gates",), ("Steve Jobs",))


def test_the_same_person_named_more_or_less_fully_is_not_flagged():
    assert not kinds("Dort sprach Außenminister Marco Rubio.", "Dort sprach Rubio.")
    assert not kinds("Sheinbaum traf Rubio.", "Rubio traf Sheinbaum.")


def test_single_capitalised_german_nouns_are_not_taken_for_names():
    assert not kinds("Die Regierung lobte die Polizei.", "Die Regierung kritisierte die Armee.")


def test_marked_offsets_find_the_differing_words_in_the_article_text():
    from desktop.engine.diff import marked_offsets

    text = "Vorweg.\n\nDie Polizei hat 20.000 Menschen am Abend festgenommen.\nDanach Ruhe."
    left = "Die Polizei hat 20.000 Menschen am Abend festgenommen."
    right = "Die Polizei hat 2.000 Menschen am Abend freigelassen."
    start = text.index("Die")
    found = [text[a:b] for a, b in marked_offsets(text, start, word_diff(left, right), "left")]
    assert found == ["20.000", "festgenommen"]
    # A run of differing words is one span, the spacing inside it included.
    ops = word_diff("Er kam am frühen Montag an.", "Er kam am späten Dienstag an.")
    assert [
        "Er kam am frühen Montag an."[a:b]
        for a, b in marked_offsets("Er kam am frühen Montag an.", 0, ops, "left")
    ] == ["frühen Montag"]
