"""What a reader should and should not get from each test page."""

GERMAN_ARTICLE = [
    "Hochwasser an der Oder: Pegel steigt weiter",  # the headline
    "Der Wasserstand der Oder ist in der Nacht zum Sonntag auf 5,82 Meter gestiegen",
    "Rund 400 Helferinnen und Helfer von Feuerwehr, Technischem Hilfswerk und Bundeswehr",
    "„Wir sind besser vorbereitet als 1997, aber die Deiche sind",
    "Besonders gefährdet sei der Abschnitt zwischen Lebus und Küstrin-Kietz",
    "Die Behörden beider Länder tauschen nach Angaben des Brandenburger Innenministeriums",
    "Schulen in den betroffenen Ortsteilen bleiben bis mindestens Mittwoch geschlossen.",
]
GERMAN_FURNITURE = [
    "Abo abschließen",  # navigation
    "Startseite",  # breadcrumb
    "Auf Facebook teilen",  # share box
    "Mehr zum Thema",  # in-article teaser box
    "Jahrhundertfluten",
    "Das könnte Sie auch interessieren",  # related teasers
    "Pendlerchaos",
    "Oderfreund",  # comment section
    "Deichbau seit Jahren verschleppt",
    "Danke an alle Helfer",
    "Unterstützen Sie unsere Arbeit",  # donation box
    "Jetzt unterstützen",
    "Brandenburg-Newsletter",  # newsletter box
    "Cookies",
    "Impressum",
]
ENGLISH_ARTICLE = [
    "Port strike halts container traffic in Rotterdam",
    "Container handling at Europe's largest port came to a standstill on Thursday",
    "The FNV union said the 48-hour stoppage was a response to plans",
    "Shipping lines including Maersk and MSC warned customers of delays",
    "Talks between the union and the employers' association are scheduled to restart",
]
ENGLISH_FURNITURE = [
    "Subscribe for $1",
    "Share on Facebook",
    "Why shipping rates are climbing again",
    "Support our journalism",
    "Become a member",
    "Donate now",
    "Most read",
    "About time the workers stood up",
    "My shipment from Shenzhen",
    "Sign up for our newsletter",
]
BLOG_ARTICLE = [
    "Wasserknappheit in Andalusien: Bauern gegen Erdbeerexporte",
    "Im Südwesten Spaniens ist ein Streit um das Grundwasser des Nationalparks Doñana",
    "Nach Angaben der Umweltorganisation WWF sind in der Region mehr als 1.000",
    "„Wer die Lagunen austrocknet, sägt an dem Ast, auf dem wir alle sitzen“",
    "Ein Gesetz, das bestehende Anbauflächen nachträglich legalisieren sollte",
]
BLOG_FURNITURE = [
    "Zum Inhalt springen",
    "Ähnliche Beiträge",
    "Dürre in Katalonien",
    "Teilen mit",
    "Verschlagwortet",
    "Helfen Sie uns mit einer Spende",
    "Jetzt spenden",
    "Vorheriger Beitrag",
    "Raubbau",  # comments
    "Beerenanbau",
    "Schreibe einen Kommentar",
    "Neueste Beiträge",
    "Newsletter abonnieren",
    "Datenschutzerklärung",
]
PAGES = {
    "nachricht-de.html": (GERMAN_ARTICLE, GERMAN_FURNITURE),
    "report-en.html": (ENGLISH_ARTICLE, ENGLISH_FURNITURE),
    "blog-de.html": (BLOG_ARTICLE, BLOG_FURNITURE),
}
