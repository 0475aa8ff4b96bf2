"""Held-out news pairs for the quote benchmark, written after the quote check was finished and
never used to change it: their figures estimate how it does on text it was not fitted to.
Same format as tests/engine/quotes_cases.py."""

from tests.engine.quotes_cases import Case, Expected

V, A, P, D, X = "verbatim", "altered", "paraphrased", "attributed differently", "absent"

HELDOUT = (
    Case(
        "heat wave",
        "de",
        "Stuttgart. Wegen der anhaltenden Hitze hat das Land Baden-Württemberg die höchste "
        "Warnstufe ausgerufen. Gesundheitsminister Manne Lucha rief die Bevölkerung zur "
        "Vorsicht auf. „Trinken Sie ausreichend und meiden Sie die Mittagssonne“, sagte der "
        "Grünen-Politiker am Donnerstag.\n"
        "Kliniken melden bereits mehr Notfälle. „Unsere Notaufnahmen sind an der Belastungsgrenze“, "
        "warnte die Landesärztekammer. Besonders gefährdet seien ältere Menschen.",
        "Stuttgart. Im Südwesten gilt die höchste Hitzewarnstufe. Minister Lucha appellierte an "
        "die Bürger: „Trinken Sie ausreichend, und meiden Sie die pralle Mittagssonne.“\n"
        "Die Landesärztekammer sieht die Notaufnahmen an ihrer Belastungsgrenze.",
        (
            Expected(
                "Trinken Sie ausreichend und meiden Sie die Mittagssonne",
                "Grünen-Politiker",
                A,
            ),
            Expected("Unsere Notaufnahmen sind an der Belastungsgrenze", "Landesärztekammer", P),
        ),
        (
            Expected(
                "Trinken Sie ausreichend, und meiden Sie die pralle Mittagssonne.",
                "Minister Lucha",
                A,
            ),
        ),
    ),
    Case(
        "stadium",
        "de",
        "Köln. Der 1. FC Köln will sein Stadion in Müngersdorf ausbauen. „Wir brauchen mehr "
        "Plätze, sonst verlieren wir den Anschluss“, sagte Geschäftsführer Philipp Türoff. Die "
        "Stadt prüft die Pläne.\n"
        "Anwohner sind skeptisch. „Schon jetzt ist an Spieltagen kein Durchkommen“, sagte eine "
        "Sprecherin der Bürgerinitiative. Oberbürgermeisterin Henriette Reker zeigte sich offen: "
        "„Wir schauen uns das genau an.“",
        "Köln. Der FC plant einen Stadionausbau. „Schon jetzt ist an Spieltagen kein "
        "Durchkommen“, sagte Türoff mit Blick auf die Verkehrslage.\n"
        "Oberbürgermeisterin Henriette Reker kündigte eine gründliche Prüfung an.",
        (
            Expected(
                "Wir brauchen mehr Plätze, sonst verlieren wir den Anschluss",
                "Geschäftsführer Philipp Türoff",
                X,
            ),
            Expected(
                "Schon jetzt ist an Spieltagen kein Durchkommen",
                "Sprecherin der Bürgerinitiative",
                D,
            ),
            Expected("Wir schauen uns das genau an.", "Oberbürgermeisterin Henriette Reker", P),
        ),
        (Expected("Schon jetzt ist an Spieltagen kein Durchkommen", "Türoff", D),),
    ),
    Case(
        "wildfire",
        "en",
        "ATHENS — Firefighters battled a wildfire north of the Greek capital for a third day on "
        'Monday. "The situation is extremely difficult because of the strong winds," fire '
        'service spokesman Vassilis Vathrakogiannis said. "We are fighting on several fronts."\n'
        'Prime Minister Kyriakos Mitsotakis cut short his holiday. He said: "Our priority is '
        'to protect human lives."',
        "Greek firefighters struggled for a third day to contain a blaze near Athens. Fire "
        'service spokesman Vassilis Vathrakogiannis said the situation was "extremely '
        'difficult" because of strong winds.\n'
        '"Our priority is to protect human lives," Mitsotakis told reporters.',
        (
            Expected(
                "The situation is extremely difficult because of the strong winds, We are "
                "fighting on several fronts.",
                "fire service spokesman Vassilis Vathrakogiannis",
                P,
            ),
            Expected("Our priority is to protect human lives.", "Kyriakos Mitsotakis", V),
        ),
        (
            Expected("extremely difficult", "Fire service spokesman Vassilis Vathrakogiannis", V),
            Expected("Our priority is to protect human lives,", "Mitsotakis", V),
        ),
    ),
    Case(
        "airline",
        "en",
        "FRANKFURT — Lufthansa will cancel about 1,000 flights on Wednesday as ground staff "
        'strike for higher pay. "This strike is completely disproportionate," said Michael '
        "Niggemann, the airline's chief human resources officer.\n"
        'The union Verdi rejected the criticism. "Our members earn too little to keep up with '
        'inflation," union negotiator Marvin Reschinsky said.',
        "Lufthansa has cancelled roughly 1,000 flights because of a strike by ground staff. "
        'Verdi negotiator Marvin Reschinsky called the strike "completely disproportionate."\n'
        'Lufthansa said: "Our members earn too little to keep up with inflation."',
        (
            Expected("This strike is completely disproportionate,", "Michael Niggemann", D),
            Expected(
                "Our members earn too little to keep up with inflation,",
                "union negotiator Marvin Reschinsky",
                D,
            ),
        ),
        (
            Expected("completely disproportionate.", "Marvin Reschinsky", D),
            Expected("Our members earn too little to keep up with inflation.", "Lufthansa", D),
        ),
    ),
)
