"""Hand-written news pairs for the quote check: every quotation with its speaker and verdict.

Each case is two reports of one event. `left_quotes` / `right_quotes` list every quotation of
that side in text order (scare quotes, titles and newspaper names are not quotations and are
deliberately in the texts): the quoted words (parts of an interrupted quotation joined by a
space), the speaker as the text names it (determiners dropped; a resolved pronoun gives the
person's full name; "unknown" when the text does not say) and the verdict against the other
side.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Expected:
    text: str
    speaker: str
    verdict: str


@dataclass(frozen=True)
class Case:
    name: str
    lang: str
    left: str
    right: str
    left_quotes: tuple[Expected, ...]
    right_quotes: tuple[Expected, ...] = ()


V, A, P, D, X = "verbatim", "altered", "paraphrased", "attributed differently", "absent"

CASES = (
    Case(
        "flood: a shortened quote, a quote given to the minister instead of the BUND",
        "de",
        "Düsseldorf. Nach den schweren Regenfällen am Wochenende stehen in mehreren Gemeinden am "
        "Niederrhein ganze Straßenzüge unter Wasser. Innenminister Herbert Reul (CDU) besuchte am "
        "Montag das Krisengebiet in Kleve. „Wir lassen die Menschen hier nicht allein“, sagte "
        "Reul. „Jeder, der Hilfe braucht, bekommt sie – schnell und unbürokratisch.“\n"
        "Umweltverbände sehen die Landesregierung in der Pflicht. „Die Deiche am Niederrhein sind "
        "seit Jahren in einem miserablen Zustand“, sagte ein Sprecher des BUND. Der Verband "
        "fordert ein Sofortprogramm für den Hochwasserschutz.\n"
        "Reul kündigte an, die Mittel für den Katastrophenschutz aufzustocken. „Wir werden die "
        "Deiche verstärken, und zwar nicht erst in zehn Jahren“, sagte er. Die Feuerwehr war mit "
        "mehr als 800 Kräften im Einsatz.",
        "Kleve. Das Hochwasser am Niederrhein hat nach ersten Schätzungen Schäden in "
        "Millionenhöhe verursacht. Beim Besuch in Kleve versprach Innenminister Reul schnelle "
        "Unterstützung: „Wir lassen die Menschen hier nicht allein.“\n"
        "Der Minister räumte Versäumnisse ein. „Die Deiche am Niederrhein sind seit Jahren in "
        "einem miserablen Zustand“, sagte Reul vor Journalisten. „Wir werden die Deiche "
        "verstärken – nicht erst in zehn Jahren“, kündigte er an.\n"
        "Der BUND fordert seit Langem mehr Geld für den Hochwasserschutz.",
        (
            Expected(
                "Wir lassen die Menschen hier nicht allein Jeder, der Hilfe braucht, bekommt sie "
                "– schnell und unbürokratisch.",
                "Reul",
                A,
            ),
            Expected(
                "Die Deiche am Niederrhein sind seit Jahren in einem miserablen Zustand",
                "Sprecher des BUND",
                D,
            ),
            Expected(
                "Wir werden die Deiche verstärken, und zwar nicht erst in zehn Jahren",
                "Herbert Reul",
                A,
            ),
        ),
        (
            Expected("Wir lassen die Menschen hier nicht allein.", "Innenminister Reul", V),
            Expected(
                "Die Deiche am Niederrhein sind seit Jahren in einem miserablen Zustand", "Reul", D
            ),
            Expected("Wir werden die Deiche verstärken – nicht erst in zehn Jahren", "Reul", A),
        ),
    ),
    Case(
        "rail strike: guillemets, an interrupted quote, a dropped word",
        "de",
        "Berlin. Im Tarifkonflikt bei der Deutschen Bahn hat die Lokführergewerkschaft GDL zu "
        "einem neuen Streik aufgerufen. GDL-Chef Mario Reiß warf dem Konzern Verzögerungstaktik "
        "vor. „Die Bahn spielt auf Zeit, und das lassen wir uns nicht länger gefallen“, sagte "
        "Reiß am Dienstag in Frankfurt.\n"
        "Die Bahn wies die Vorwürfe zurück. Personalvorstand Martin Seiler erklärte: »Wir haben "
        "ein faires Angebot vorgelegt. Die Gewerkschaft muss jetzt an den Verhandlungstisch "
        "zurückkehren.«\n"
        "Fahrgastverbände kritisierten beide Seiten. „Am Ende sind es wieder die Pendler, die im "
        "Regen stehen“, sagte ein Sprecher von Pro Bahn.",
        "Frankfurt. Die GDL legt den Bahnverkehr erneut lahm. Gewerkschaftschef Mario Reiß "
        "begründete den Ausstand mit scharfen Worten: „Die Bahn spielt auf Zeit – das lassen wir "
        "uns nicht länger gefallen.“\n"
        "Die Bahn reagierte mit Unverständnis. »Wir haben ein faires Angebot vorgelegt«, sagte "
        "Seiler, »die Gewerkschaft muss jetzt an den Verhandlungstisch zurückkehren.«\n"
        "Für Pendler bedeutet der Streik erneut Chaos auf den Bahnsteigen.",
        (
            Expected(
                "Die Bahn spielt auf Zeit, und das lassen wir uns nicht länger gefallen", "Reiß", A
            ),
            Expected(
                "Wir haben ein faires Angebot vorgelegt. Die Gewerkschaft muss jetzt an den "
                "Verhandlungstisch zurückkehren.",
                "Personalvorstand Martin Seiler",
                V,
            ),
            Expected(
                "Am Ende sind es wieder die Pendler, die im Regen stehen",
                "Sprecher von Pro Bahn",
                X,
            ),
        ),
        (
            Expected(
                "Die Bahn spielt auf Zeit – das lassen wir uns nicht länger gefallen.",
                "Gewerkschaftschef Mario Reiß",
                A,
            ),
            Expected(
                "Wir haben ein faires Angebot vorgelegt die Gewerkschaft muss jetzt an den "
                "Verhandlungstisch zurückkehren.",
                "Seiler",
                V,
            ),
        ),
    ),
    Case(
        "combustion engines: reported speech for a quote, scare quotes, a partial quote",
        "de",
        "Brüssel. Die EU-Kommission will die Zulassung neuer Verbrennerautos ab 2035 nun doch "
        "nicht vollständig verbieten. Kommissionspräsidentin Ursula von der Leyen sprach von "
        "einem „pragmatischen Kompromiss“. „Wir halten an unseren Klimazielen fest, aber wir "
        "geben der Industrie mehr Zeit für den Umbau“, sagte sie.\n"
        "Kritik kam von den Grünen im Europaparlament. „Das ist ein Kniefall vor der "
        "Autolobby“, sagte der Abgeordnete Michael Bloss. Umweltverbände kündigten Widerstand "
        "an.\n"
        "Der Verband der Automobilindustrie begrüßte den Vorschlag. Verbandspräsidentin "
        "Hildegard Müller sagte, die Entscheidung sichere „Hunderttausende Arbeitsplätze in "
        "Deutschland“.",
        "Straßburg. Die Pläne der EU-Kommission zur Aufweichung des Verbrenner-Aus stoßen auf "
        "ein geteiltes Echo. Von der Leyen betonte, die EU halte an ihren Klimazielen fest, gebe "
        "der Industrie aber mehr Zeit für die Umstellung.\n"
        "Die Grünen im Europaparlament kündigten Widerstand an. Die Autobranche begrüßte die "
        "Pläne.",
        (
            Expected(
                "Wir halten an unseren Klimazielen fest, aber wir geben der Industrie mehr Zeit "
                "für den Umbau",
                "Ursula von der Leyen",
                P,
            ),
            Expected("Das ist ein Kniefall vor der Autolobby", "Abgeordnete Michael Bloss", X),
            Expected(
                "Hunderttausende Arbeitsplätze in Deutschland",
                "Verbandspräsidentin Hildegard Müller",
                X,
            ),
        ),
    ),
    Case(
        "court: the same quote under two descriptions of one man, a paraphrased accusation",
        "de",
        "München. Im Prozess um den Einsturz einer Tiefgarage in Schwabing hat der angeklagte "
        "Bauleiter die Vorwürfe zurückgewiesen. »Ich habe mir nichts vorzuwerfen«, sagte der "
        "58-Jährige vor dem Landgericht. »Die Statik wurde von einem externen Büro berechnet, "
        "nicht von mir.«\n"
        "Die Staatsanwaltschaft sieht das anders. Oberstaatsanwältin Anne Leiding sagte: »Der "
        "Angeklagte hat Warnungen der Prüfer über Monate ignoriert.« Ein Urteil wird für Ende "
        "März erwartet.",
        "München. Der Bauleiter, dem die Staatsanwaltschaft fahrlässige Tötung vorwirft, sieht "
        "keine Schuld bei sich. „Ich habe mir nichts vorzuwerfen“, sagte der Bauleiter. „Die "
        "Statik wurde von einem externen Büro berechnet, nicht von mir.“\n"
        "Oberstaatsanwältin Anne Leiding hielt dagegen, der Angeklagte habe Hinweise der Prüfer "
        "monatelang missachtet.",
        (
            Expected(
                "Ich habe mir nichts vorzuwerfen Die Statik wurde von einem externen Büro "
                "berechnet, nicht von mir.",
                "58-Jährige",
                V,
            ),
            Expected(
                "Der Angeklagte hat Warnungen der Prüfer über Monate ignoriert.",
                "Oberstaatsanwältin Anne Leiding",
                P,
            ),
        ),
        (
            Expected(
                "Ich habe mir nichts vorzuwerfen Die Statik wurde von einem externen Büro "
                "berechnet, nicht von mir.",
                "Bauleiter",
                V,
            ),
        ),
    ),
    Case(
        "Swiss central bank: «» and ‹› nested, a quote partly turned into reported speech",
        "de",
        "Zürich. Die Schweizerische Nationalbank (SNB) senkt den Leitzins erneut. «Die Inflation "
        "ist unter Kontrolle, der starke Franken bleibt aber eine Belastung für die "
        "Exportindustrie», sagte SNB-Präsident Martin Schlegel an der Medienkonferenz in Bern.\n"
        "Ökonomen hatten den Schritt erwartet. Die UBS-Chefökonomin sprach von einem "
        "«folgerichtigen Entscheid». Schlegel schloss weitere Senkungen nicht aus: «Wir sind "
        "bereit, wenn nötig auch zu Negativzinsen zurückzukehren.»\n"
        "Der Gewerbeverband begrüsste den Entscheid. Dessen Direktor Urs Furrer sagte: «Für viele "
        "KMU ist das ein Lichtblick, doch die Lage bleibt ‹ernst›, wie unsere Mitglieder täglich "
        "berichten.»",
        "Bern. Die Nationalbank hat den Leitzins auf 0,25 Prozent gesenkt. SNB-Chef Martin "
        "Schlegel erklärte, die Inflation sei unter Kontrolle. „Der starke Franken bleibt aber "
        "eine Belastung für die Exportindustrie“, fügte er hinzu.\n"
        "Weitere Zinsschritte schloss die Notenbank nicht aus. „Wir sind bereit, wenn nötig auch "
        "zu Negativzinsen zurückzukehren“, sagte Schlegel.",
        (
            Expected(
                "Die Inflation ist unter Kontrolle, der starke Franken bleibt aber eine Belastung "
                "für die Exportindustrie",
                "SNB-Präsident Martin Schlegel",
                A,
            ),
            Expected(
                "Wir sind bereit, wenn nötig auch zu Negativzinsen zurückzukehren.", "Schlegel", V
            ),
            Expected(
                "Für viele KMU ist das ein Lichtblick, doch die Lage bleibt ‹ernst›, wie unsere "
                "Mitglieder täglich berichten.",
                "Direktor Urs Furrer",
                X,
            ),
        ),
        (
            Expected(
                "Der starke Franken bleibt aber eine Belastung für die Exportindustrie",
                "Martin Schlegel",
                V,
            ),
            Expected(
                "Wir sind bereit, wenn nötig auch zu Negativzinsen zurückzukehren", "Schlegel", V
            ),
        ),
    ),
    Case(
        "budget row: a quote given to the other side of the coalition, a newspaper name",
        "de",
        "Berlin. Im Streit um den Haushalt 2026 verschärft sich der Ton in der Koalition. "
        "Finanzminister Lars Klingbeil (SPD) sagte der „Süddeutschen Zeitung“: „Wer jetzt neue "
        "Schulden ausschließt, gefährdet die Sanierung unserer Brücken und Schulen.“\n"
        "Unionsfraktionschef Jens Spahn hielt dagegen. „Wir haben kein Einnahmeproblem, wir "
        "haben ein Ausgabenproblem“, sagte Spahn. Die Grünen warfen beiden Seiten vor, den "
        "Streit auf dem Rücken der Kommunen auszutragen.",
        "Berlin. Der Haushaltsstreit in der Koalition eskaliert. „Wer jetzt neue Schulden "
        "ausschließt, gefährdet die Sanierung unserer Brücken und Schulen“, sagte "
        "Unionsfraktionschef Jens Spahn am Wochenende.\n"
        "Die SPD reagierte gereizt. „Wir haben kein Einnahmeproblem, sondern ein "
        "Ausgabenproblem“, sagte Spahn.",
        (
            Expected(
                "Wer jetzt neue Schulden ausschließt, gefährdet die Sanierung unserer Brücken und "
                "Schulen.",
                "Finanzminister Lars Klingbeil",
                D,
            ),
            Expected("Wir haben kein Einnahmeproblem, wir haben ein Ausgabenproblem", "Spahn", A),
        ),
        (
            Expected(
                "Wer jetzt neue Schulden ausschließt, gefährdet die Sanierung unserer Brücken und "
                "Schulen",
                "Unionsfraktionschef Jens Spahn",
                D,
            ),
            Expected("Wir haben kein Einnahmeproblem, sondern ein Ausgabenproblem", "Spahn", A),
        ),
    ),
    Case(
        "port: a three-sentence quote with „so“, colon speech without quotation marks",
        "de",
        "Hamburg. Der Hamburger Hafen hat im ersten Halbjahr deutlich weniger Container "
        "umgeschlagen als im Vorjahr. Hafenchefin Angela Titzrath nannte die Zahlen "
        "enttäuschend. „Die geopolitischen Krisen treffen uns mit voller Wucht. Viele Reedereien "
        "meiden derzeit die Route durch das Rote Meer. Das spüren wir jeden Tag“, so Titzrath.\n"
        "Die Gewerkschaft Verdi warnte vor einem Stellenabbau. Verdi-Sprecherin Maren Ulbrich "
        "sagte: Die Beschäftigten dürfen nicht die Zeche für verfehlte Investitionen zahlen.",
        "Hamburg. Der Containerumschlag im Hamburger Hafen ist eingebrochen. Die Hafenchefin "
        "machte die Krisen in der Welt verantwortlich: Viele Reedereien mieden derzeit die Route "
        "durch das Rote Meer, das spüre der Hafen täglich.\n"
        "Verdi fürchtet um Arbeitsplätze. „Die Beschäftigten dürfen nicht die Zeche für "
        "verfehlte Investitionen zahlen“, sagte Verdi-Sprecherin Maren Ulbrich.",
        (
            Expected(
                "Die geopolitischen Krisen treffen uns mit voller Wucht. Viele Reedereien meiden "
                "derzeit die Route durch das Rote Meer. Das spüren wir jeden Tag",
                "Titzrath",
                P,
            ),
            Expected(
                "Die Beschäftigten dürfen nicht die Zeche für verfehlte Investitionen zahlen.",
                "Verdi-Sprecherin Maren Ulbrich",
                V,
            ),
        ),
        (
            Expected(
                "Die Beschäftigten dürfen nicht die Zeche für verfehlte Investitionen zahlen",
                "Verdi-Sprecherin Maren Ulbrich",
                V,
            ),
        ),
    ),
    Case(
        "summit: an ambiguous „sagte er“ between two men, a role that names one person",
        "de",
        "Paris. Bundeskanzler Friedrich Merz und der französische Präsident Emmanuel Macron haben "
        "sich auf eine engere Zusammenarbeit in der Rüstungspolitik verständigt. Merz traf Macron "
        "am Mittwoch im Élysée-Palast. „Europa muss in der Lage sein, sich selbst zu "
        "verteidigen“, sagte er nach dem Treffen.\n"
        "Beide Regierungen wollen bis zum Sommer ein gemeinsames Kampfflugzeug-Programm neu "
        "aufsetzen. Macron sprach von einem „Neustart“. „Wir haben zu lange gezögert, jetzt "
        "handeln wir“, sagte der Präsident.",
        "Berlin/Paris. Deutschland und Frankreich wollen ihre Rüstungsprojekte beschleunigen. "
        "„Europa muss in der Lage sein, sich selbst zu verteidigen“, sagte Macron nach dem "
        "Treffen mit Merz. Der Kanzler kündigte an, bis zum Sommer einen Zeitplan für das "
        "gemeinsame Kampfflugzeug vorzulegen.\n"
        "„Wir haben zu lange gezögert. Jetzt handeln wir“, sagte Macron.",
        (
            Expected("Europa muss in der Lage sein, sich selbst zu verteidigen", "unknown", V),
            Expected("Wir haben zu lange gezögert, jetzt handeln wir", "Präsident", V),
        ),
        (
            Expected("Europa muss in der Lage sein, sich selbst zu verteidigen", "Macron", V),
            Expected("Wir haben zu lange gezögert. Jetzt handeln wir", "Macron", V),
        ),
    ),
    Case(
        "train drivers: a quote split by its attribution, reported speech, an added word",
        "en",
        "LONDON — Train drivers across England will walk out for 48 hours next week after talks "
        'with rail operators collapsed, the Aslef union said on Tuesday. "We have been more '
        'than patient, but the companies have given us nothing," general secretary Mick Whelan '
        "told reporters outside the union's headquarters. \"Our members have not had a pay rise "
        'in four years."\n'
        'The Rail Delivery Group, which represents the operators, called the strike "deeply '
        'disappointing" and said it would keep its offer on the table. "Passengers will once '
        'again pay the price for a dispute that could have been settled months ago," a '
        "spokesperson for the group said.\n"
        "Transport Secretary Louise Haigh urged both sides to return to talks. She said: "
        '"Nobody wins from another summer of disruption."',
        "Aslef announced a fresh round of strikes on Tuesday, blaming train operators for the "
        'breakdown of negotiations. Union leader Mick Whelan said his members had been "more '
        'than patient" and had received nothing from the companies. "Our members have not had '
        'a pay rise in four years," he said.\n'
        "The Rail Delivery Group said passengers would once again pay the price for a dispute "
        "that could have been settled months ago. Louise Haigh, the transport secretary, said: "
        '"Nobody wins from yet another summer of disruption."',
        (
            Expected(
                "We have been more than patient, but the companies have given us nothing, Our "
                "members have not had a pay rise in four years.",
                "general secretary Mick Whelan",
                A,
            ),
            Expected(
                "Passengers will once again pay the price for a dispute that could have been "
                "settled months ago,",
                "spokesperson for the group",
                A,
            ),
            Expected("Nobody wins from another summer of disruption.", "Louise Haigh", A),
        ),
        (
            Expected("more than patient", "Union leader Mick Whelan", V),
            Expected("Our members have not had a pay rise in four years,", "Mick Whelan", V),
            Expected("Nobody wins from yet another summer of disruption.", "Louise Haigh", A),
        ),
    ),
    Case(
        "shutdown: single quotes with a nested double quote, a quote given to the other leader",
        "en",
        "WASHINGTON — The Senate passed a stopgap funding bill late on Friday, averting a "
        "government shutdown hours before the deadline. ‘This is not the bill I would have "
        "written, but it keeps the lights on,’ Senate Majority Leader John Thune said on the "
        "chamber floor.\n"
        "Democrats said the measure did too little for disaster relief. ‘When the governor of "
        "North Carolina tells me “we are out of money,” I believe him,’ said Senator Chuck "
        "Schumer. The bill now goes to the House.\n"
        "Economists had warned that a shutdown would cost the economy billions. ‘Markets hate "
        "uncertainty, and this Congress has been a factory of uncertainty,’ said Mark Zandi, "
        "chief economist at Moody’s Analytics.",
        "Congress approved a short-term spending measure on Friday night, narrowly avoiding a "
        'shutdown. "This is not the bill I would have written, but it keeps the lights on," '
        "said Senate Minority Leader Chuck Schumer.\n"
        "Republican leaders defended the package. Senator John Thune said the bill was the best "
        "deal available under the circumstances. Democrats complained that disaster relief had "
        "been left out.",
        (
            Expected(
                "This is not the bill I would have written, but it keeps the lights on,",
                "Senate Majority Leader John Thune",
                D,
            ),
            Expected(
                "When the governor of North Carolina tells me “we are out of money,” I believe "
                "him,",
                "Senator Chuck Schumer",
                X,
            ),
            Expected(
                "Markets hate uncertainty, and this Congress has been a factory of uncertainty,",
                "Mark Zandi",
                X,
            ),
        ),
        (
            Expected(
                "This is not the bill I would have written, but it keeps the lights on,",
                "Senate Minority Leader Chuck Schumer",
                D,
            ),
        ),
    ),
    Case(
        "layoffs: a memo and an analyst, both only paraphrased by the other report",
        "en",
        "SAN FRANCISCO — Software maker Nimbus said on Wednesday it would cut about 1,200 jobs, "
        "roughly 8% of its workforce, as it shifts spending toward artificial intelligence. "
        '"These decisions are never easy, and they affect people who have given a great deal '
        'to this company," chief executive Dana Whitfield wrote in a memo to staff.\n'
        'Analysts were not surprised. "Every large software company is trying to free up cash '
        'for AI right now," said Priya Raman, an analyst at Hargreave Research. "Nimbus is '
        'simply the latest."\n'
        "The company's shares rose 4% in after-hours trading.",
        "Nimbus will eliminate roughly 1,200 positions as it redirects investment to AI, the "
        "company announced. In an internal memo, Chief Executive Dana Whitfield told staff the "
        "decisions had not been easy, since they affected people who had given the company a "
        "great deal.\n"
        "Industry analyst Priya Raman said nearly every big software firm was scrambling to free "
        "up cash for AI, and that Nimbus was only the latest example.",
        (
            Expected(
                "These decisions are never easy, and they affect people who have given a great "
                "deal to this company,",
                "chief executive Dana Whitfield",
                P,
            ),
            Expected(
                "Every large software company is trying to free up cash for AI right now, Nimbus "
                "is simply the latest.",
                "Priya Raman",
                P,
            ),
        ),
    ),
    Case(
        "football: a club statement, a pundit's words given to another pundit",
        "en",
        "MANCHESTER — Manchester United sacked manager Erik ten Hag on Monday after a 2-1 defeat "
        "at West Ham left the club 14th in the Premier League. In a statement, the club said: "
        '"Everyone at Manchester United thanks Erik for all his work during his time with us and '
        'wishes him well for the future."\n'
        'Former captain Gary Neville was blunt. "The club has been a mess from top to bottom for '
        'a decade, and sacking the manager does not fix that," he said on Sky Sports.\n'
        "Ruud van Nistelrooy will take charge of the team until a permanent successor is "
        "appointed.",
        "Erik ten Hag has been dismissed as Manchester United manager. Everyone at Manchester "
        "United thanks Erik for all his work during his time with us and wishes him well for the "
        "future, the club said in a statement.\n"
        'Sky Sports pundit Jamie Carragher said: "The club has been a mess from top to bottom '
        'for a decade, and sacking the manager does not fix that."',
        (
            Expected(
                "Everyone at Manchester United thanks Erik for all his work during his time with "
                "us and wishes him well for the future.",
                "club",
                V,
            ),
            Expected(
                "The club has been a mess from top to bottom for a decade, and sacking the "
                "manager does not fix that,",
                "Gary Neville",
                D,
            ),
        ),
        (
            Expected(
                "The club has been a mess from top to bottom for a decade, and sacking the "
                "manager does not fix that.",
                "Sky Sports pundit Jamie Carragher",
                D,
            ),
        ),
    ),
    Case(
        "mpox: a two-sentence quote of which the other report quotes one, colon speech",
        "en",
        "GENEVA — The World Health Organization declared the mpox outbreak in central Africa a "
        'public health emergency of international concern on Wednesday. "The detection and '
        "rapid spread of a new clade of mpox is very worrying. It is clear that a coordinated "
        'international response is needed to stop these outbreaks and save lives," '
        "Director-General Tedros Adhanom Ghebreyesus said at a news conference.\n"
        "Health officials in Congo welcomed the decision. Health minister Roger Kamba told "
        "reporters: The vaccines we have received so far are not nearly enough for a country of "
        "our size.",
        'The WHO has declared a global health emergency over the spread of mpox in Africa. "The '
        'detection and rapid spread of a new clade of mpox is very worrying," WHO chief Tedros '
        "Adhanom Ghebreyesus said. He added that a coordinated international response was needed "
        "to stop the outbreaks and save lives.\n"
        "Cases have also been reported in Burundi, Kenya and Rwanda.",
        (
            Expected(
                "The detection and rapid spread of a new clade of mpox is very worrying. It is "
                "clear that a coordinated international response is needed to stop these "
                "outbreaks and save lives,",
                "Director-General Tedros Adhanom Ghebreyesus",
                A,
            ),
            Expected(
                "The vaccines we have received so far are not nearly enough for a country of our "
                "size.",
                "Health minister Roger Kamba",
                X,
            ),
        ),
        (
            Expected(
                "The detection and rapid spread of a new clade of mpox is very worrying,",
                "WHO chief Tedros Adhanom Ghebreyesus",
                V,
            ),
        ),
    ),
    Case(
        "climate protest: curly and straight quotes, apostrophes, a possessive, a shortened quote",
        "en",
        "BERLIN — Thousands of climate activists blocked roads in the German capital on Saturday. "
        "“We’re not going to stop until the government takes the climate crisis seriously,” said "
        "Lena Hoffmann, a spokeswoman for the group Letzte Generation.\n"
        "Police said 230 people were detained. A police spokesman told the Associated Press that "
        'officers had acted "with restraint and in accordance with the law".\n'
        "The group’s protests have divided public opinion. “People are angry with us, and I "
        "understand that,” Hoffmann said. “But they should be angrier about the floods and the "
        "heat waves.”",
        "Climate protesters brought traffic in central Berlin to a standstill on Saturday. "
        '"We\'re not going to stop until the government takes the climate crisis seriously," '
        "said Lena Hoffmann, spokeswoman for Letzte Generation.\n"
        "Police detained 230 people and said officers had acted with restraint. Hoffmann "
        'acknowledged the anger of many drivers: "People are angry with us, and I understand '
        'that."',
        (
            Expected(
                "We’re not going to stop until the government takes the climate crisis seriously,",
                "Lena Hoffmann",
                V,
            ),
            Expected("with restraint and in accordance with the law", "police spokesman", X),
            Expected(
                "People are angry with us, and I understand that, But they should be angrier "
                "about the floods and the heat waves.",
                "Hoffmann",
                A,
            ),
        ),
        (
            Expected(
                "We're not going to stop until the government takes the climate crisis seriously,",
                "Lena Hoffmann",
                V,
            ),
            Expected("People are angry with us, and I understand that.", "Hoffmann", V),
        ),
    ),
    Case(
        "Bank of Japan: an interrupted quote the other report tells in its own words",
        "en",
        "TOKYO — Japan's central bank raised interest rates for the first time in 17 years on "
        "Tuesday, ending the world's last negative rate policy. \"We judged that the virtuous "
        'cycle between wages and prices has become more solid," Governor Kazuo Ueda told a news '
        'conference. "That is why we decided to end our massive stimulus."\n'
        "The yen weakened after the announcement.",
        "The Bank of Japan ended eight years of negative interest rates on Tuesday. Governor "
        "Kazuo Ueda said rising wages and prices were now reinforcing each other more solidly, "
        "which was why the bank had decided to end its massive stimulus.",
        (
            Expected(
                "We judged that the virtuous cycle between wages and prices has become more "
                "solid, That is why we decided to end our massive stimulus.",
                "Governor Kazuo Ueda",
                P,
            ),
        ),
    ),
)
