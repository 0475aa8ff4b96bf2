<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>These articles share almost nothing: no sentence pair reports the same fact.</source>
        <translation>Diese Artikel haben fast nichts gemeinsam: Kein Satzpaar berichtet dieselbe Tatsache.</translation>
    </message>
    <message>
        <source>left is {left}, right is {right}: Twofold compares within one language</source>
        <translation>links {left}, rechts {right}: Twofold vergleicht innerhalb einer Sprache</translation>
    </message>
    <message>
        <source>{what} was not saved: {error}</source>
        <translation>{what} wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Einstufung: {label}</translation>
    </message>
    <message>
        <source>Label cleared</source>
        <translation>Einstufung entfernt</translation>
    </message>
    <message>
        <source>{what} (it showed {labels})</source>
        <translation>{what} (vorher: {labels})</translation>
    </message>
    <message>
        <source>Another comparison is open now; the note was not saved.</source>
        <translation>Inzwischen ist ein anderer Vergleich geöffnet; die Notiz wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <source>Note cleared</source>
        <translation>Notiz entfernt</translation>
    </message>
    <message>
        <source>Marked reviewed</source>
        <translation>Als geprüft markiert</translation>
    </message>
    <message>
        <source>Last item reviewed</source>
        <translation>Letzter Eintrag geprüft</translation>
    </message>
    <message>
        <source>This is the only item not yet reviewed</source>
        <translation>Das ist der einzige noch nicht geprüfte Eintrag</translation>
    </message>
    <message>
        <source>No item after this one is left to review; back to item {number}, the first not yet reviewed</source>
        <translation>Nach diesem Eintrag ist keiner mehr zu prüfen; zurück zu Eintrag {number}, dem ersten noch nicht geprüften</translation>
    </message>
    <message>
        <source>All {count} items are reviewed</source>
        <translation>Alle {count} Einträge sind geprüft</translation>
    </message>
    <message>
        <source>Linking left {left} to right {right}</source>
        <translation>Verknüpfen: links {left} ↔ rechts {right}</translation>
    </message>
    <message>
        <source>sentence {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <source>sentences {first}–{last}</source>
        <translation>Sätze {first}–{last}</translation>
    </message>
    <message>
        <source>Not linking now: press L on a sentence first</source>
        <translation>Gerade wird nicht verknüpft: zuerst L auf einem Satz drücken</translation>
    </message>
    <message>
        <source>Linking cancelled</source>
        <translation>Verknüpfen abgebrochen</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Von Hand verknüpft</translation>
    </message>
    <message>
        <source>This sentence is not linked to anything</source>
        <translation>Dieser Satz ist mit nichts verknüpft</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Verknüpfung gelöst</translation>
    </message>
    <message>
        <source>{error} Reviews in this window are not saved.</source>
        <translation>{error} Prüfungen in diesem Fenster werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>This window is read-only because {why} ({name}): the review is shown; labels, notes and links are not saved here.</source>
        <translation>Dieses Fenster ist schreibgeschützt – Grund: {why} ({name}). Die Prüfung wird angezeigt; Einstufungen, Notizen und Verknüpfungen werden hier nicht gespeichert.</translation>
    </message>
    <message>
        <source>{name} was damaged; it was moved aside to {path} (its bytes kept) and a new, empty review database is used.</source>
        <translation>{name} war beschädigt; die Datei wurde nach {path} verschoben (ihr Inhalt bleibt erhalten), und eine neue, leere Prüfdatenbank wird verwendet.</translation>
    </message>
    <message>
        <source>The write-ahead log beside {name} did not belong to it ({why}: a backup put back?). It was moved aside to {moved} (its bytes kept) and {name} is opened as it is.</source>
        <translation>Das Write-Ahead-Log neben {name} gehörte nicht dazu ({why}: eine zurückgespielte Sicherung?). Es wurde nach {moved} verschoben (sein Inhalt bleibt erhalten), und {name} wird so geöffnet, wie es ist.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Undo failed: {error}</source>
        <translation>Rückgängig machen fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Redo failed: {error}</source>
        <translation>Wiederholen fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>undo {action}</source>
        <translation>Rückgängig: {action}</translation>
    </message>
    <message>
        <source>redo {action}</source>
        <translation>Wiederholt: {action}</translation>
    </message>
    <message>
        <source>Changed since your review</source>
        <translation>Seit Ihrer Prüfung geändert</translation>
    </message>
    <message>
        <source>The left article changed since your review: {details}.</source>
        <translation>Der linke Artikel hat sich seit Ihrer Prüfung geändert: {details}.</translation>
    </message>
    <message>
        <source>The right article changed since your review: {details}.</source>
        <translation>Der rechte Artikel hat sich seit Ihrer Prüfung geändert: {details}.</translation>
    </message>
    <message>
        <source>The articles changed since your review.</source>
        <translation>Die Artikel haben sich seit Ihrer Prüfung geändert.</translation>
    </message>
    <message>
        <source>1 annotation stays with the earlier version only.</source>
        <translation>1 Anmerkung bleibt nur bei der früheren Fassung.</translation>
    </message>
    <message>
        <source>{count} annotations stay with the earlier version only.</source>
        <translation>{count} Anmerkungen bleiben nur bei der früheren Fassung.</translation>
    </message>
    <message>
        <source>The earlier version stays in the library.</source>
        <translation>Die frühere Fassung bleibt in der Bibliothek.</translation>
    </message>
    <message>
        <source>1 sentence added</source>
        <translation>1 Satz hinzugekommen</translation>
    </message>
    <message>
        <source>1 hand-made link</source>
        <translation>1 Verknüpfung von Hand</translation>
    </message>
    <message>
        <source>{count} hand-made links</source>
        <translation>{count} Verknüpfungen von Hand</translation>
    </message>
    <message>
        <source>1 unlink</source>
        <translation>1 gelöste Verknüpfung</translation>
    </message>
    <message>
        <source>{count} unlinks</source>
        <translation>{count} gelöste Verknüpfungen</translation>
    </message>
    <message>
        <source>1 sentence changed</source>
        <translation>1 Satz geändert</translation>
    </message>
    <message>
        <source>1 sentence removed</source>
        <translation>1 Satz entfernt</translation>
    </message>
    <message>
        <source>{count} sentences added</source>
        <translation>{count} Sätze hinzugekommen</translation>
    </message>
    <message>
        <source>{count} sentences changed</source>
        <translation>{count} Sätze geändert</translation>
    </message>
    <message>
        <source>{count} sentences removed</source>
        <translation>{count} Sätze entfernt</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} hinzugekommen</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>{count} geändert</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>{count} entfernt</translation>
    </message>
    <message>
        <source>{changes} Carry your {review} over to the new version?</source>
        <translation>{changes} {review} in die neue Fassung übernehmen?</translation>
    </message>
    <message>
        <source>Your review was carried over to the sentences that stayed; the new and changed ones are marked as changed since your review.</source>
        <translation>Ihre Prüfung wurde auf die unveränderten Sätze übertragen; neue und geänderte Sätze sind als seit Ihrer Prüfung geändert markiert.</translation>
    </message>
    <message>
        <source>This comparison is not in the review database, which is read-only here; nothing is saved in this window.</source>
        <translation>Dieser Vergleich ist nicht in der Prüfdatenbank, die hier schreibgeschützt ist; in diesem Fenster wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The articles changed since your review: choose first whether to carry it over, start fresh or open the earlier version.</source>
        <translation>Die Artikel haben sich seit Ihrer Prüfung geändert: Bitte zuerst wählen, ob die Prüfung übernommen, neu begonnen oder die frühere Fassung geöffnet wird.</translation>
    </message>
    <message>
        <source>This is the {earlier}, shown read-only; nothing is saved.</source>
        <translation>Das ist die {earlier}, schreibgeschützt angezeigt; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Open two articles first.</source>
        <translation>Zuerst zwei Artikel öffnen.</translation>
    </message>
    <message>
        <source>Reviews are not saved in this window.</source>
        <translation>Prüfungen werden in diesem Fenster nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no saved review in this window to save.</source>
        <translation>In diesem Fenster gibt es keine gespeicherte Prüfung, die sich sichern ließe.</translation>
    </message>
    <message>
        <source>The review was not saved to {path}: {error}</source>
        <translation>Die Prüfung wurde nicht in {path} gespeichert: {error}</translation>
    </message>
    <message>
        <source>The review is saved in {path}; changes are saved there from now on.</source>
        <translation>Die Prüfung ist in {path} gespeichert; Änderungen werden ab jetzt dort gespeichert.</translation>
    </message>
    <message>
        <source>earlier version, from {when}</source>
        <translation>frühere Fassung vom {when}</translation>
    </message>
    <message>
        <source>There is no question about changed articles to answer.</source>
        <translation>Es gibt keine Frage zu geänderten Artikeln zu beantworten.</translation>
    </message>
    <message>
        <source>{error} Nothing is saved in this window.</source>
        <translation>{error} In diesem Fenster wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>{changes} A new, empty review of the new version is started; the earlier version keeps its review in the library.</source>
        <translation>{changes} Eine neue, leere Prüfung der neuen Fassung beginnt; die frühere Fassung behält ihre Prüfung in der Bibliothek.</translation>
    </message>
    <message>
        <source>The {earlier}, read-only.</source>
        <translation>Angezeigt: {earlier}, schreibgeschützt.</translation>
    </message>
    <message>
        <source>This comparison was deleted from the library; changes are not saved.</source>
        <translation>Dieser Vergleich wurde aus der Bibliothek gelöscht; Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The alignment was not saved: {error}</source>
        <translation>Die Zuordnung wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>The articles differ nowhere at this sensitivity</source>
        <translation>Bei dieser Empfindlichkeit unterscheiden sich die Artikel nirgends</translation>
    </message>
    <message>
        <source>Every sentence has a partner at this sensitivity</source>
        <translation>Bei dieser Empfindlichkeit hat jeder Satz eine Entsprechung</translation>
    </message>
    <message>
        <source>No pair disagrees at this sensitivity</source>
        <translation>Bei dieser Empfindlichkeit weicht kein Paar ab</translation>
    </message>
    <message>
        <source>No one-sided sentence came close to a link</source>
        <translation>Kein einseitiger Satz war nahe an einer Verknüpfung</translation>
    </message>
    <message>
        <source>The position was not saved: {error}</source>
        <translation>Die Position wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>The licence list is missing from this installation.</source>
        <translation>Die Lizenzliste fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>About Twofold</source>
        <translation>Über Twofold</translation>
    </message>
    <message>
        <source>Twofold {version}
Compare two news articles sentence by sentence: what both report, and what only one source says.
Licence: GPL-3.0-or-later. Qt and PySide6 are used under the LGPL-3.0; see below for how to get their source.</source>
        <translation>Twofold {version}
Vergleicht zwei Nachrichtenartikel Satz für Satz: was beide berichten und was nur eine Quelle sagt.
Lizenz: GPL-3.0-or-later. Qt und PySide6 werden unter der LGPL-3.0 verwendet; wie Sie deren Quelltext erhalten, steht unten.</translation>
    </message>
    <message>
        <source>holds no text (copy the article first)</source>
        <translation>enthält keinen Text (zuerst den Artikel kopieren)</translation>
    </message>
    <message>
        <source>Pasted page (left)</source>
        <translation>Eingefügte Seite (links)</translation>
    </message>
    <message>
        <source>Pasted page (right)</source>
        <translation>Eingefügte Seite (rechts)</translation>
    </message>
    <message>
        <source>Pasted text (left)</source>
        <translation>Eingefügter Text (links)</translation>
    </message>
    <message>
        <source>Pasted text (right)</source>
        <translation>Eingefügter Text (rechts)</translation>
    </message>
    <message>
        <source>Cannot paste: {problem}</source>
        <translation>Einfügen nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Link more sentences (lower the match threshold)</source>
        <translation>Mehr Sätze verknüpfen (Schwelle senken)</translation>
    </message>
    <message>
        <source>Link fewer sentences (raise the match threshold)</source>
        <translation>Weniger Sätze verknüpfen (Schwelle anheben)</translation>
    </message>
    <message>
        <source>Swap the left and right articles</source>
        <translation>Linken und rechten Artikel tauschen</translation>
    </message>
    <message>
        <source>Count boilerplate (donation appeals, credits) as content</source>
        <translation>Textbausteine (Spendenaufrufe, Nachweise) als Inhalt zählen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open two articles to compare (left, then right)</source>
        <translation>Zwei Artikel zum Vergleichen öffnen (erst links, dann rechts)</translation>
    </message>
    <message>
        <source>Open a web address on the left or right (downloads in the background)</source>
        <translation>Eine Webadresse links oder rechts öffnen (lädt im Hintergrund)</translation>
    </message>
    <message>
        <source>Paste the clipboard as an article into the focused side</source>
        <translation>Zwischenablage als Artikel auf der aktiven Seite einfügen</translation>
    </message>
    <message>
        <source>Save the review to a new database file and go on saving there</source>
        <translation>Prüfung in einer neuen Datenbankdatei speichern und dort weiterspeichern</translation>
    </message>
    <message>
        <source>Export the comparison with its review (HTML, PDF, Word, Markdown, CSV, JSON)</source>
        <translation>Vergleich mit Prüfung exportieren (HTML, PDF, Word, Markdown, CSV, JSON)</translation>
    </message>
    <message>
        <source>Print the comparison with its review</source>
        <translation>Vergleich mit Prüfung drucken</translation>
    </message>
    <message>
        <source>Close Twofold</source>
        <translation>Twofold beenden</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Show every keyboard shortcut</source>
        <translation>Alle Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Find and run any command by name</source>
        <translation>Jeden Befehl über seinen Namen finden und ausführen</translation>
    </message>
    <message>
        <source>About Twofold: version and licences</source>
        <translation>Über Twofold: Version und Lizenzen</translation>
    </message>
    <message>
        <source>Linking by hand</source>
        <translation>Von Hand verknüpfen</translation>
    </message>
    <message>
        <source>next</source>
        <translation>nächster</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>vorheriger</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>weniger</translation>
    </message>
    <message>
        <source>Pick the next sentence of the other article</source>
        <translation>Nächsten Satz des anderen Artikels wählen</translation>
    </message>
    <message>
        <source>Pick the previous sentence of the other article</source>
        <translation>Vorherigen Satz des anderen Artikels wählen</translation>
    </message>
    <message>
        <source>Add the following sentence too (an n:m link)</source>
        <translation>Folgenden Satz hinzunehmen (n:m-Verknüpfung)</translation>
    </message>
    <message>
        <source>Drop the last added sentence</source>
        <translation>Zuletzt hinzugenommenen Satz weglassen</translation>
    </message>
    <message>
        <source>links</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>Link the sentence to the picked ones</source>
        <translation>Satz mit den gewählten verknüpfen</translation>
    </message>
    <message>
        <source>Stop linking without a link</source>
        <translation>Verknüpfen ohne Verknüpfung beenden</translation>
    </message>
    <message>
        <source>cancels</source>
        <translation>bricht ab</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Go to the next item (pair or unique sentence)</source>
        <translation>Zum nächsten Eintrag (Paar oder Satz aus nur einer Quelle)</translation>
    </message>
    <message>
        <source>Go to the previous item</source>
        <translation>Zum vorherigen Eintrag</translation>
    </message>
    <message>
        <source>Go to the next sentence only one article has</source>
        <translation>Zum nächsten Satz, den nur ein Artikel hat</translation>
    </message>
    <message>
        <source>Go to the previous sentence only one article has</source>
        <translation>Zum vorherigen Satz, den nur ein Artikel hat</translation>
    </message>
    <message>
        <source>Go to the next pair whose sources disagree (number, date, name, ...)</source>
        <translation>Zum nächsten Paar, in dem die Quellen abweichen (Zahl, Datum, Name …)</translation>
    </message>
    <message>
        <source>Go to the previous pair whose sources disagree</source>
        <translation>Zum vorherigen Paar, in dem die Quellen abweichen</translation>
    </message>
    <message>
        <source>Go to the next sentence only one article has that came close to a link: the likeliest to be reported by the other article after all</source>
        <translation>Zum nächsten Satz, den nur ein Artikel hat und der nahe an einer Verknüpfung war: der wahrscheinlichste, den der andere Artikel doch berichtet</translation>
    </message>
    <message>
        <source>Go to the previous sentence only one article has that came close to a link</source>
        <translation>Zum vorherigen Satz, den nur ein Artikel hat und der nahe an einer Verknüpfung war</translation>
    </message>
    <message>
        <source>Switch between the left and right article</source>
        <translation>Zwischen linkem und rechtem Artikel wechseln</translation>
    </message>
    <message>
        <source>Comparing and reviewing</source>
        <translation>Vergleichen und prüfen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Go to the next item not yet reviewed</source>
        <translation>Zum nächsten noch nicht geprüften Eintrag</translation>
    </message>
    <message>
        <source>Label: {label} (again to clear)</source>
        <translation>Einstufung: {label} (nochmals: entfernen)</translation>
    </message>
    <message>
        <source>Write a note on the current item (Ctrl+Return saves, Esc cancels)</source>
        <translation>Notiz zum aktuellen Eintrag schreiben (Strg+Return speichert, Esc bricht ab)</translation>
    </message>
    <message>
        <source>Mark the current item (or the selected run) reviewed and go to the next one</source>
        <translation>Aktuellen Eintrag (oder die gewählte Folge) als geprüft markieren und weitergehen</translation>
    </message>
    <message>
        <source>Mark the rest of this paragraph reviewed (one undo step)</source>
        <translation>Rest dieses Absatzes als geprüft markieren (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Select a run of items: add the next one (Space then marks them all)</source>
        <translation>Folge von Einträgen wählen: den nächsten hinzunehmen (Leertaste markiert dann alle)</translation>
    </message>
    <message>
        <source>Select a run of items: go back one, the run shrinking or growing</source>
        <translation>Folge von Einträgen wählen: einen zurück, die Folge schrumpft oder wächst</translation>
    </message>
    <message>
        <source>Link the sentence to ones of the other article by hand (J/K, Shift+J for more, Enter)</source>
        <translation>Satz von Hand mit Sätzen des anderen Artikels verknüpfen (J/K, Umschalt+J für mehr, Enter)</translation>
    </message>
    <message>
        <source>Unlink the current pair (the aligner will not link them again)</source>
        <translation>Verknüpfung des aktuellen Paars lösen (wird nicht neu verknüpft)</translation>
    </message>
    <message>
        <source>Undo the last review action</source>
        <translation>Letzten Prüfschritt rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the review action just undone</source>
        <translation>Eben rückgängig gemachten Prüfschritt wiederholen</translation>
    </message>
    <message>
        <source>Saved comparisons: search notes, open, rename, delete</source>
        <translation>Gespeicherte Vergleiche: Notizen durchsuchen, öffnen, umbenennen, löschen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>Verneinung</translation>
    </message>
    <message>
        <source>opposite</source>
        <translation>Gegenteil</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;J&lt;/b&gt; for the next item, &lt;b&gt;U&lt;/b&gt; for the next unique sentence, or click a sentence. &lt;b&gt;?&lt;/b&gt; lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;J&lt;/b&gt; springt zum nächsten Eintrag, &lt;b&gt;U&lt;/b&gt; zum nächsten Satz aus nur einer Quelle – oder einen Satz anklicken. &lt;b&gt;?&lt;/b&gt; zeigt alle Tastenkürzel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Link by hand&lt;/b&gt; — {keys}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Von Hand verknüpfen&lt;/b&gt; — {keys}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Left {sentences}&lt;/i&gt;</source>
        <translation>&lt;i&gt;Links {sentences}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Right {sentences}&lt;/i&gt;</source>
        <translation>&lt;i&gt;Rechts {sentences}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>the left sentence is new or edited in this version of the article; look at it again.</source>
        <translation>der linke Satz ist in dieser Fassung des Artikels neu oder bearbeitet; bitte noch einmal ansehen.</translation>
    </message>
    <message>
        <source>the right sentence is new or edited in this version of the article; look at it again.</source>
        <translation>der rechte Satz ist in dieser Fassung des Artikels neu oder bearbeitet; bitte noch einmal ansehen.</translation>
    </message>
    <message>
        <source>the left and right sentence is new or edited in this version of the article; look at it again.</source>
        <translation>der linke und der rechte Satz sind in dieser Fassung des Artikels neu oder bearbeitet; bitte noch einmal ansehen.</translation>
    </message>
    <message>
        <source>Only in the left article</source>
        <translation>Nur im linken Artikel</translation>
    </message>
    <message>
        <source>Only in the right article</source>
        <translation>Nur im rechten Artikel</translation>
    </message>
    <message>
        <source>({name}) — no sentence of the other article scores {threshold:.0f} or more with it.</source>
        <translation>({name}) — kein Satz des anderen Artikels erreicht mit ihm den Wert {threshold:.0f}.</translation>
    </message>
    <message>
        <source>({name}) — the other article has no sentence reporting this.</source>
        <translation>({name}) — der andere Artikel hat keinen Satz, der das berichtet.</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{kind}&lt;/b&gt; differs: left {left} · right {right}&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{kind}&lt;/b&gt; weicht ab: links {left} · rechts {right}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ The sources disagree:&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ Die Quellen weichen voneinander ab:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No differing numbers, dates, names, persons, negations, opposites or quotes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine abweichenden Zahlen, Daten, Namen, Personen, Verneinungen, Gegenteile oder Zitate.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>linked by hand (computed similarity {score:.0f})</source>
        <translation>von Hand verknüpft (berechnete Ähnlichkeit {score:.0f})</translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation>von Hand verknüpft</translation>
    </message>
    <message>
        <source>Same fact, stated differently</source>
        <translation>Gleiche Tatsache, abweichend dargestellt</translation>
    </message>
    <message>
        <source>Same fact in both</source>
        <translation>Gleiche Tatsache in beiden</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Linked on:&lt;/i&gt; {words}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Verknüpft über:&lt;/i&gt; {words}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;{sentence} · score {score:.0f} · shared: {words} — «{sentence_text}»&lt;/li&gt;</source>
        <translation>&lt;li&gt;{sentence} · Wert {score:.0f} · gemeinsam: {words} — «{sentence_text}»&lt;/li&gt;</translation>
    </message>
    <message>
        <source>no word</source>
        <translation>kein Wort</translation>
    </message>
    <message>
        <source>{key} links it by hand.</source>
        <translation>{key} verknüpft ihn von Hand.</translation>
    </message>
    <message>
        <source>Closest in {name}, not linked:</source>
        <translation>Am nächsten in {name}, nicht verknüpft:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Worth checking:&lt;/b&gt; it came close to a link.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prüfenswert:&lt;/b&gt; Er war nahe an einer Verknüpfung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>score &lt;b&gt;{score:.0f}&lt;/b&gt; / 100</source>
        <translation>Wert &lt;b&gt;{score:.0f}&lt;/b&gt; / 100</translation>
    </message>
    <message>
        <source>No review database is open.</source>
        <translation>Keine Prüfdatenbank geöffnet.</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Include items not yet reviewed</source>
        <translation>Auch noch nicht geprüfte Einträge aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF)</source>
        <translation>&amp;Papier (PDF)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben …</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>{listed} of {total} items will be listed ({reviewed} reviewed)</source>
        <translation>{listed} von {total} Einträgen werden aufgeführt ({reviewed} geprüft)</translation>
    </message>
    <message>
        <source> — nothing is reviewed yet, tick the box above to list every item</source>
        <translation> — noch nichts geprüft; das Kästchen oben ankreuzen, um alle Einträge aufzuführen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Nothing to export yet: open two articles first.</source>
        <translation>Noch nichts zu exportieren: zuerst zwei Artikel öffnen.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Eine Datei für den Export wählen.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} gibt es in {folder} schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another file or folder.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Bitte eine andere Datei oder einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Nothing to export yet: open two articles first</source>
        <translation>Noch nichts zu exportieren: zuerst zwei Artikel öffnen</translation>
    </message>
    <message>
        <source>&amp;Language (from the next start)</source>
        <translation>&amp;Sprache (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>The language changes when Twofold starts next.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Twofold.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Count boilerplate as content</source>
        <translation>Textbausteine als Inhalt zählen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Left article</source>
        <translation>Linker Artikel</translation>
    </message>
    <message>
        <source>Unique sentences in the left article</source>
        <translation>Sätze nur im linken Artikel</translation>
    </message>
    <message>
        <source>Right article</source>
        <translation>Rechter Artikel</translation>
    </message>
    <message>
        <source>Unique sentences in the right article</source>
        <translation>Sätze nur im rechten Artikel</translation>
    </message>
    <message>
        <source>Sensitivity: how alike two sentences must be to be linked (+ / -)</source>
        <translation>Empfindlichkeit: wie ähnlich zwei Sätze sein müssen, um verknüpft zu werden (+ / -)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>Aligning… %p %</source>
        <translation>Zuordnung … %p %</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Abgelegter Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>open in this window</source>
        <translation>in diesem Fenster geöffnet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>{reviewed} / {total} reviewed</source>
        <translation>{reviewed} / {total} geprüft</translation>
    </message>
    <message>
        <source> · {count} annotated</source>
        <translation> · {count} mit Anmerkung</translation>
    </message>
    <message>
        <source> · {count} versions</source>
        <translation> · {count} Fassungen</translation>
    </message>
    <message>
        <source>current, to go on reviewing</source>
        <translation>aktuell, zum Weiterprüfen</translation>
    </message>
    <message>
        <source>earlier, opens read-only</source>
        <translation>früher, öffnet schreibgeschützt</translation>
    </message>
    <message>
        <source>Version {number} · from {when} · {annotated} annotated · {what}</source>
        <translation>Fassung {number} · vom {when} · {annotated} mit Anmerkung · {what}</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Gespeicherte Vergleiche</translation>
    </message>
    <message>
        <source>Search titles, sources, article text, notes and labels…</source>
        <translation>Titel, Quellen, Artikeltext, Notizen und Einstufungen durchsuchen …</translation>
    </message>
    <message>
        <source>Versions of this comparison (an article changed since):</source>
        <translation>Fassungen dieses Vergleichs (ein Artikel hat sich seitdem geändert):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the comparison (Enter)</source>
        <translation>Vergleich öffnen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Edit the title (F2)</source>
        <translation>Titel bearbeiten (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the comparison and its review (Del)</source>
        <translation>Vergleich samt Prüfung löschen (Entf)</translation>
    </message>
    <message>
        <source>Open &amp;version</source>
        <translation>&amp;Fassung öffnen</translation>
    </message>
    <message>
        <source>Open the version chosen below</source>
        <translation>Die unten gewählte Fassung öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing saved matches “{query}”.</source>
        <translation>Nichts Gespeichertes passt zu „{query}“.</translation>
    </message>
    <message>
        <source>No saved comparisons yet.</source>
        <translation>Noch keine gespeicherten Vergleiche.</translation>
    </message>
    <message>
        <source>The comparison was not renamed: {error}</source>
        <translation>Der Vergleich wurde nicht umbenannt: {error}</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Vergleich löschen</translation>
    </message>
    <message>
        <source>Delete “{title}” with all its labels, notes and links? This cannot be undone.</source>
        <translation>„{title}“ mit allen Einstufungen, Notizen und Verknüpfungen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The comparison was not deleted: {error}</source>
        <translation>Der Vergleich wurde nicht gelöscht: {error}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What to check, who to call, why it matters…</source>
        <translation>Was zu prüfen ist, wen man anrufen muss, warum es wichtig ist …</translation>
    </message>
    <message>
        <source>Save ({keys})</source>
        <translation>Speichern ({keys})</translation>
    </message>
    <message>
        <source>Discard this note? What you wrote is not saved.</source>
        <translation>Diese Notiz verwerfen? Was Sie geschrieben haben, wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot use “{title}”: {problem}</source>
        <translation>„{title}“ ist nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <source>Choose two articles: left, then right</source>
        <translation>Zwei Artikel wählen: erst links, dann rechts</translation>
    </message>
    <message>
        <source>Choose the right-hand article</source>
        <translation>Den rechten Artikel wählen</translation>
    </message>
    <message>
        <source>Cannot open {name}: {problem}</source>
        <translation>{name} lässt sich nicht öffnen: {problem}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Press any key or click to close</source>
        <translation>Zum Schließen eine beliebige Taste drücken oder klicken</translation>
    </message>
    <message>
        <source>Where this article&apos;s unique sentences are; click to jump</source>
        <translation>Wo die Sätze stehen, die nur dieser Artikel hat; Klick springt hin</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Type to filter commands…</source>
        <translation>Tippen, um Befehle zu filtern …</translation>
    </message>
    <message>
        <source>Drop an article file here, paste one with Ctrl+Shift+V, or open two with Ctrl+O.</source>
        <translation>Eine Artikeldatei hier ablegen, mit Strg+Umschalt+V einen einfügen oder mit Strg+O zwei öffnen.</translation>
    </message>
    <message>
        <source>Still aligning — {key} works in a moment</source>
        <translation>Zuordnung läuft noch — {key} wirkt gleich</translation>
    </message>
    <message>
        <source>Reading the articles…</source>
        <translation>Die Artikel werden gelesen …</translation>
    </message>
    <message>
        <source>Aligning the articles…</source>
        <translation>Die Artikel werden zugeordnet …</translation>
    </message>
    <message>
        <source> Waiting: &lt;b&gt;{keys}&lt;/b&gt;.</source>
        <translation> Wartet: &lt;b&gt;{keys}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;p&gt;{doing} Keys you press now (&lt;b&gt;J&lt;/b&gt;, &lt;b&gt;K&lt;/b&gt;, &lt;b&gt;U&lt;/b&gt;, &lt;b&gt;{space}&lt;/b&gt;, &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt;) are applied as soon as the comparison is ready.{waiting}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{doing} Tasten, die Sie jetzt drücken (&lt;b&gt;J&lt;/b&gt;, &lt;b&gt;K&lt;/b&gt;, &lt;b&gt;U&lt;/b&gt;, &lt;b&gt;{space}&lt;/b&gt;, &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt;), wirken, sobald der Vergleich fertig ist.{waiting}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open two articles to compare: &lt;b&gt;{open}&lt;/b&gt;, drop a file on each side, or paste one with &lt;b&gt;{paste}&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zwei Artikel zum Vergleichen öffnen: &lt;b&gt;{open}&lt;/b&gt;, auf jeder Seite eine Datei ablegen oder einen mit &lt;b&gt;{paste}&lt;/b&gt; einfügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print comparison</source>
        <translation>Vergleich drucken</translation>
    </message>
    <message>
        <source>Nothing to print yet: open two articles first</source>
        <translation>Noch nichts zu drucken: zuerst zwei Artikel öffnen</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt …</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
    <message>
        <source>Sent to {target}</source>
        <translation>Gesendet an {target}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>typed, pasted or dropped text (no file)</source>
        <translation>getippter, eingefügter oder abgelegter Text (keine Datei)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>{what} from the clipboard</source>
        <translation>{what} aus der Zwischenablage</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>Endgültige Adresse</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>{language}, {count} sentences</source>
        <translation>{language}, {count} Sätze</translation>
    </message>
    <message>
        <source>Open a file (Ctrl+O), a web address (Ctrl+Shift+O), drop one here or paste text</source>
        <translation>Eine Datei (Strg+O) oder Webadresse (Strg+Umschalt+O) öffnen, hier ablegen oder Text einfügen</translation>
    </message>
    <message>
        <source>Save review as…</source>
        <translation>Prüfung speichern unter …</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Twofold review (*.db)</source>
        <translation>Twofold-Prüfung (*.db)</translation>
    </message>
    <message>
        <source>{message}

Save the review to a new file before closing?</source>
        <translation>{message}

Die Prüfung vor dem Schließen in einer neuen Datei speichern?</translation>
    </message>
    <message>
        <source>{name} — {count} sentences ({language})</source>
        <translation>{name} — {count} Sätze ({language})</translation>
    </message>
    <message>
        <source>Left: {what}</source>
        <translation>Links: {what}</translation>
    </message>
    <message>
        <source>Right: {what}</source>
        <translation>Rechts: {what}</translation>
    </message>
    <message>
        <source>Left: fetching {address} …</source>
        <translation>Links: {address} wird geladen …</translation>
    </message>
    <message>
        <source>Right: fetching {address} …</source>
        <translation>Rechts: {address} wird geladen …</translation>
    </message>
    <message>
        <source>Left: reading {address} …</source>
        <translation>Links: {address} wird gelesen …</translation>
    </message>
    <message>
        <source>Right: reading {address} …</source>
        <translation>Rechts: {address} wird gelesen …</translation>
    </message>
    <message>
        <source>Left: drop or paste an article here</source>
        <translation>Links: hier einen Artikel ablegen oder einfügen</translation>
    </message>
    <message>
        <source>Right: drop or paste an article here</source>
        <translation>Rechts: hier einen Artikel ablegen oder einfügen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{progress} · {earlier}, read-only</source>
        <translation>{progress} · {earlier}, schreibgeschützt</translation>
    </message>
    <message>
        <source>{progress} · read-only</source>
        <translation>{progress} · schreibgeschützt</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>Zuordnung läuft …</translation>
    </message>
    <message>
        <source>Open two articles to compare</source>
        <translation>Zwei Artikel zum Vergleichen öffnen</translation>
    </message>
    <message>
        <source>item {number} of {count} · </source>
        <translation>Eintrag {number} von {count} · </translation>
    </message>
    <message>
        <source>differences only · {position}</source>
        <translation>nur Unterschiede · {position}</translation>
    </message>
    <message>
        <source>none disagree</source>
        <translation>keines weicht ab</translation>
    </message>
    <message>
        <source>1 pair disagrees</source>
        <translation>1 Paar weicht ab</translation>
    </message>
    <message>
        <source>{count} pairs disagree</source>
        <translation>{count} Paare weichen ab</translation>
    </message>
    <message>
        <source>{left:.0f} % of the left article is in the right one · {right:.0f} % of the right is in the left · only left: {only_left} · only right: {only_right} · {disagreeing}</source>
        <translation>{left:.0f} % des linken Artikels stehen im rechten · {right:.0f} % des rechten im linken · nur links: {only_left} · nur rechts: {only_right} · {disagreeing}</translation>
    </message>
    <message>
        <source>links at score ≥ {threshold:.0f} · 1 pair</source>
        <translation>verknüpft ab Wert {threshold:.0f} · 1 Paar</translation>
    </message>
    <message>
        <source>links at score ≥ {threshold:.0f} · {pairs} pairs</source>
        <translation>verknüpft ab Wert {threshold:.0f} · {pairs} Paare</translation>
    </message>
    <message>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Artikel ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the download; the article shown stays</source>
        <translation>Nicht länger auf den Download warten; der angezeigte Artikel bleibt</translation>
    </message>
    <message>
        <source>Reading {count} articles…</source>
        <translation>{count} Artikel werden gelesen …</translation>
    </message>
    <message>
        <source>Fetching {address}…</source>
        <translation>{address} wird geladen …</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen …</translation>
    </message>
    <message>
        <source>Open web address</source>
        <translation>Webadresse öffnen</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Open on the</source>
        <translation>Öffnen auf der Seite</translation>
    </message>
    <message>
        <source>The page is downloaded once; its text and address are kept with it.</source>
        <translation>Die Seite wird einmal geladen; ihr Text und ihre Adresse werden mit ihr gespeichert.</translation>
    </message>
    <message>
        <source>Alignment failed: {error}</source>
        <translation>Zuordnung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>The quotations could not be checked: {error}</source>
        <translation>Die Zitate ließen sich nicht prüfen: {error}</translation>
    </message>
    <message>
        <source>Preparing the German word list (first time only)…</source>
        <translation>Die deutsche Wortliste wird vorbereitet (nur beim ersten Mal) …</translation>
    </message>
    <message>
        <source>Preparing the English word list (first time only)…</source>
        <translation>Die englische Wortliste wird vorbereitet (nur beim ersten Mal) …</translation>
    </message>
    <message>
        <source>Corroborated (both say it)</source>
        <translation>Bestätigt (beide berichten es)</translation>
    </message>
    <message>
        <source>Contradiction</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Framing or emphasis differs</source>
        <translation>Andere Gewichtung oder Deutung</translation>
    </message>
    <message>
        <source>Needs verification</source>
        <translation>Muss geprüft werden</translation>
    </message>
    <message>
        <source>Irrelevant or boilerplate</source>
        <translation>Unerheblich oder Textbaustein</translation>
    </message>
    <message>
        <source>In both (darker = closer)</source>
        <translation>In beiden (dunkler = ähnlicher)</translation>
    </message>
    <message>
        <source>Only left</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Only right</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>In both, stated differently</source>
        <translation>In beiden, aber abweichend</translation>
    </message>
    <message>
        <source>Boilerplate (not counted)</source>
        <translation>Textbaustein (nicht gezählt)</translation>
    </message>
    <message>
        <source>Boilerplate (counted as content)</source>
        <translation>Textbaustein (als Inhalt gezählt)</translation>
    </message>
    <message>
        <source>{glyph} reviewed</source>
        <translation>{glyph} geprüft</translation>
    </message>
    <message>
        <source>the other article has the same words</source>
        <translation>der andere Artikel hat dieselben Worte</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <source>the other article has it with words changed</source>
        <translation>der andere Artikel hat es mit geänderten Worten</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <source>the other article says it in other words</source>
        <translation>der andere Artikel sagt es mit anderen Worten</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>sinngemäß</translation>
    </message>
    <message>
        <source>the other article gives it to someone else</source>
        <translation>der andere Artikel schreibt es jemand anderem zu</translation>
    </message>
    <message>
        <source>attributed differently</source>
        <translation>anders zugeschrieben</translation>
    </message>
    <message>
        <source>the other article does not have it</source>
        <translation>der andere Artikel hat es nicht</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>{glyph} {verdict}: {meaning}</source>
        <translation>{glyph} {verdict}: {meaning}</translation>
    </message>
    <message>
        <source>{line} (there: {speaker})</source>
        <translation>{line} (dort: {speaker})</translation>
    </message>
    <message>
        <source>Sentences longer than {limit:,} characters are compared in pieces of at most that length</source>
        <translation>Sätze mit mehr als {limit:,} Zeichen werden in Stücken von höchstens dieser Länge verglichen</translation>
    </message>
    <message>
        <source>Part of a sentence longer than {limit:,} characters: compared in pieces of at most that length</source>
        <translation>Teil eines Satzes mit mehr als {limit:,} Zeichen: in Stücken von höchstens dieser Länge verglichen</translation>
    </message>
    <message>
        <source>left {count:,}</source>
        <translation>links {count:,}</translation>
    </message>
    <message>
        <source>right {count:,}</source>
        <translation>rechts {count:,}</translation>
    </message>
    <message>
        <source>{note} ({sides})</source>
        <translation>{note} ({sides})</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <source>have {left:,} and {right:,} sentences, {pairs:,} pairs to score; Twofold scores at most {limit:,} at once (such as {side:,} × {side:,} sentences)</source>
        <translation>haben {left:,} und {right:,} Sätze, also {pairs:,} zu bewertende Paare; Twofold bewertet höchstens {limit:,} auf einmal (etwa {side:,} × {side:,} Sätze)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>is an old Word (.doc) file; save it as .docx first</source>
        <translation>eine alte Word-Datei (.doc); bitte zuerst als .docx speichern</translation>
    </message>
    <message>
        <source>looks like binary data, not text</source>
        <translation>sieht nach Binärdaten aus, nicht nach Text</translation>
    </message>
    <message>
        <source>is too large ({size}; the limit is {limit})</source>
        <translation>zu groß ({size}; die Grenze liegt bei {limit})</translation>
    </message>
    <message>
        <source>is too large (the limit is {limit})</source>
        <translation>zu groß (die Grenze liegt bei {limit})</translation>
    </message>
    <message>
        <source>no such file (write web addresses with https://)</source>
        <translation>keine solche Datei (Webadressen mit https:// schreiben)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>nicht lesbar ({detail})</translation>
    </message>
    <message>
        <source>no article text found on the page</source>
        <translation>kein Artikeltext auf der Seite gefunden</translation>
    </message>
    <message>
        <source>the article could not be found within {time} (the page is too complex)</source>
        <translation>der Artikel war nicht innerhalb von {time} zu finden (die Seite ist zu verschachtelt)</translation>
    </message>
    <message>
        <source>could not be read as a web page ({error})</source>
        <translation>nicht als Webseite lesbar ({error})</translation>
    </message>
    <message>
        <source>is too large a page to find the article in ({size} of markup without scripts; the limit is {limit})</source>
        <translation>eine zu große Seite, um den Artikel darin zu finden ({size} Markup ohne Skripte; die Grenze liegt bei {limit})</translation>
    </message>
    <message>
        <source>has too many elements to find the article in ({count:,}; the limit is {limit:,})</source>
        <translation>zu viele Elemente, um den Artikel darin zu finden ({count:,}; die Grenze liegt bei {limit:,})</translation>
    </message>
    <message>
        <source>Twofold needs the cryptography package to open it (pip install cryptography)</source>
        <translation>Twofold braucht zum Öffnen das Paket cryptography (pip install cryptography)</translation>
    </message>
    <message>
        <source>has no text layer; it needs OCR first</source>
        <translation>ohne Textebene; erst eine Texterkennung (OCR) ist nötig</translation>
    </message>
    <message>
        <source>is password protected</source>
        <translation>passwortgeschützt</translation>
    </message>
    <message>
        <source>took longer than {time} to read ({read} of {pages} pages)</source>
        <translation>Lesen dauerte länger als {time} ({read} von {pages} Seiten)</translation>
    </message>
    <message>
        <source>is encrypted with AES; {hint}</source>
        <translation>mit AES verschlüsselt; {hint}</translation>
    </message>
    <message>
        <source>is not a readable PDF (nested too deeply)</source>
        <translation>kein lesbares PDF (zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>is not a readable PDF ({detail})</source>
        <translation>kein lesbares PDF ({detail})</translation>
    </message>
    <message>
        <source>is not a web page, text or PDF ({type})</source>
        <translation>weder Webseite noch Text noch PDF ({type})</translation>
    </message>
    <message>
        <source>the server answered {code} {reason}</source>
        <translation>der Server antwortete {code} {reason}</translation>
    </message>
    <message>
        <source>is not a valid web address</source>
        <translation>keine gültige Webadresse</translation>
    </message>
    <message>
        <source>the server broke off the connection after {got}; try again</source>
        <translation>der Server brach die Verbindung nach {got} ab; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>the server broke off the connection after {got} of the {declared} announced; try again</source>
        <translation>der Server brach die Verbindung nach {got} der angekündigten {declared} ab; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>took longer than {time} to answer</source>
        <translation>Antwort dauerte länger als {time}</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>ohne Schema</translation>
    </message>
    <message>
        <source>only http and https addresses can be opened, not {scheme}</source>
        <translation>nur http- und https-Adressen lassen sich öffnen, nicht {scheme}</translation>
    </message>
    <message>
        <source>is not a valid web address (no host name)</source>
        <translation>keine gültige Webadresse (kein Hostname)</translation>
    </message>
    <message>
        <source>redirected more than {count} times</source>
        <translation>mehr als {count}-mal weitergeleitet</translation>
    </message>
    <message>
        <source>redirected to an address that is not http or https</source>
        <translation>an eine Adresse weitergeleitet, die nicht http oder https ist</translation>
    </message>
    <message>
        <source>the server could not be found (check the address and the internet connection)</source>
        <translation>der Server wurde nicht gefunden (Adresse und Internetverbindung prüfen)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the secure connection failed (certificate or TLS problem)</source>
        <translation>die sichere Verbindung ist gescheitert (Zertifikat- oder TLS-Problem)</translation>
    </message>
    <message>
        <source>the server broke off the connection</source>
        <translation>der Server hat die Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>could not be reached ({detail})</source>
        <translation>nicht erreichbar ({detail})</translation>
    </message>
    <message>
        <source>is not a readable Word (.docx) file</source>
        <translation>keine lesbare Word-Datei (.docx)</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation>ohne Text</translation>
    </message>
    <message>
        <source>{count} parts</source>
        <translation>{count} Teile</translation>
    </message>
    <message>
        <source>unpacks to {size}, more than a Word article can hold (the limit is {limit} in {parts} parts)</source>
        <translation>entpackt {size}, mehr als ein Word-Artikel enthalten kann (die Grenze liegt bei {limit} in {parts} Teilen)</translation>
    </message>
    <message>
        <source>has more than {count:,} paragraphs and tables</source>
        <translation>mehr als {count:,} Absätze und Tabellen</translation>
    </message>
    <message>
        <source>is not a readable Word (.docx) file (it has no {part})</source>
        <translation>keine lesbare Word-Datei (.docx) (es fehlt {part})</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 Einstufung</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>1 reviewed mark</source>
        <translation>1 Prüfvermerk</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} Einstufungen</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} Notizen</translation>
    </message>
    <message>
        <source>{count} reviewed marks</source>
        <translation>{count} Prüfvermerke</translation>
    </message>
    <message>
        <source>a merged pair</source>
        <translation>einem zusammengelegten Paar</translation>
    </message>
    <message>
        <source>a merged item</source>
        <translation>einem zusammengelegten Eintrag</translation>
    </message>
    <message>
        <source>merged pairs</source>
        <translation>zusammengelegten Paaren</translation>
    </message>
    <message>
        <source>merged items</source>
        <translation>zusammengelegten Einträgen</translation>
    </message>
    <message>
        <source>{what} now sits on {where}</source>
        <translation>{what} sitzt jetzt auf {where}</translation>
    </message>
    <message>
        <source>{what} now sit on {where}</source>
        <translation>{what} sitzen jetzt auf {where}</translation>
    </message>
    <message>
        <source>{what} now shows on each part of a split item</source>
        <translation>{what} erscheint jetzt auf jedem Teil eines geteilten Eintrags</translation>
    </message>
    <message>
        <source>{what} now show on each part of a split item</source>
        <translation>{what} erscheinen jetzt auf jedem Teil eines geteilten Eintrags</translation>
    </message>
    <message>
        <source>a pair shows {count} labels: {labels}</source>
        <translation>ein Paar zeigt {count} Einstufungen: {labels}</translation>
    </message>
    <message>
        <source>an item shows {count} labels: {labels}</source>
        <translation>ein Eintrag zeigt {count} Einstufungen: {labels}</translation>
    </message>
    <message>
        <source>This comparison is no longer in the review database.</source>
        <translation>Dieser Vergleich ist nicht mehr in der Prüfdatenbank.</translation>
    </message>
    <message>
        <source>Comparison {id} is not in the review database.</source>
        <translation>Vergleich {id} ist nicht in der Prüfdatenbank.</translation>
    </message>
    <message>
        <source>Another Twofold window is using {name}; it can only be opened read-only.</source>
        <translation>Ein anderes Twofold-Fenster benutzt {name}; die Datei lässt sich nur schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Twofold; update Twofold to open it (the file was not changed).</source>
        <translation>{name} wurde von einer neueren Twofold-Version gespeichert; zum Öffnen Twofold aktualisieren (die Datei wurde nicht verändert).</translation>
    </message>
    <message>
        <source>{name} belongs to another program, not Twofold; choose another file.</source>
        <translation>{name} gehört zu einem anderen Programm, nicht zu Twofold; bitte eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read{detail}.</source>
        <translation>{name} ist beschädigt und nicht lesbar{detail}.</translation>
    </message>
    <message>
        <source>{name} is not a review database (not an SQLite file); it was left as it is. Choose another file.</source>
        <translation>{name} ist keine Prüfdatenbank (keine SQLite-Datei); sie blieb unverändert. Bitte eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>{name} ist nicht beschreibbar ({reason}).</translation>
    </message>
    <message>
        <source>another Twofold window is using it</source>
        <translation>ein anderes Twofold-Fenster benutzt sie</translation>
    </message>
    <message>
        <source>This review is open read-only because {reason}; changes are not saved.</source>
        <translation>Diese Prüfung ist schreibgeschützt geöffnet – Grund: {reason}; Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>{name} {what} while Twofold was using it, so changes can no longer be saved there. The last change is not in it. Save the review to a new file (File → Save review as…).</source>
        <translation>{name} {what}, während Twofold sie benutzte; Änderungen lassen sich dort nicht mehr speichern. Die letzte Änderung ist nicht darin. Bitte die Prüfung in einer neuen Datei speichern (Datei → Prüfung speichern unter …).</translation>
    </message>
    <message>
        <source>{name} {what} while Twofold was using it, so changes can no longer be saved there. Save the review to a new file (File → Save review as…).</source>
        <translation>{name} {what}, während Twofold sie benutzte; Änderungen lassen sich dort nicht mehr speichern. Bitte die Prüfung in einer neuen Datei speichern (Datei → Prüfung speichern unter …).</translation>
    </message>
    <message>
        <source>This article is no longer in the review database.</source>
        <translation>Dieser Artikel ist nicht mehr in der Prüfdatenbank.</translation>
    </message>
    <message>
        <source>Could not save the change: {detail}.</source>
        <translation>Die Änderung ließ sich nicht speichern: {detail}.</translation>
    </message>
    <message>
        <source>was deleted or moved away</source>
        <translation>wurde gelöscht oder verschoben</translation>
    </message>
    <message>
        <source>was replaced by another file</source>
        <translation>wurde durch eine andere Datei ersetzt</translation>
    </message>
    <message>
        <source>was cut short by another program</source>
        <translation>wurde von einem anderen Programm gekürzt</translation>
    </message>
    <message>
        <source>was changed by another program</source>
        <translation>wurde von einem anderen Programm verändert</translation>
    </message>
    <message>
        <source>lost its write-ahead log ({name})</source>
        <translation>hat ihr Write-Ahead-Log verloren ({name})</translation>
    </message>
    <message>
        <source>became unwritable ({reason})</source>
        <translation>wurde schreibgeschützt ({reason})</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}.</source>
        <translation>{path} ist nicht verwendbar: {error}.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {error}.</source>
        <translation>{path} lässt sich nicht öffnen: {error}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason})</source>
        <translation>{name} ist nicht beschreibbar ({reason})</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON-Daten</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>{name} exists already; choose a new file name.</source>
        <translation>{name} gibt es schon; bitte einen neuen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>replayed over it, it makes the file unreadable ({error})</source>
        <translation>darüber eingespielt, macht es die Datei unlesbar ({error})</translation>
    </message>
    <message>
        <source>it was written in a later session, on another copy of the file</source>
        <translation>es wurde in einer späteren Sitzung auf einer anderen Kopie der Datei geschrieben</translation>
    </message>
    <message>
        <source>&amp;Carry over</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Start fresh</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Open the earlier version</source>
        <translation>&amp;Frühere Fassung öffnen</translation>
    </message>
    <message>
        <source>Carry over: labels, notes and links move to the sentences that stayed; the new and changed ones are marked. Start fresh: an empty review of the new version. Open the earlier version: the text you reviewed, read-only. The earlier version always stays in the library.</source>
        <translation>Übernehmen: Einstufungen, Notizen und Verknüpfungen wandern zu den unveränderten Sätzen; neue und geänderte Sätze werden markiert. Neu beginnen: eine leere Prüfung der neuen Fassung. Frühere Fassung öffnen: der geprüfte Text, schreibgeschützt. Die frühere Fassung bleibt immer in der Bibliothek.</translation>
    </message>
    <message>
        <source>Articles changed since your review</source>
        <translation>Artikel seit Ihrer Prüfung geändert</translation>
    </message>
    <message>
        <source>Showing everything again</source>
        <translation>Wieder alles sichtbar</translation>
    </message>
    <message>
        <source>Differences only, once the articles are aligned</source>
        <translation>Nur Unterschiede, sobald die Artikel zugeordnet sind</translation>
    </message>
    <message>
        <source>Differences only: 1 item shown, {folded} that both report alike folded away (F shows everything)</source>
        <translation>Nur Unterschiede: 1 Eintrag sichtbar, {folded}, die beide gleich berichten, eingeklappt (F zeigt alles)</translation>
    </message>
    <message>
        <source>Differences only: {shown} items shown, {folded} that both report alike folded away (F shows everything)</source>
        <translation>Nur Unterschiede: {shown} Einträge sichtbar, {folded}, die beide gleich berichten, eingeklappt (F zeigt alles)</translation>
    </message>
    <message>
        <source>Nothing to find: press Ctrl+F and type a word</source>
        <translation>Nichts zu suchen: Strg+F drücken und ein Wort eingeben</translation>
    </message>
    <message>
        <source>“{query}” is in neither article</source>
        <translation>„{query}“ steht in keinem der Artikel</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>keine Treffer</translation>
    </message>
    <message>
        <source>{number} of {count} (left {left} · right {right})</source>
        <translation>{number} von {count} (links {left} · rechts {right})</translation>
    </message>
    <message>
        <source>{count} items selected: Space marks them reviewed, J or K drops the run</source>
        <translation>{count} Einträge gewählt: Leertaste markiert sie als geprüft, J oder K hebt die Auswahl auf</translation>
    </message>
    <message>
        <source>Marked {count} items reviewed</source>
        <translation>{count} Einträge als geprüft markiert</translation>
    </message>
    <message>
        <source>Marked the rest of this paragraph reviewed ({count} items)</source>
        <translation>Rest des Absatzes als geprüft markiert ({count} Einträge)</translation>
    </message>
    <message>
        <source>⋯ 1 sentence folded away (F shows them) ⋯</source>
        <translation>⋯ 1 Satz eingeklappt (F zeigt ihn) ⋯</translation>
    </message>
    <message>
        <source>⋯ {count} sentences folded away (F shows them) ⋯</source>
        <translation>⋯ {count} Sätze eingeklappt (F zeigt sie) ⋯</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find a word or phrase in both articles; shows how many matches</source>
        <translation>Ein Wort oder eine Wendung in beiden Artikeln suchen; zeigt die Zahl der Treffer</translation>
    </message>
    <message>
        <source>Go to the next match of the search</source>
        <translation>Zum nächsten Treffer der Suche</translation>
    </message>
    <message>
        <source>Go to the previous match of the search</source>
        <translation>Zum vorherigen Treffer der Suche</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Larger text in the articles and the detail panel</source>
        <translation>Größere Schrift in den Artikeln und im Detailbereich</translation>
    </message>
    <message>
        <source>Smaller text in the articles and the detail panel</source>
        <translation>Kleinere Schrift in den Artikeln und im Detailbereich</translation>
    </message>
    <message>
        <source>Text at the system&apos;s size again</source>
        <translation>Schrift wieder in Systemgröße</translation>
    </message>
    <message>
        <source>Show or hide the item details below the articles</source>
        <translation>Details zum Eintrag unter den Artikeln zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Differences only: fold away what both articles report alike (again shows everything)</source>
        <translation>Nur Unterschiede: einklappen, was beide Artikel gleich berichten (nochmals: alles zeigen)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>a word or phrase in either article</source>
        <translation>ein Wort oder eine Wendung in einem der Artikel</translation>
    </message>
    <message>
        <source>Find in both articles</source>
        <translation>In beiden Artikeln suchen</translation>
    </message>
    <message>
        <source>Previous match ({keys})</source>
        <translation>Vorheriger Treffer ({keys})</translation>
    </message>
    <message>
        <source>Next match ({keys})</source>
        <translation>Nächster Treffer ({keys})</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Item details shown</source>
        <translation>Details zum Eintrag sichtbar</translation>
    </message>
    <message>
        <source>Item details hidden (I shows them)</source>
        <translation>Details zum Eintrag verborgen (I zeigt sie)</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Davor:</translation>
    </message>
    <message>
        <source> — read-only</source>
        <translation> — schreibgeschützt</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>Zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <source>The other Twofold closed: save labels, notes and links again</source>
        <translation>Das andere Twofold wurde geschlossen: Einstufungen, Notizen und Verknüpfungen wieder speichern</translation>
    </message>
    <message>
        <source>Open for editing: changes are saved in {name}</source>
        <translation>Zum Bearbeiten geöffnet: Änderungen werden in {name} gespeichert</translation>
    </message>
    <message>
        <source>Text size {size:g} pt</source>
        <translation>Schriftgröße {size:g} pt</translation>
    </message>
    <message>
        <source>Text size {size:g} pt (the system&apos;s)</source>
        <translation>Schriftgröße {size:g} pt (die des Systems)</translation>
    </message>
    <message>
        <source>The quotations are still being checked — a moment</source>
        <translation>Die Zitate werden noch geprüft — einen Moment</translation>
    </message>
    <message>
        <source>Neither article has a quotation</source>
        <translation>Keiner der Artikel enthält ein Zitat</translation>
    </message>
    <message>
        <source>Still aligning: the quotation is shown once it is done</source>
        <translation>Zuordnung läuft noch: Das Zitat erscheint, sobald sie fertig ist</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Go to the next quotation: who said it, and what the other article has</source>
        <translation>Zum nächsten Zitat: wer es sagte und was der andere Artikel hat</translation>
    </message>
    <message>
        <source>Go to the previous quotation</source>
        <translation>Zum vorherigen Zitat</translation>
    </message>
    <message>
        <source>Show the quotations list and go into it (Enter goes to one, Esc back)</source>
        <translation>Zitatliste zeigen und hineingehen (Enter springt zu einem, Esc zurück)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Neither article has a quotation.</source>
        <translation>Keiner der Artikel enthält ein Zitat.</translation>
    </message>
    <message>
        <source>Quotations (checking…)</source>
        <translation>Zitate (werden geprüft …)</translation>
    </message>
    <message>
        <source>Quotations ({count})</source>
        <translation>Zitate ({count})</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>Sprecher unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>&lt;i&gt;Differs:&lt;/i&gt; {words}</source>
        <translation>&lt;i&gt;Abweichend:&lt;/i&gt; {words}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Words that differ:&lt;/i&gt; {words}</source>
        <translation>&lt;br&gt;&lt;i&gt;Abweichende Wörter:&lt;/i&gt; {words}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;… and {count} more quotations in this item (all in the list).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;… und {count} weitere Zitate in diesem Eintrag (alle in der Liste).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
</TS>
