"""Word lists for reading attributions: speech verbs, determiners, titles, function words."""

# German and English together: an article in one language rarely uses the other's words in an
# attribution, and one list keeps the rules that read them in one place.

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


SPEECH = _set(
    """sagt sagte sagten gesagt erklärt erklärte erklärten betont betonte betonten meint meinte
    meinten ergänzt ergänzte ergänzten warnt warnte warnten gewarnt fordert forderte forderten
    kritisiert kritisierte kritisierten versichert versicherte versicherten bekräftigt bekräftigte
    bekräftigten mahnt mahnte mahnten antwortet antwortete antworteten berichtet berichtete
    berichteten erläutert erläuterte erläuterten bestätigt bestätigte bestätigten verkündet
    verkündete verkündeten behauptet behauptete behaupteten beklagt beklagte beklagten lobt lobte
    kommentiert kommentierte schildert schilderte entgegnet entgegnete erwidert erwiderte fragt
    fragte fragten ruft rief riefen schreibt schrieb schrieben unterstreicht unterstrich
    unterstrichen verspricht versprach versprachen äußert äußerte äußerten begründet begründete
    begründeten
    say says said told tells stated states added adds explained explains noted warned warns
    insisted insists argued argues wrote writes declared announced asked asks replied replies
    stressed stresses claimed claims emphasised emphasized confirmed urged urges acknowledged
    recalled admitted promised vowed pledged cautioned remarked conceded countered responded
    answered concluded tweeted"""
)
# German separable verbs count only with their particle in the same clause ("fügte er hinzu").
SEPARABLE = {
    **dict.fromkeys(("teilt", "teilte", "teilten"), {"mit"}),
    **dict.fromkeys(("fügt", "fügte", "fügten"), {"hinzu"}),
    **dict.fromkeys(("stellt", "stellte", "stellten"), {"klar"}),
    **dict.fromkeys(("macht", "machte", "machten"), {"deutlich", "klar"}),
    **dict.fromkeys(("kündigt", "kündigte", "kündigten"), {"an"}),
    **dict.fromkeys(("weist", "wies", "wiesen"), {"hin", "darauf"}),
    **dict.fromkeys(("hebt", "hob", "hoben"), {"hervor"}),
    **dict.fromkeys(("gibt", "gab", "gaben"), {"an", "zu", "bekannt"}),
    **dict.fromkeys(("führt", "führte", "führten"), {"aus"}),
    **dict.fromkeys(("räumt", "räumte", "räumten"), {"ein"}),
    **dict.fromkeys(("hält", "hielt", "hielten"), {"fest"}),
}
IMPERSONAL = {"heißt", "hieß"}  # "In der Erklärung heißt es": the source follows "in"/"aus"
SOURCE_PREPOSITIONS = {"in", "im", "aus"}
DETERMINERS = _set(
    """der die das des dem den ein eine einer eines einem einen sein seine seiner seines seinem
    seinen ihr ihre ihrer ihres ihrem ihren dessen deren the a an his its their"""
)
GENITIVE = {"des", "der", "von", "vom", "of", "for"}
PRONOUNS = {"er": "m", "sie": "f", "he": "m", "she": "f"}
PREPOSITIONS = _set(
    """am im in an auf aus bei beim mit nach von vom vor zu zum zur seit für über unter gegen
    durch laut gegenüber während at on to from by with during after before"""
)
ADVERBS = _set(
    """auch dazu jedoch nun zudem seinerseits ihrerseits ebenfalls bereits später weiter
    außerdem daraufhin gestern heute erneut abschließend zuletzt damals wiederholt deshalb dann
    noch dabei schließlich also later then again repeatedly recently earlier previously
    yesterday today firmly flatly bluntly simply"""
)
NOT_NP = _set(
    """und oder aber doch sondern denn dass daß ob weil wenn als dazu dabei damit darauf dort hier
    nicht nur so es man wir ich du ihr uns wie and or but that which who whom whose when while if
    because not it we they you i this these those there here like as"""
)
# Auxiliaries stand between a speaker and the speech verb ("the governor has said").
AUXILIARIES = _set(
    """hat haben hatte hatten ist sind war waren wird werden wurde wurden habe has have had is
    are was were will would could should can may might must do does did be been"""
)
TITLE_SUFFIXES = (
    "ministerin", "minister", "präsidentin", "präsident", "kanzlerin", "kanzler", "sprecherin",
    "sprecher", "chefin", "chef", "vorsitzende", "vorsitzender", "leiterin", "leiter",
    "direktorin", "direktor", "bürgermeisterin", "bürgermeister", "senatorin", "senator",
    "gouverneurin", "gouverneur", "abgeordnete", "abgeordneter", "botschafterin", "botschafter",
    "sekretärin", "sekretär", "kommissarin", "kommissar", "expertin", "experte", "professorin",
    "professor", "trainerin", "trainer", "richterin", "richter", "anwältin", "anwalt",
    "forscherin", "forscher", "aktivistin", "aktivist", "ökonomin", "ökonom", "analystin",
)  # fmt: skip
TITLES = _set(
    """frau herr dr prof papst könig königin president minister secretary senator sen rep
    representative governor gov mayor chancellor mr mrs ms miss judge chief general gen
    spokesman spokeswoman spokesperson leader chairman chairwoman chair director ambassador coach
    commissioner officer inspector captain ceo economist analyst lawyer attorney activist manager
    executive"""
)
FEMALE = {"frau", "königin", "mrs", "ms", "miss", "spokeswoman", "chairwoman"}
MALE = {"herr", "könig", "papst", "mr", "spokesman", "chairman"}
ABBREVIATED = {"dr", "prof", "mr", "mrs", "ms", "sen", "rep", "gov", "gen", "st"}
