"""Article furniture (appeals, newsletter boxes, credits, source lines, teasers) is told apart from news."""

from __future__ import annotations

import pytest

from desktop.engine.boilerplate import (
    ADVERT,
    BYLINE,
    CREDIT,
    DONATION,
    NEWSLETTER,
    SHARE,
    SOURCE,
    TEASER,
    boilerplate_ids,
    boilerplate_kinds,
)
from desktop.engine.load import load_article
from desktop.engine.segment import split_spans
from desktop.engine.sources import extract_html
from desktop.paths import SEED_LEFT, SEED_RIGHT

FURNITURE_DE = [
    ("Helfen Sie uns mit einer kleinen Spende, damit wir weiter berichten können.", DONATION),
    ("Jetzt spenden!", DONATION),
    ("Unterstützen Sie unabhängigen Journalismus aus der Region.", DONATION),
    ("Werden Sie Mitglied unserer Genossenschaft.", DONATION),
    ("Ohne Ihre Unterstützung gäbe es diese Recherche nicht.", DONATION),
    ("Guter Lokaljournalismus braucht Sie.", DONATION),
    ("Komplett von unseren Lesern finanziert.", DONATION),
    ("Jetzt gratis anmelden!", NEWSLETTER),
    ("Der Lausitz-Newsletter: jeden Abend das Wichtigste aus der Region.", NEWSLETTER),
    ("Von Ihnen finanziert.", DONATION),
    ("Weitere Artikel", TEASER),
    ("Den Morgen-Newsletter jetzt kostenlos abonnieren.", NEWSLETTER),
    ("Melden Sie sich für unseren Newsletter an.", NEWSLETTER),
    ("Quelle: Statistisches Bundesamt, Mitteilung vom 4. März 2025", SOURCE),
    ("Mit Material von dpa und Reuters.", SOURCE),
    ("(dpa/AFP)", SOURCE),
    ("Foto: Anna Schröder", CREDIT),
    ("Bild: picture alliance / Michael Kappeler", CREDIT),
    ("© Landratsamt Görlitz", CREDIT),
    ("(c) 2025 Hamburger Abendpost", CREDIT),
    ("Getty Images", CREDIT),
    ("Michael Kappeler/dpa", CREDIT),
    ("dpa", SOURCE),
    ("Interessieren Sie sich für Nachrichten aus Osteuropa?", TEASER),
    ("Das könnte Sie auch interessieren:", TEASER),
    ("Lesen Sie auch: Streit um die Grundsteuer geht weiter", TEASER),
    ("Wir informieren Sie jeden Tag über das Wichtigste aus Afrika.", TEASER),
    ("Artikel teilen", SHARE),
    ("Auf WhatsApp teilen", SHARE),
    ("Folgen Sie uns auf Instagram.", SHARE),
    ("ANZEIGE", ADVERT),
    ("Anzeige", ADVERT),
    ("Werbung", ADVERT),
    ("ANZEIGE – Neue Küchen zu Sonderpreisen", ADVERT),
    ("Hier klicken!", ADVERT),
    ("Jetzt bestellen!", ADVERT),
    ("Von Anna Müller, Passau", BYLINE),
    ("Von Anna Müller, Korrespondentin in Paris", BYLINE),
    ("Von Jörg Weißmüller · 14. September 2025, 08:30 Uhr", BYLINE),
    ("Von unserem Korrespondenten Max Mustermann", BYLINE),
    ("Von unserer Berlin-Korrespondentin Eva Klein", BYLINE),
    ("Ein Kommentar von Ursula von der Leyen", BYLINE),
    ("dpa/AFP", SOURCE),
    ("dpa-AFX/mt", SOURCE),
]
FURNITURE_EN = [
    ("Support independent journalism today.", DONATION),
    ("Become a subscriber for just $1 a week.", DONATION),
    ("Readers like you keep our newsroom going.", DONATION),
    ("Please donate to keep this site free.", DONATION),
    ("Subscribe for unlimited access.", DONATION),
    ("Sign up for the morning briefing newsletter.", NEWSLETTER),
    ("Get the best stories delivered to your inbox.", NEWSLETTER),
    ("Source: Office for National Statistics", SOURCE),
    ("Additional reporting by Maria Lopez in Madrid.", SOURCE),
    ("Photograph: Kin Cheung/AP", CREDIT),
    ("AFP via Getty Images", CREDIT),
    ("REUTERS/Henry Romero", CREDIT),
    ("Read more: How the port strike began", TEASER),
    ("You might also like", TEASER),
    ("Share this article", SHARE),
    ("Follow us on Bluesky.", SHARE),
    ("Advertisement", ADVERT),
    ("Sponsored", ADVERT),
    ("Click here to claim your prize", ADVERT),
    ("By Jane Doe", BYLINE),
    ("BY JANE DOE AND JOHN SMITH", BYLINE),
    ("By Jane Doe and John Smith, Reuters", BYLINE),
    ("By Siobhan O'Connell | October 2, 2025", BYLINE),
    ("From our correspondent in Lagos", BYLINE),
]
NEWS_DE = [
    "Die Hilfsorganisation rief zu Spenden für die Opfer des Erdbebens auf.",
    "Laut der Nachrichtenagentur dpa wurden bei dem Unfall 20 Menschen verletzt.",
    "Das meldete dpa.",
    "Der Fotograf verkaufte das Bild an Getty Images, wie die Agentur bestätigte.",
    "Als Quelle nannte das Ministerium einen internen Bericht vom Januar.",
    "Sie forderten eine Erhöhung der Löhne um zwölf Prozent.",
    "Sie sollen die Gelder über Briefkastenfirmen in Zypern verschoben haben.",
    "Der Konzern kündigte die Entlassungen in einem Newsletter an seine Kunden an.",
    'Der Minister sagte: "Wir bitten Sie um Geduld, die Reparatur dauert."',
    "„Unterstützen Sie uns“, rief die Bürgermeisterin den Bewohnern zu.",
    "Die Partei wirbt um neue Mitglieder und finanzielle Unterstützung.",
    "Wer hat die Waffen geliefert?",
    "Die Polizei teilte Fotos der Verdächtigen auf Facebook.",
    "Unterstützt die Regierung den Plan?",
    "Der Unternehmer unterstützte die Klinik mit einer Spende.",
    "Sie unterstützte die Tafel mit einer Spende.",
    "Der Sender erinnerte mit einem Beitrag an die Opfer.",
    "Ihre Unterstützung für das Gesetz kam überraschend.",
    "Hintergrund ist ein Streit über die Grundsteuer.",
    "Zum Thema Migration sagte der Minister nichts.",
    "Sie wollen mehr Geld für die Pflege.",
    "EPA-Chef tritt zurück",
    "Kritik an Reuters",
    "Weitere Artikel des Gesetzes sollen im Herbst geändert werden.",
    "Die Rettungsdienste brauchen mehr Personal.",
    "Von Berlin aus fliegt die Kanzlerin nach Paris.",
    "Von der Leyen besucht Kiew",
    "Von Montag an gilt das Verbot.",
    "Von Trump, Putin und Xi",
    "Von Ampel zu Ampel",
    "Von Anna Müller stammt die Idee.",
    "Von Angela Merkel, der früheren Kanzlerin, stammt der Satz.",
    "Von Washington bis Peking reagierten die Regierungen.",
    "Anzeige gegen den Bürgermeister erstattet",
    "Die Polizei erstattete Anzeige.",
    "Werbung für Tabak wird verboten.",
    "Werbung: Das Verbot gilt ab Mai für alle Sender, sagte der Minister.",
    "Jetzt kaufen viele Menschen online.",
]
NEWS_EN = [
    "The charity said donations had fallen by a third since last year.",
    "Members of the union voted to strike on Tuesday.",
    "He became a member of parliament in 2019.",
    "The ministry shared the figures with reporters on Monday.",
    "Reuters could not independently verify the footage.",
    '"We rely on you to keep the lights on," the mayor told residents.',
    "Give them time, the minister said.",
    "The EU will support the work of the commission.",
    "The company will join today's talks.",
    "Related charges were filed against two officers.",
    "Does the public want to know more about the deal?",
    "Users share the story widely on social media.",
    "Copyright law is changing across the EU.",
    "Share prices fell sharply on Monday.",
    "Subscribers to the service will pay more from May.",
    "By Monday, the talks had collapsed.",
    "By 2030 Germany wants to cut emissions.",
    "By Jane Doe's own account, the deal failed.",
    "Sponsored by the EU, the programme funds 300 schools.",
    "Advertising revenue fell by 12 percent.",
]


@pytest.mark.parametrize(("sentence", "kind"), FURNITURE_DE, ids=[s for s, _ in FURNITURE_DE])
def test_german_furniture_is_recognised(sentence, kind):
    assert boilerplate_kinds(["Die Lage bleibt angespannt.", sentence], "de") == {1: kind}


@pytest.mark.parametrize(("sentence", "kind"), FURNITURE_EN, ids=[s for s, _ in FURNITURE_EN])
def test_english_furniture_is_recognised(sentence, kind):
    assert boilerplate_kinds(["The situation remains tense.", sentence], "en") == {1: kind}


@pytest.mark.parametrize("sentence", NEWS_DE)
def test_german_news_is_not_furniture(sentence):
    assert boilerplate_ids([sentence], "de") == frozenset()


@pytest.mark.parametrize("sentence", NEWS_EN)
def test_english_news_is_not_furniture(sentence):
    assert boilerplate_ids([sentence], "en") == frozenset()


def test_unknown_language_checks_both():
    assert boilerplate_ids(["Jetzt spenden!", "Share this article", "Es regnet."], "auto") == {0, 1}


def test_a_quote_running_over_several_sentences_is_not_an_appeal():
    sentences = [
        'Die Ministerin sagte: "Die Lage ist ernst.',
        "Wir bitten Sie um Verständnis.",
        'Die Arbeiten dauern bis Mai."',
        "Unterstützen Sie uns mit einer Spende.",
    ]
    assert boilerplate_ids(sentences, "de") == {3}


def test_a_source_line_cut_at_an_abbreviation_stays_whole():
    sentences = ["Die Zahlen sind vorläufig.", "Source: U.S.", "Census Bureau, 2024 estimates"]
    assert boilerplate_ids(sentences, "en") == {1, 2}


def test_a_heading_after_a_credit_stays_article_text():
    sentences = ["Foto: Anna Schröder", "Die Lage an der Grenze", "Die Grenze bleibt offen."]
    assert boilerplate_ids(sentences, "de") == {0}


def _seed(path):
    article = load_article(path)
    texts = [s.text for s in article.sentences]
    return texts, boilerplate_ids(texts, article.language)


def _ids_containing(texts, snippet):
    found = {i for i, text in enumerate(texts) if snippet in text}
    assert found, snippet
    return found


def test_seed_report_donation_appeal_and_reader_address_are_furniture():
    texts, flagged = _seed(SEED_LEFT)
    assert _ids_containing(texts, "Unterstützen Sie uns mit einer Spende") <= flagged
    assert _ids_containing(texts, "Sie interessieren sich für") <= flagged


@pytest.mark.parametrize(
    "snippet",
    [
        "DEA im Bundesstaat Sinaloa",
        "illegale Waffenhandel",
        "Wir sind bereit, Informationen auszutauschen",
        "nehmen wir diese entgegen",
        "20 Millionen Pillen",
        "Souveränität Mexikos zu respektieren",
    ],
)
def test_seed_report_facts_are_not_furniture(snippet):
    texts, flagged = _seed(SEED_LEFT)
    assert not _ids_containing(texts, snippet) & flagged


def test_seed_press_release_source_line_is_furniture_and_facts_are_not():
    texts, flagged = _seed(SEED_RIGHT)
    assert _ids_containing(texts, "Quelle:") <= flagged
    assert _ids_containing(texts, "Department of State") <= flagged
    for snippet in (
        "öffentliche Gesundheit",
        "Waffenhandel unterbunden",
        "Arbeitsgruppe eingerichtet",
    ):
        assert not _ids_containing(texts, snippet) & flagged
    assert len(flagged) <= 2


def test_appeal_inside_the_article_body_is_kept_by_extraction_and_marked_here():
    html = """<html><head><title>Dürre in Katalonien</title></head><body><article>
    <h1>Dürre in Katalonien</h1>
    <p>Barcelona rationiert seit Montag das Trinkwasser für Gärten und Schwimmbäder.
    Die Stauseen der Region sind nur noch zu 16 Prozent gefüllt.</p>
    <p>Sie möchten mehr über die Klimakrise in Südeuropa erfahren? Unterstützen Sie unsere
    Berichterstattung mit einem monatlichen Beitrag.</p>
    <p>Die Regionalregierung prüft, Wasser per Schiff aus Valencia heranzuschaffen.
    Foto: Marta Puig</p>
    </article></body></html>"""
    text = extract_html(html).text
    sentences = [text[start:end] for start, end in split_spans(text, "de")]
    flagged = {sentences[i] for i in boilerplate_ids(sentences, "de")}
    assert any("monatlichen Beitrag" in s for s in flagged)
    assert any("Sie möchten mehr" in s for s in flagged)
    assert any(s.startswith("Foto:") for s in flagged)
    assert not any("Trinkwasser" in s or "16 Prozent" in s or "Valencia" in s for s in flagged)


def test_advertising_and_byline_in_a_page_are_not_counted_as_unique_content():
    from desktop.engine.compare import compare
    from desktop.engine.load import article_from_extracted, article_from_text

    html = """<html><body><article><h1>Hochwasser in Passau</h1>
    <p>Von Anna Müller, Passau</p>
    <p>Der Pegel der Donau ist am Sonntag auf 12,20 Meter gestiegen, rund 20.000 Menschen
    mussten ihre Wohnungen verlassen.</p>
    <p>ANZEIGE – Bautrockner zu Sonderpreisen</p><p>Hier klicken!</p>
    <p>Die Schulen in der Altstadt bleiben bis Mittwoch geschlossen, teilte die Stadt mit.</p>
    </article></body></html>"""
    left = article_from_extracted(extract_html(html))
    right = article_from_text(
        "Hochwasser in Passau\n\nDer Pegel der Donau ist am Sonntag auf 12,20 Meter gestiegen, "
        "rund 20.000 Menschen mussten ihre Wohnungen verlassen.\n\nDie Schulen in der Altstadt "
        "bleiben bis Mittwoch geschlossen, teilte die Stadt mit.\n"
    )
    texts = {left.sentences[i].text for i in left.boilerplate}
    assert texts == {
        "Von Anna Müller, Passau",
        "ANZEIGE – Bautrockner zu Sonderpreisen",
        "Hier klicken!",
    }
    comparison = compare(left, right)
    assert comparison.unique_left == () and comparison.coverage.left_in_right == 1.0
