<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message numerus="yes">
        <source>No entries: all %n rows or events with content were skipped (the warnings below say why).</source>
        <translation>
            <numerusform>Keine Einträge: Die einzige Zeile bzw. der einzige Termin mit Inhalt wurde übersprungen (die Warnungen unten sagen, warum).</numerusform>
            <numerusform>Keine Einträge: Alle %n Zeilen oder Termine mit Inhalt wurden übersprungen (die Warnungen unten sagen, warum).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No entries: the file is empty now, so its %n earlier entries were removed.</source>
        <translation>
            <numerusform>Keine Einträge: Die Datei ist jetzt leer, daher wurde ihr einziger früherer Eintrag entfernt.</numerusform>
            <numerusform>Keine Einträge: Die Datei ist jetzt leer, daher wurden ihre %n früheren Einträge entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n files imported</source>
        <translation>
            <numerusform>{imported} von %n Datei importiert</numerusform>
            <numerusform>{imported} von %n Dateien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave no entries</source>
        <translation>
            <numerusform>%n ergab keine Einträge</numerusform>
            <numerusform>%n ergaben keine Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As Masthead reads them with this mapping: %n entries</source>
        <translation>
            <numerusform>So liest Masthead sie mit dieser Zuordnung: %n Eintrag</numerusform>
            <numerusform>So liest Masthead sie mit dieser Zuordnung: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({events} of %n events)</source>
        <translation>
            <numerusform>({events} von %n Termin)</numerusform>
            <numerusform>({events} von %n Terminen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} saved: %n entries</source>
        <translation>
            <numerusform>{what} gespeichert: %n Eintrag</numerusform>
            <numerusform>{what} gespeichert: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} und %n weitere</numerusform>
            <numerusform>{files} und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would give %n entries.</source>
        <translation>
            <numerusform>Das ergäbe %n Eintrag.</numerusform>
            <numerusform>Das ergäbe %n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more lines</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n week(s)</source>
        <translation>
            <numerusform>%n Woche drucken</numerusform>
            <numerusform>%n Wochen drucken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}</source>
        <translation>
            <numerusform>%n Seite in {path} gespeichert</numerusform>
            <numerusform>%n Seiten in {path} gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open duplicate groups</source>
        <translation>
            <numerusform>%n offene Dublettengruppe</numerusform>
            <numerusform>%n offene Dublettengruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written to {path} (%n pages)</source>
        <translation>
            <numerusform>Bericht nach {path} geschrieben (%n Seite)</numerusform>
            <numerusform>Bericht nach {path} geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n files</source>
        <translation>
            <numerusform>Import von %n Datei</numerusform>
            <numerusform>Import von %n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import calendar files (.ics, .xlsx, .xls, .ods, .numbers, .csv)</source>
        <translation>Kalenderdateien importieren (.ics, .xlsx, .xls, .ods, .numbers, .csv)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another workspace file, or create a new one</source>
        <translation>Eine andere Arbeitsbereichsdatei öffnen oder eine neue anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change: an import, a removal, a decision or a source edit</source>
        <translation>Die letzte Änderung zurücknehmen: einen Import, ein Entfernen, eine Entscheidung oder eine Quellenänderung</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Wiederherstellen, was Rückgängig zurückgenommen hat</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>Zu &amp;Datum springen…</translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation>Ü&amp;ber Masthead</translation>
    </message>
</context>
<context>
    <name>BlackoutPage</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Posts on these days are flagged as blackout conflicts. A whole calendar of holidays can be marked as a blackout calendar under Departments.</source>
        <translation>Beiträge an diesen Tagen werden als Sperrtermin-Konflikte markiert. Ein ganzer Feiertagskalender lässt sich unter Abteilungen als Sperrkalender kennzeichnen.</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>Department colours; a red corner marks a conflict; hatched days are blackout dates</source>
        <translation>Abteilungsfarben; eine rote Ecke markiert einen Konflikt; schraffierte Tage sind Sperrtermine</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pick a day</source>
        <translation>Tag wählen</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; type e.g. 2026-09-14 or 14 Sep 2026</source>
        <translation>„{value}“ ist kein Datum; geben Sie z. B. 2026-09-14 oder 14.9.2026 ein</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Blackout calendar</source>
        <translation>Sperrkalender</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Farbe ändern…</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Zeitzone…</translation>
    </message>
    <message>
        <source>The zone this source&apos;s times are read in when the file names none</source>
        <translation>Die Zeitzone, in der die Zeiten dieser Quelle gelesen werden, wenn die Datei keine nennt</translation>
    </message>
    <message>
        <source>Double-click a department to rename it. A blackout calendar marks days on which nothing should be posted; its own entries are not posts.</source>
        <translation>Doppelklicken Sie auf eine Abteilung, um sie umzubenennen. Ein Sperrkalender markiert Tage, an denen nichts veröffentlicht werden soll; seine eigenen Einträge sind keine Beiträge.</translation>
    </message>
    <message>
        <source>No calendars imported yet. Import files to set their departments and colours.</source>
        <translation>Noch keine Kalender importiert. Importieren Sie Dateien, um ihre Abteilungen und Farben festzulegen.</translation>
    </message>
    <message>
        <source>The zone this source&apos;s zone-less times are read in; (default) is the workspace&apos;s. Double-click to change it.</source>
        <translation>Die Zeitzone für die Zeiten dieser Quelle ohne eigene Zone; (Standard) ist die des Arbeitsbereichs. Zum Ändern doppelklicken.</translation>
    </message>
    <message>
        <source>{name}: a department name cannot be empty.</source>
        <translation>{name}: Der Name einer Abteilung darf nicht leer sein.</translation>
    </message>
    <message>
        <source>{zone} (default)</source>
        <translation>{zone} (Standard)</translation>
    </message>
    <message>
        <source>Colour of {department}</source>
        <translation>Farbe von {department}</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <source>Updated: another desk changed this workspace</source>
        <translation>Aktualisiert: Ein anderer Arbeitsplatz hat diesen Arbeitsbereich geändert</translation>
    </message>
    <message>
        <source>{value} (read-only)</source>
        <translation>{value} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>This workspace can only be read here</source>
        <translation>Dieser Arbeitsbereich kann hier nur gelesen werden</translation>
    </message>
    <message>
        <source>{shown_location} is read-only: you can view it; copy it to a folder you can write to to change it</source>
        <translation>{shown_location} ist schreibgeschützt: Sie können ihn ansehen; um ihn zu ändern, kopieren Sie ihn in einen Ordner mit Schreibrechten</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Original zone</source>
        <translation>Ursprüngliche Zone</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Stelle in der Datei</translation>
    </message>
    <message>
        <source>Reference (UID or row key)</source>
        <translation>Referenz (UID oder Zeilenschlüssel)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>(written “{raw}”)</source>
        <translation>(geschrieben „{raw}“)</translation>
    </message>
    <message>
        <source>moved; its file has {when}</source>
        <translation>verschoben; in der Datei steht {when}</translation>
    </message>
    <message>
        <source>yes, one occurrence of a series</source>
        <translation>ja, ein Termin einer Serie</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Propose a change</source>
        <translation>Änderung vorschlagen</translation>
    </message>
    <message>
        <source>Why, for the department (goes into the change request)</source>
        <translation>Begründung für die Abteilung (kommt in die Änderungsanfrage)</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>The master shows the new values; the department&apos;s file stays as it is until its next import carries them</source>
        <translation>Der Gesamtplan zeigt die neuen Werte; die Datei der Abteilung bleibt unverändert, bis ein späterer Import sie mitbringt</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Vorschlag zurückziehen</translation>
    </message>
    <message>
        <source>Moved from {value} (its file still has that time)</source>
        <translation>Verschoben von {value} (die Datei hat noch diese Zeit)</translation>
    </message>
    <message>
        <source>The end is before the start: choose a later end.</source>
        <translation>Das Ende liegt vor dem Beginn: Wählen Sie ein späteres Ende.</translation>
    </message>
</context>
<context>
    <name>EmptyPeriodCard</name>
    <message>
        <source>Nothing in this week with the current filters</source>
        <translation>Nichts in dieser Woche mit den aktuellen Filtern</translation>
    </message>
    <message>
        <source>Nothing in this week</source>
        <translation>Nichts in dieser Woche</translation>
    </message>
    <message>
        <source>Nothing in this month with the current filters</source>
        <translation>Nichts in diesem Monat mit den aktuellen Filtern</translation>
    </message>
    <message>
        <source>Nothing in this month</source>
        <translation>Nichts in diesem Monat</translation>
    </message>
    <message>
        <source>Nothing in this period with the current filters</source>
        <translation>Nichts in diesem Zeitraum mit den aktuellen Filtern</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No entry passes the filters anywhere in the workspace.</source>
        <translation>Kein Eintrag des Arbeitsbereichs passt zu den Filtern.</translation>
    </message>
    <message>
        <source>◀ Earlier entries: {day}</source>
        <translation>◀ Frühere Einträge: {day}</translation>
    </message>
    <message>
        <source>Later entries: {day} ▶</source>
        <translation>Spätere Einträge: {day} ▶</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort in der Datei</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>moved by a proposal: its file has another time</source>
        <translation>durch einen Vorschlag verschoben: die Datei hat eine andere Zeit</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where in source</source>
        <translation>Stelle in der Quelle</translation>
    </message>
    <message>
        <source>Original zone</source>
        <translation>Ursprüngliche Zone</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Duplicate group</source>
        <translation>Dublettengruppe</translation>
    </message>
    <message>
        <source>Entry ID</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <source>Proposed (file has)</source>
        <translation>Vorgeschlagen (Datei hat)</translation>
    </message>
    <message>
        <source>proposed; file has {when}</source>
        <translation>vorgeschlagen; die Datei hat {when}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Beabsichtigt</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Keine Dublette</translation>
    </message>
    <message>
        <source>Slot clash</source>
        <translation>Terminkollision</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Doppelbuchung</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Überlastung</translation>
    </message>
    <message>
        <source>Blackout date</source>
        <translation>Sperrtermin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Erster Beginn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Entry IDs</source>
        <translation>Eintrags-IDs</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Pro Abteilung</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Conflicts caused</source>
        <translation>Verursachte Konflikte</translation>
    </message>
    <message>
        <source>Duplicates involved</source>
        <translation>Beteiligte Dubletten</translation>
    </message>
    <message>
        <source>Share settled</source>
        <translation>Anteil entschieden</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Master calendar (ICS)…</source>
        <translation>Gesamtkalender (ICS)…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Workbook (Excel)…</source>
        <translation>Arbeitsmappe (Excel)…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Report (JSON)…</source>
        <translation>Bericht (JSON)…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Master calendar</source>
        <translation>Gesamtkalender</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Arbeitsmappe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>in {path}</source>
        <translation>in {path}</translation>
    </message>
    <message>
        <source>Save the {what} of the workspace</source>
        <translation>{what} des Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>{what} exportieren</translation>
    </message>
    <message>
        <source>The current filters show {shown} of {total} entries. Export which?</source>
        <translation>Die aktuellen Filter zeigen {shown} von {total} Einträgen. Welche exportieren?</translation>
    </message>
    <message>
        <source>Filtered ({count})</source>
        <translation>Gefilterte ({count})</translation>
    </message>
    <message>
        <source>Shown period ({count})</source>
        <translation>Angezeigter Zeitraum ({count})</translation>
    </message>
    <message>
        <source>The entries of the dates the view shows, with the filters; the calendar&apos;s repeating entries are written out for those dates only</source>
        <translation>Die Einträge der angezeigten Tage, mit den Filtern; wiederkehrende Einträge werden nur für diese Tage ausgeschrieben</translation>
    </message>
    <message>
        <source>Everything ({count})</source>
        <translation>Alle ({count})</translation>
    </message>
    <message>
        <source>{what} not saved to {path}: {error}</source>
        <translation>{what} nicht in {path} gespeichert: {error}</translation>
    </message>
    <message>
        <source>Exporting {what} to {path}…</source>
        <translation>{what} wird nach {path} exportiert…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Search titles, descriptions, links…</source>
        <translation>Titel, Beschreibungen, Links durchsuchen…</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Vorheriger Zeitraum (Alt+Links)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Zu heute springen (Strg+T)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Nächster Zeitraum (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Go to date: type it (2026-09-14, 14.9.2026, 14 Sep) and press Enter</source>
        <translation>Zu Datum springen: eingeben (2026-09-14, 14.9.2026, 14. Sep) und Eingabe drücken</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing {names}…</source>
        <translation>{names} wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Import cancelled: the workspace is unchanged.</source>
        <translation>Import abgebrochen: Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>{file}: not imported; its column mapping was not confirmed ({doubts})</source>
        <translation>{file}: nicht importiert; die Spaltenzuordnung wurde nicht bestätigt ({doubts})</translation>
    </message>
    <message>
        <source>Importing with the chosen column mapping…</source>
        <translation>Import mit der gewählten Spaltenzuordnung…</translation>
    </message>
    <message>
        <source>Importing anyway…</source>
        <translation>Wird trotzdem importiert…</translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation>Trotzdem importieren?</translation>
    </message>
    <message>
        <source>{name} does not look like a calendar: {reason}.{entries}

Import it anyway?</source>
        <translation>{name} sieht nicht wie ein Kalender aus: {reason}.{entries}

Trotzdem importieren?</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The import failed: {error}</source>
        <translation>Der Import ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>No entries: the file holds no rows or events with a date.</source>
        <translation>Keine Einträge: Die Datei enthält keine Zeilen oder Termine mit Datum.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {removed} removed</source>
        <translation>{new} neu, {changed} geändert, {removed} entfernt</translation>
    </message>
    <message>
        <source>What changed ({count})</source>
        <translation>Was sich geändert hat ({count})</translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation>Was verstanden wurde</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Nicht importiert: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>Rule: {rule}</source>
        <translation>Regel: {rule}</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>Eintrag {id}</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>zur selben Zeit</translation>
    </message>
    <message>
        <source>{minutes} apart</source>
        <translation>{minutes} Abstand</translation>
    </message>
    <message>
        <source>{channel}: {first} {first_time} and {second} {second_time} on {day} are {apart}</source>
        <translation>{channel}: {first} {first_time} und {second} {second_time} am {day} – {apart}</translation>
    </message>
    <message>
        <source>{channel}: {first} {first_day} {first_time} and {second} {second_day} {second_time} are {apart}</source>
        <translation>{channel}: {first} {first_day} {first_time} und {second} {second_day} {second_time} – {apart}</translation>
    </message>
    <message>
        <source>{channel}: %n posts close together on {day}: {items}</source>
        <translation>{channel}: %n Beiträge dicht hintereinander am {day}: {items}</translation>
    </message>
    <message>
        <source>{channel}: %n posts close together from {day}: {items}</source>
        <translation>{channel}: %n Beiträge dicht hintereinander ab {day}: {items}</translation>
    </message>
    <message>
        <source>(rule: {rule})</source>
        <translation>(Regel: {rule})</translation>
    </message>
    <message>
        <source>{person} is booked twice on {day}: {first} and {second}</source>
        <translation>{person} ist am {day} doppelt gebucht: {first} und {second}</translation>
    </message>
    <message>
        <source>{person} has %n overlapping bookings on {day}: {items}</source>
        <translation>{person} hat am {day} %n sich überschneidende Buchungen: {items}</translation>
    </message>
    <message>
        <source>{channel} on {day}: %n posts (limit {limit})</source>
        <translation>{channel} am {day}: %n Beiträge (Grenze {limit})</translation>
    </message>
    <message>
        <source>{who} &apos;{title}&apos; on {day} falls on blackout date ({reasons})</source>
        <translation>{who} „{title}“ am {day} fällt auf einen Sperrtermin ({reasons})</translation>
    </message>
    <message>
        <source>set in the settings</source>
        <translation>in den Einstellungen festgelegt</translation>
    </message>
    <message>
        <source>{title}, from {source}</source>
        <translation>{title}, aus {source}</translation>
    </message>
    <message>
        <source>a blackout calendar</source>
        <translation>einem Sperrkalender</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>{items} and %n more</source>
        <translation>{items} und %n weitere</translation>
    </message>
    <message>
        <source>{first} ≈ {second}: {reasons}</source>
        <translation>{first} ≈ {second}: {reasons}</translation>
    </message>
    <message>
        <source>titles {percent} % alike</source>
        <translation>Titel zu {percent} % ähnlich</translation>
    </message>
    <message>
        <source>descriptions {percent} % alike</source>
        <translation>Beschreibungen zu {percent} % ähnlich</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>1 day apart</source>
        <translation>1 Tag auseinander</translation>
    </message>
    <message>
        <source>%n days apart</source>
        <translation>%n Tage auseinander</translation>
    </message>
    <message>
        <source>same link</source>
        <translation>gleicher Link</translation>
    </message>
    <message>
        <source>same campaign ({campaign})</source>
        <translation>gleiche Kampagne ({campaign})</translation>
    </message>
    <message>
        <source>both name {what}</source>
        <translation>beide nennen {what}</translation>
    </message>
    <message>
        <source>name different dates</source>
        <translation>nennen verschiedene Daten</translation>
    </message>
    <message>
        <source>differ in {first} vs {second}</source>
        <translation>unterscheiden sich: {first} gegenüber {second}</translation>
    </message>
    <message>
        <source>name different weekdays</source>
        <translation>nennen verschiedene Wochentage</translation>
    </message>
    <message>
        <source>name different months</source>
        <translation>nennen verschiedene Monate</translation>
    </message>
    <message>
        <source>one before, one after the event</source>
        <translation>einer vor, einer nach der Veranstaltung</translation>
    </message>
    <message>
        <source>two posts of the &apos;{label}&apos; format</source>
        <translation>zwei Beiträge des Formats „{label}“</translation>
    </message>
    <message>
        <source>name different things</source>
        <translation>nennen verschiedene Dinge</translation>
    </message>
    <message>
        <source>figure {value}</source>
        <translation>Zahl {value}</translation>
    </message>
    <message>
        <source>date {day}</source>
        <translation>Datum {day}</translation>
    </message>
    <message>
        <source>same {things}</source>
        <translation>gleich: {things}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>meaning {value}</source>
        <translation>Bedeutung {value}</translation>
    </message>
    <message>
        <source>but &apos;{first}&apos; vs &apos;{second}&apos;</source>
        <translation>aber „{first}“ gegenüber „{second}“</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; ~ &apos;{second}&apos;</source>
        <translation>&apos;{first}&apos; ~ &apos;{second}&apos;</translation>
    </message>
    <message>
        <source>in two languages</source>
        <translation>in zwei Sprachen</translation>
    </message>
    <message>
        <source>the same entry in {files} ({reasons})</source>
        <translation>derselbe Eintrag in {files} ({reasons})</translation>
    </message>
    <message>
        <source>same reference</source>
        <translation>gleiche Referenz</translation>
    </message>
    <message>
        <source>same title, start and channel</source>
        <translation>gleicher Titel, Beginn und Kanal</translation>
    </message>
    <message>
        <source>same entry</source>
        <translation>gleicher Eintrag</translation>
    </message>
    <message>
        <source>{value} min</source>
        <translation>{value} min</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} Std.</translation>
    </message>
</context>
<context>
    <name>IssuesController</name>
    <message>
        <source>The analysis failed: {error}</source>
        <translation>Die Analyse ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>Die Entscheidung wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The mark was not withdrawn: {reason}</source>
        <translation>Die Markierung wurde nicht zurückgenommen: {reason}</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>{label} ({total}, {undecided} undecided)</source>
        <translation>{label} ({total}, {undecided} offen)</translation>
    </message>
    <message>
        <source>Marked {decision}</source>
        <translation>Markiert: {decision}</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show only items nobody has settled yet, or all of them</source>
        <translation>Nur noch nicht entschiedene Punkte zeigen oder alle</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Noch nicht analysiert</translation>
    </message>
    <message>
        <source>Counted over the whole workspace, not only the period in view</source>
        <translation>Über den ganzen Arbeitsbereich gezählt, nicht nur im angezeigten Zeitraum</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Note (optional), saved with the mark</source>
        <translation>Notiz (optional), wird mit der Markierung gespeichert</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>&amp;Behoben</translation>
    </message>
    <message>
        <source>&amp;Intentional</source>
        <translation>Beab&amp;sichtigt</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Keine Dublette</translation>
    </message>
    <message>
        <source>&amp;Un-mark</source>
        <translation>Markierung &amp;aufheben</translation>
    </message>
    <message>
        <source>Mer&amp;ge copies</source>
        <translation>Kopien &amp;zusammenführen</translation>
    </message>
    <message>
        <source>One entry in the master exports; both sources keep theirs</source>
        <translation>Ein Eintrag in den Gesamtexporten; beide Quellen behalten ihren</translation>
    </message>
    <message>
        <source>The clash or duplication was fixed in the departments&apos; calendars</source>
        <translation>Der Konflikt oder die Doppelung wurde in den Kalendern der Abteilungen behoben</translation>
    </message>
    <message>
        <source>Keep it as it is: it was planned this way</source>
        <translation>So lassen: Es war so geplant</translation>
    </message>
    <message>
        <source>These entries are different efforts</source>
        <translation>Diese Einträge sind verschiedene Vorhaben</translation>
    </message>
    <message>
        <source>Withdraw the mark: the item counts as undecided again</source>
        <translation>Markierung zurücknehmen: Der Punkt gilt wieder als offen</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message numerus="yes">
        <source>Whole workspace: {conflicts} of %n conflicts</source>
        <translation>
            <numerusform>Ganzer Arbeitsbereich: {conflicts} von %n Konflikt</numerusform>
            <numerusform>Ganzer Arbeitsbereich: {conflicts} von %n Konflikten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duplicates} of %n duplicate groups undecided</source>
        <translation>
            <numerusform>{duplicates} von %n Dublettengruppe offen</numerusform>
            <numerusform>{duplicates} von %n Dublettengruppen offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>Sprache des Fensters:</translation>
    </message>
    <message>
        <source>Menus, panels and messages, and how dates, times and numbers are written (7. Sep and 14:00 in German, 9/7 and 2:00 PM in American English). Saved on this computer; the workspace is not changed.</source>
        <translation>Menüs, Bereiche und Meldungen sowie die Schreibweise von Datum, Uhrzeit und Zahlen (7. Sep und 14:00 auf Deutsch, 9/7 und 2:00 PM im amerikanischen Englisch). Wird auf diesem Computer gespeichert; der Arbeitsbereich bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>bis {time}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Only conflicts and duplicates</source>
        <translation>Nur Konflikte und Dubletten</translation>
    </message>
    <message>
        <source>All dates · from {day} in view</source>
        <translation>Alle Daten · ab {day} angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries in a conflict or duplicate group</source>
        <translation>
            <numerusform>{shown} von %n Eintrag in einem Konflikt oder einer Dublettengruppe</numerusform>
            <numerusform>{shown} von %n Einträgen in einem Konflikt oder einer Dublettengruppe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>Publish to folder</source>
        <translation>In Ordner veröffentlichen</translation>
    </message>
    <message>
        <source>Subscribe to a calendar…</source>
        <translation>Kalender abonnieren…</translation>
    </message>
    <message>
        <source>Refresh sources</source>
        <translation>Quellen aktualisieren</translation>
    </message>
    <message>
        <source>Read every subscribed calendar again, then reload the window</source>
        <translation>Alle abonnierten Kalender neu lesen, dann das Fenster neu laden</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Write the master .ics, one .ics per department and the workbook to a folder</source>
        <translation>Die Gesamt-.ics, je eine .ics pro Abteilung und die Arbeitsmappe in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Re-read source files when they change</source>
        <translation>Quelldateien bei Änderungen neu lesen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>{url} is not a calendar link (https://, webcal:// or caldav+https://)</source>
        <translation>{url} ist kein Kalenderlink (https://, webcal:// oder caldav+https://)</translation>
    </message>
    <message>
        <source>Reloaded; no subscribed calendars to refresh.</source>
        <translation>Neu geladen; keine abonnierten Kalender zu aktualisieren.</translation>
    </message>
    <message>
        <source>Refreshing subscribed calendars…</source>
        <translation>Abonnierte Kalender werden aktualisiert…</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Wird abonniert…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) refreshed</source>
        <translation>
            <numerusform>%n Kalender aktualisiert</numerusform>
            <numerusform>%n Kalender aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (kept as they were)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (unverändert behalten)</numerusform>
            <numerusform>%n fehlgeschlagen (unverändert behalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed calendars</source>
        <translation>Abonnierte Kalender</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n Kalender</numerusform>
            <numerusform>%n Kalender</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing failed: {error}</source>
        <translation>Aktualisieren fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Publishing to {folder} failed: {error}</source>
        <translation>Veröffentlichen nach {folder} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish again after every import or refresh?</source>
        <translation>Nach jedem Import oder jeder Aktualisierung erneut veröffentlichen?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Calendars and spreadsheets</source>
        <translation>Kalender und Tabellen</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>The workspace could not be read: {0}</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>The entries could not be loaded: {error}</source>
        <translation>Die Einträge konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>{shown} shown</source>
        <translation>{shown} angezeigt</translation>
    </message>
    <message>
        <source>{total} in workspace</source>
        <translation>{total} im Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in view: %n conflict(s)</source>
        <translation>
            <numerusform>angezeigt: %n Konflikt</numerusform>
            <numerusform>angezeigt: %n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n Dublettengruppe</numerusform>
            <numerusform>%n Dublettengruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conflicts and duplicate groups with an entry in view; the Conflicts and duplicates panel lists the whole workspace</source>
        <translation>Offene Konflikte und Dublettengruppen mit einem angezeigten Eintrag; der Bereich „Konflikte und Dubletten“ listet den ganzen Arbeitsbereich</translation>
    </message>
    <message>
        <source>Import calendars</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation>Arbeitsbereich öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Masthead workspaces</source>
        <translation>Masthead-Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Wait for the import to finish first.</source>
        <translation>Warten Sie zuerst, bis der Import fertig ist.</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Wait for the import to finish before removing a source.</source>
        <translation>Warten Sie, bis der Import fertig ist, bevor Sie eine Quelle entfernen.</translation>
    </message>
    <message>
        <source>{source} ({department}); Edit ▸ Undo brings it back</source>
        <translation>{source} ({department}); Bearbeiten ▸ Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} und %n weitere</numerusform>
            <numerusform>{files} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to import {files}</source>
        <translation>Loslassen, um {files} zu importieren</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation>Über Masthead</translation>
    </message>
    <message>
        <source>Every department&apos;s editorial calendar in one timeline.</source>
        <translation>Die Redaktionskalender aller Abteilungen in einer Zeitleiste.</translation>
    </message>
    <message>
        <source>Files it reads: {extensions}</source>
        <translation>Liest diese Dateien: {extensions}</translation>
    </message>
    <message>
        <source>Workspace: {location}</source>
        <translation>Arbeitsbereich: {location}</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of {file_name}</source>
        <translation>Spalten von {file_name} zuordnen</translation>
    </message>
    <message>
        <source>As Masthead reads them with this mapping</source>
        <translation>So liest Masthead sie mit dieser Zuordnung</translation>
    </message>
    <message>
        <source>Import with this mapping</source>
        <translation>Mit dieser Zuordnung importieren</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The first rows of the file, under the role each column gets</source>
        <translation>Die ersten Zeilen der Datei, unter der Rolle jeder Spalte</translation>
    </message>
    <message>
        <source>Choose the column that holds the date (Date or Start).</source>
        <translation>Wählen Sie die Spalte mit dem Datum (Datum oder Beginn).</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>As Masthead reads them with this mapping: reading…</source>
        <translation>So liest Masthead sie mit dieser Zuordnung: wird gelesen…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Start (date and time)</source>
        <translation>Beginn (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>End (date and time)</source>
        <translation>Ende (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>All day (yes/no)</source>
        <translation>Ganztägig (ja/nein)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Description / copy</source>
        <translation>Beschreibung / Text</translation>
    </message>
    <message>
        <source>Owner / person</source>
        <translation>Verantwortlich / Person</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Keep as extra field</source>
        <translation>Als Zusatzfeld behalten</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorieren —</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>(sheet {sheet})</source>
        <translation>(Blatt {sheet})</translation>
    </message>
    <message>
        <source>this is how Masthead reads the columns. Check them, change what is wrong, then import. The choice is kept for the next import of this file.</source>
        <translation>So liest Masthead die Spalten. Prüfen Sie sie, ändern Sie, was nicht stimmt, und importieren Sie dann. Die Wahl gilt auch für den nächsten Import dieser Datei.</translation>
    </message>
    <message>
        <source>the columns could not be matched automatically. Say what each column holds; at least one must be a date.</source>
        <translation>Die Spalten ließen sich nicht automatisch zuordnen. Geben Sie an, was jede Spalte enthält; mindestens eine muss ein Datum sein.</translation>
    </message>
    <message>
        <source>{column} (ignored)</source>
        <translation>{column} (ignoriert)</translation>
    </message>
    <message>
        <source>Start ({zone})</source>
        <translation>Beginn ({zone})</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>With this mapping the file cannot be read: {exc}</source>
        <translation>Mit dieser Zuordnung lässt sich die Datei nicht lesen: {exc}</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Slot clash</source>
        <translation>Terminkollision</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Doppelbuchung</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Überlastung</translation>
    </message>
    <message>
        <source>Blackout date</source>
        <translation>Sperrtermin</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Slot clashes</source>
        <translation>Terminkollisionen</translation>
    </message>
    <message>
        <source>Double bookings</source>
        <translation>Doppelbuchungen</translation>
    </message>
    <message>
        <source>Overloaded days</source>
        <translation>Überlastete Tage</translation>
    </message>
    <message>
        <source>Blackout dates</source>
        <translation>Sperrtermine</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Copies (one entry handed over twice)</source>
        <translation>Kopien (ein Eintrag doppelt übergeben)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Beabsichtigt</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Keine Dublette</translation>
    </message>
    <message>
        <source>similar entries</source>
        <translation>ähnliche Einträge</translation>
    </message>
    <message>
        <source>{reasons} (score {score})</source>
        <translation>{reasons} (Wert {score})</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Entries named like the first will use the second name.</source>
        <translation>Einträge mit dem ersten Namen erhalten den zweiten.</translation>
    </message>
    <message>
        <source>Merge:</source>
        <translation>Zusammenführen:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>Choose two names.</source>
        <translation>Wählen Sie zwei Namen.</translation>
    </message>
    <message>
        <source>Choose two different names.</source>
        <translation>Wählen Sie zwei verschiedene Namen.</translation>
    </message>
</context>
<context>
    <name>MultiPick</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>{label}: all (click to choose)</source>
        <translation>{label}: alle (zum Auswählen klicken)</translation>
    </message>
</context>
<context>
    <name>Painting</name>
    <message>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Sperrtermin</translation>
    </message>
    <message>
        <source>No entries in this period</source>
        <translation>Keine Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>days as columns</source>
        <translation>Tage als Spalten</translation>
    </message>
    <message>
        <source>departments as lanes</source>
        <translation>Abteilungen als Bahnen</translation>
    </message>
    <message>
        <source>a month per page</source>
        <translation>ein Monat pro Seite</translation>
    </message>
    <message>
        <source>2 weeks per page</source>
        <translation>2 Wochen pro Seite</translation>
    </message>
    <message>
        <source>4 weeks per page</source>
        <translation>4 Wochen pro Seite</translation>
    </message>
    <message>
        <source>agenda by day</source>
        <translation>Agenda nach Tagen</translation>
    </message>
    <message>
        <source>agenda (the week is too full for its hours)</source>
        <translation>Agenda (die Woche ist für die Stundenansicht zu voll)</translation>
    </message>
    <message>
        <source>Week {week}, {year}</source>
        <translation>Woche {week}, {year}</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Text: “{text}”</source>
        <translation>Text: „{text}“</translation>
    </message>
    <message>
        <source>Weeks {first}–{last}, {year}</source>
        <translation>Wochen {first}–{last}, {year}</translation>
    </message>
    <message>
        <source>Weeks {first}, {first_year} – {last}, {year}</source>
        <translation>Wochen {first}, {first_year} – {last}, {year}</translation>
    </message>
    <message>
        <source>Agenda · {days}</source>
        <translation>Agenda · {days}</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(keine Abteilung)</translation>
    </message>
    <message>
        <source>{title} · printed {stamp}</source>
        <translation>{title} · gedruckt {stamp}</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Filter: {filters}</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>Zeiten in {zone}</translation>
    </message>
    <message>
        <source>No entries this week</source>
        <translation>Keine Einträge in dieser Woche</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>Masthead week {weeks}</source>
        <translation>Masthead Woche {weeks}</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>free slot suggested for: {message}</source>
        <translation>freier Termin vorgeschlagen für: {message}</translation>
    </message>
    <message>
        <source>Suggest a &amp;free slot</source>
        <translation>&amp;Freien Termin vorschlagen</translation>
    </message>
    <message>
        <source>The nearest times, same channel, within working hours, that create no new conflict</source>
        <translation>Die nächsten Zeiten im selben Kanal, innerhalb der Arbeitszeit, die keinen neuen Konflikt erzeugen</translation>
    </message>
    <message>
        <source>The demo proposal could not be made: {exc}</source>
        <translation>Der Demo-Vorschlag konnte nicht erstellt werden: {exc}</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>File has</source>
        <translation>Datei hat</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>(entry gone)</source>
        <translation>(Eintrag nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>{open} open, {stale} stale (the department changed the entry another way: review, then propose again or withdraw)</source>
        <translation>{open} offen, {stale} veraltet (die Abteilung hat den Eintrag anders geändert: prüfen, dann neu vorschlagen oder zurückziehen)</translation>
    </message>
    <message>
        <source>Proposal withdrawn.</source>
        <translation>Vorschlag zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>ProposalsUi</name>
    <message>
        <source>&amp;Change requests…</source>
        <translation>Änderungs&amp;anfragen…</translation>
    </message>
    <message>
        <source>Per department: a workbook, an .ics of the moved entries and a message</source>
        <translation>Pro Abteilung: eine Arbeitsmappe, eine .ics der verschobenen Einträge und eine Nachricht</translation>
    </message>
    <message>
        <source>&amp;Proposals…</source>
        <translation>&amp;Vorschläge…</translation>
    </message>
    <message>
        <source>The open and stale proposals: review, show, withdraw</source>
        <translation>Die offenen und veralteten Vorschläge: prüfen, anzeigen, zurückziehen</translation>
    </message>
    <message>
        <source>Move onto a blackout?</source>
        <translation>Auf einen Sperrtermin verschieben?</translation>
    </message>
    <message>
        <source>{message}.

Propose the move anyway?</source>
        <translation>{message}.

Die Verschiebung trotzdem vorschlagen?</translation>
    </message>
    <message>
        <source>Write change requests into</source>
        <translation>Änderungsanfragen schreiben nach</translation>
    </message>
    <message>
        <source>No free slot within the working hours nearby</source>
        <translation>Kein freier Termin innerhalb der Arbeitszeit in der Nähe</translation>
    </message>
    <message>
        <source>That entry is no longer in the workspace.</source>
        <translation>Dieser Eintrag ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Not moved: {exc}.</source>
        <translation>Nicht verschoben: {exc}.</translation>
    </message>
    <message>
        <source>Not moved: {exc}</source>
        <translation>Nicht verschoben: {exc}</translation>
    </message>
    <message>
        <source>Proposed: {title} to {when}. File ▸ Export ▸ Change requests… tells {department}.</source>
        <translation>Vorgeschlagen: {title} auf {when}. Datei ▸ Exportieren ▸ Änderungsanfragen… teilt es {department} mit.</translation>
    </message>
    <message>
        <source>Proposal withdrawn: {title} is back at its file&apos;s time.</source>
        <translation>Vorschlag zurückgezogen: {title} steht wieder zur Zeit aus der Datei.</translation>
    </message>
    <message>
        <source>Nothing in this conflict can move.</source>
        <translation>In diesem Konflikt lässt sich nichts verschieben.</translation>
    </message>
    <message>
        <source>Looking for free slots for {title}…</source>
        <translation>Freie Termine für {title} werden gesucht…</translation>
    </message>
    <message>
        <source>No free slot for {title} within the working hours nearby.</source>
        <translation>Kein freier Termin für {title} innerhalb der Arbeitszeit in der Nähe.</translation>
    </message>
    <message>
        <source>No slot suggested: {exc}</source>
        <translation>Kein Termin vorgeschlagen: {exc}</translation>
    </message>
    <message>
        <source>Change requests not written: {exc}</source>
        <translation>Änderungsanfragen nicht geschrieben: {exc}</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation>{file}, Zeile {row}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}, Blatt {sheet}, Zeile {row}</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, Zeile {line}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>Blatt {sheet}, Zeile {row}</translation>
    </message>
    <message>
        <source>the date cell shows the error {error} (a broken formula); &apos;{title}&apos; skipped</source>
        <translation>die Datumszelle zeigt den Fehler {error} (eine defekte Formel); „{title}“ übersprungen</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no date; skipped</source>
        <translation>„{title}“ hat kein Datum; übersprungen</translation>
    </message>
    <message>
        <source>date &apos;{value}&apos; not understood; &apos;{title}&apos; skipped</source>
        <translation>Datum „{value}“ nicht verstanden; „{title}“ übersprungen</translation>
    </message>
    <message>
        <source>{reason}; &apos;{title}&apos; skipped</source>
        <translation>{reason}; „{title}“ übersprungen</translation>
    </message>
    <message>
        <source>time &apos;{value}&apos; not understood; &apos;{title}&apos; imported as all-day</source>
        <translation>Uhrzeit „{value}“ nicht verstanden; „{title}“ als ganztägig importiert</translation>
    </message>
    <message>
        <source>end date not understood; ignored</source>
        <translation>Enddatum nicht verstanden; ignoriert</translation>
    </message>
    <message>
        <source>end {reason}; ignored</source>
        <translation>Ende: {reason}; ignoriert</translation>
    </message>
    <message>
        <source>the date {value} is outside the range Masthead keeps ({first} to {last})</source>
        <translation>das Datum {value} liegt außerhalb des Bereichs, den Masthead speichert ({first} bis {last})</translation>
    </message>
    <message>
        <source>%n more row warnings not shown</source>
        <translation>%n weitere Zeilenwarnung(en) nicht angezeigt</translation>
    </message>
    <message>
        <source>column mapping &apos;{column}={field}&apos; ignored: unknown field &apos;{field}&apos; (known: {known})</source>
        <translation>Spaltenzuordnung „{column}={field}“ ignoriert: unbekanntes Feld „{field}“ (bekannt: {known})</translation>
    </message>
    <message>
        <source>not imported as a calendar: {reason}. If it is one, import it anyway</source>
        <translation>nicht als Kalender importiert: {reason}. Wenn es einer ist, importieren Sie ihn trotzdem</translation>
    </message>
    <message>
        <source>not imported as a calendar ({place}): {reason}. If it is one, import it anyway</source>
        <translation>nicht als Kalender importiert ({place}): {reason}. Wenn es einer ist, importieren Sie ihn trotzdem</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>Blatt {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>Zeilen {first}–{last}</translation>
    </message>
    <message>
        <source>every row is the next day ({first} to {last}) and no column looks like an activity, only names of days and months, numbers and codes: a date lookup table, not a calendar</source>
        <translation>jede Zeile ist der nächste Tag ({first} bis {last}) und keine Spalte sieht nach einer Aktivität aus, nur Tages- und Monatsnamen, Zahlen und Codes: eine Datumstabelle, kein Kalender</translation>
    </message>
    <message>
        <source>every column besides the date holds numbers with decimals or a few names repeated, and none looks like an activity: values by date (prices, rates), not a calendar</source>
        <translation>jede Spalte außer dem Datum enthält Dezimalzahlen oder wenige wiederholte Namen, und keine sieht nach einer Aktivität aus: Werte nach Datum (Preise, Kurse), kein Kalender</translation>
    </message>
    <message>
        <source>it is laid out as a weekly timetable: its columns are weekdays ({first} to {last}) with no dates, so the week is not in the file; add a row of dates under the weekdays (one date per column), then import again</source>
        <translation>sie ist als Wochenplan angelegt: Ihre Spalten sind Wochentage ({first} bis {last}) ohne Datum, die Woche steht also nicht in der Datei; fügen Sie unter den Wochentagen eine Zeile mit Daten ein (ein Datum pro Spalte) und importieren Sie erneut</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; names weekdays only ({names}) and no column gives their dates, so the week they belong to is not in the file; write the date of each day in that column, then import again</source>
        <translation>Spalte „{column}“ nennt nur Wochentage ({names}) und keine Spalte gibt ihr Datum an, die Woche steht also nicht in der Datei; tragen Sie in dieser Spalte das Datum jedes Tages ein und importieren Sie erneut</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; numbers the days (&apos;{first}&apos; to &apos;{last}&apos;) instead of dating them, so the file does not say when day 1 is; write the dates in that column, then import again</source>
        <translation>Spalte „{column}“ nummeriert die Tage („{first}“ bis „{last}“), statt sie zu datieren, die Datei sagt also nicht, wann Tag 1 ist; tragen Sie die Daten in diese Spalte ein und importieren Sie erneut</translation>
    </message>
    <message>
        <source>no column holds dates, so this table is not a calendar (a list, results or figures); if one column does hold dates in a form not understood, map it as the date</source>
        <translation>keine Spalte enthält Daten, diese Tabelle ist also kein Kalender (eine Liste, Ergebnisse oder Zahlen); wenn eine Spalte doch Daten in einer unverstandenen Form enthält, ordnen Sie sie als Datum zu</translation>
    </message>
    <message>
        <source>the table gives times of day only ({columns}) and nothing in the file says which day: no column holds dates, no line above the table and not the file name gives one; add a date column (or write the day, such as 2026-03-14, in a line above the header or in the file name), then import again</source>
        <translation>die Tabelle gibt nur Uhrzeiten an ({columns}), und nichts in der Datei sagt, an welchem Tag: keine Spalte enthält Daten, weder eine Zeile über der Tabelle noch der Dateiname nennt einen; fügen Sie eine Datumsspalte hinzu (oder schreiben Sie den Tag, etwa 2026-03-14, in eine Zeile über der Kopfzeile oder in den Dateinamen) und importieren Sie dann erneut</translation>
    </message>
    <message>
        <source>the time columns ({columns}) are empty on {empty} of {rows} rows and no column holds dates, so the entries have neither day nor time yet; fill in the dates and times (or add a date column), then import again</source>
        <translation>die Zeitspalten ({columns}) sind in {empty} von {rows} Zeilen leer, und keine Spalte enthält Daten, die Einträge haben also noch weder Tag noch Uhrzeit; tragen Sie Daten und Uhrzeiten ein (oder fügen Sie eine Datumsspalte hinzu) und importieren Sie dann erneut</translation>
    </message>
    <message>
        <source>no date found (header row {row}): {reason}. Headers found: {headers}</source>
        <translation>kein Datum gefunden (Kopfzeile {row}): {reason}. Gefundene Überschriften: {headers}</translation>
    </message>
    <message>
        <source>no date found (sheet {sheet}, header row {row}): {reason}. Headers found: {headers}</source>
        <translation>kein Datum gefunden (Blatt {sheet}, Kopfzeile {row}): {reason}. Gefundene Überschriften: {headers}</translation>
    </message>
    <message>
        <source>its table gives dates with nothing written for them (no title, no text on any dated row), so there is no entry to import</source>
        <translation>ihre Tabelle nennt Daten, zu denen nichts eingetragen ist (kein Titel, kein Text in einer datierten Zeile), es gibt also keinen Eintrag zu importieren</translation>
    </message>
    <message>
        <source>no entry could be read from its %n rows with text</source>
        <translation>aus ihren %n Zeile(n) mit Text ließ sich kein Eintrag lesen</translation>
    </message>
    <message>
        <source>no entry could be read from its %n rows with text (the first: {first_problem})</source>
        <translation>aus ihren %n Zeile(n) mit Text ließ sich kein Eintrag lesen (die erste: {first_problem})</translation>
    </message>
    <message>
        <source>no date column found (header row {row}): {reason}. Headers found: {headers}. Map one with --map &quot;HEADER=date&quot;</source>
        <translation>keine Datumsspalte gefunden (Kopfzeile {row}): {reason}. Gefundene Überschriften: {headers}. Ordnen Sie eine mit --map &quot;KOPF=date&quot; zu</translation>
    </message>
    <message>
        <source>no date column found (sheet {sheet}, header row {row}): {reason}. Headers found: {headers}. Map one with --map &quot;HEADER=date&quot;</source>
        <translation>keine Datumsspalte gefunden (Blatt {sheet}, Kopfzeile {row}): {reason}. Gefundene Überschriften: {headers}. Ordnen Sie eine mit --map &quot;KOPF=date&quot; zu</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; limit {limit} MB)</source>
        <translation>die Datei ist zu groß ({size} MB; Grenze {limit} MB)</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{kind}&apos; (supported: {supported})</source>
        <translation>nicht unterstützter Dateityp „{kind}“ (unterstützt: {supported})</translation>
    </message>
    <message>
        <source>the file does not look like a {kind} calendar or table ({what})</source>
        <translation>die Datei sieht nicht wie ein {kind}-Kalender oder eine Tabelle aus ({what})</translation>
    </message>
    <message>
        <source>the file is binary, not a text table</source>
        <translation>die Datei ist binär, keine Texttabelle</translation>
    </message>
    <message>
        <source>the workbook is password-protected; save a copy without a password and import that</source>
        <translation>die Arbeitsmappe ist passwortgeschützt; speichern Sie eine Kopie ohne Passwort und importieren Sie diese</translation>
    </message>
    <message>
        <source>no table with a header row was found</source>
        <translation>es wurde keine Tabelle mit Kopfzeile gefunden</translation>
    </message>
    <message>
        <source>an Apple Numbers document, read only where the optional numbers-parser is installed (pip install &apos;masthead[numbers]&apos;); or export it from Numbers (File ▸ Export To ▸ Excel) and import that</source>
        <translation>ein Apple-Numbers-Dokument; gelesen nur, wo das optionale numbers-parser installiert ist (pip install &apos;masthead[numbers]&apos;); oder in Numbers exportieren (Ablage ▸ Exportieren ▸ Excel) und das importieren</translation>
    </message>
    <message>
        <source>the Numbers document cannot be read ({error}); open it in Numbers and export it (File ▸ Export To ▸ Excel)</source>
        <translation>das Numbers-Dokument kann nicht gelesen werden ({error}); in Numbers öffnen und exportieren (Ablage ▸ Exportieren ▸ Excel)</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; holds dates and is read as the date column</source>
        <translation>Spalte „{column}“ enthält Daten und wird als Datumsspalte gelesen</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is never before the date and is read as the end</source>
        <translation>Spalte „{column}“ liegt nie vor dem Datum und wird als Ende gelesen</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; read as the end of &apos;{other}&apos;</source>
        <translation>Spalte „{column}“ als Ende von „{other}“ gelesen</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; could be {role} or {other_role}</source>
        <translation>Spalte „{column}“ könnte {role} oder {other_role} sein</translation>
    </message>
    <message>
        <source>is not UTF-8; it was read as Windows-1252</source>
        <translation>ist nicht UTF-8; sie wurde als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>contains bytes that are not valid UTF-8; they were replaced by �</source>
        <translation>enthält Bytes, die kein gültiges UTF-8 sind; sie wurden durch � ersetzt</translation>
    </message>
    <message>
        <source>is a contact card (vCard), not a calendar ({first})</source>
        <translation>ist eine Visitenkarte (vCard), kein Kalender ({first})</translation>
    </message>
    <message>
        <source>does not contain calendar data (no BEGIN:VCALENDAR or BEGIN:VEVENT found in its {lines} lines; {first})</source>
        <translation>enthält keine Kalenderdaten (kein BEGIN:VCALENDAR oder BEGIN:VEVENT in ihren {lines} Zeilen; {first})</translation>
    </message>
    <message>
        <source>the file ends inside an event at line {line}; {read} events read, {incomplete} incomplete (left out)</source>
        <translation>die Datei endet mitten in einem Termin in Zeile {line}; {read} Termine gelesen, {incomplete} unvollständig (ausgelassen)</translation>
    </message>
    <message>
        <source>the file ends inside a task at line {line}; {read} events read, {incomplete} incomplete (left out)</source>
        <translation>die Datei endet mitten in einer Aufgabe in Zeile {line}; {read} Termine gelesen, {incomplete} unvollständig (ausgelassen)</translation>
    </message>
    <message>
        <source>%n component(s) have no matching END (line {lines}); each was read up to the next BEGIN</source>
        <translation>%n Komponente(n) ohne passendes END (Zeile {lines}); jede wurde bis zum nächsten BEGIN gelesen</translation>
    </message>
    <message>
        <source>event &apos;{uid}&apos; appears {count} times (lines {lines}); kept the latest version (line {line}, SEQUENCE {sequence})</source>
        <translation>Termin „{uid}“ kommt {count}-mal vor (Zeilen {lines}); die neueste Fassung wurde behalten (Zeile {line}, SEQUENCE {sequence})</translation>
    </message>
    <message>
        <source>%n task(s) without a due date were left out (VTODO at line {lines})</source>
        <translation>%n Aufgabe(n) ohne Fälligkeitsdatum ausgelassen (VTODO in Zeile {lines})</translation>
    </message>
    <message>
        <source>event {label} has no DTSTART; skipped</source>
        <translation>Termin {label} hat kein DTSTART; übersprungen</translation>
    </message>
    <message>
        <source>event {label} has an unreadable DTSTART &apos;{value}&apos;; skipped</source>
        <translation>Termin {label} hat ein unlesbares DTSTART „{value}“; übersprungen</translation>
    </message>
    <message>
        <source>task {label} has an unreadable DUE &apos;{value}&apos;; skipped</source>
        <translation>Aufgabe {label} hat ein unlesbares DUE „{value}“; übersprungen</translation>
    </message>
    <message>
        <source>contains no events or tasks; nothing to import</source>
        <translation>enthält keine Termine oder Aufgaben; nichts zu importieren</translation>
    </message>
    <message>
        <source>contains only time zone definitions; nothing to import</source>
        <translation>enthält nur Zeitzonendefinitionen; nichts zu importieren</translation>
    </message>
    <message>
        <source>… and %n more warnings</source>
        <translation>… und %n weitere Warnung(en)</translation>
    </message>
    <message>
        <source>%n recurring series have no occurrence between {first} and {last} (the import window) and were left out ({names})</source>
        <translation>%n Serie(n) ohne Termin zwischen {first} und {last} (dem Importzeitraum) ausgelassen ({names})</translation>
    </message>
    <message>
        <source>%n series repeat without end ({names}); their occurrences were generated from {first} to {last} only</source>
        <translation>%n Serie(n) wiederholen sich ohne Ende ({names}); ihre Termine wurden nur von {first} bis {last} erzeugt</translation>
    </message>
    <message>
        <source>some columns were recognised with little certainty</source>
        <translation>einige Spalten wurden nur mit geringer Sicherheit erkannt</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; read as {role} ({percent} % sure)</source>
        <translation>„{column}“ als {role} gelesen (zu {percent} % sicher)</translation>
    </message>
    <message>
        <source>no column holds the {role}</source>
        <translation>keine Spalte enthält: {role}</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>{title} report · {period} · printed {stamp}</source>
        <translation>Bericht {title} · {period} · gedruckt {stamp}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Seite {number}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>{title} report {period}</source>
        <translation>Bericht {title} {period}</translation>
    </message>
    <message>
        <source>{title} report: {period}</source>
        <translation>Bericht {title}: {period}</translation>
    </message>
    <message>
        <source>Period: {first} to {last} (days in {zone})</source>
        <translation>Zeitraum: {first} bis {last} (Tage in {zone})</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Filter: {filters}</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Pro Abteilung</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>Eintrag {id}</translation>
    </message>
    <message>
        <source>Open conflicts ({count})</source>
        <translation>Offene Konflikte ({count})</translation>
    </message>
    <message>
        <source>None: every conflict of the period is settled.</source>
        <translation>Keine: Jeder Konflikt des Zeitraums ist entschieden.</translation>
    </message>
    <message>
        <source>Open duplicate groups ({count})</source>
        <translation>Offene Dublettengruppen ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Likely the same piece ({score}): {reasons}</source>
        <translation>Wahrscheinlich derselbe Beitrag ({score}): {reasons}</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written to {path}.

{exc}</source>
        <translation>Der Bericht konnte nicht nach {path} geschrieben werden.

{exc}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Posts per week, by department</source>
        <translation>Beiträge pro Woche, nach Abteilung</translation>
    </message>
    <message>
        <source>Channel mix per department (share of its posts)</source>
        <translation>Kanalmix pro Abteilung (Anteil ihrer Beiträge)</translation>
    </message>
    <message>
        <source>Coverage gaps: working days without a post on a channel that usually posts</source>
        <translation>Abdeckungslücken: Arbeitstage ohne Beitrag in einem Kanal, der sonst postet</translation>
    </message>
    <message>
        <source>Working days with nothing</source>
        <translation>Arbeitstage ohne Beitrag</translation>
    </message>
    <message>
        <source>A channel usually posts when it has posts in at least half of the period&apos;s weeks; weekends and blackout days are not working days.</source>
        <translation>Ein Kanal postet üblicherweise, wenn er in mindestens der Hälfte der Wochen des Zeitraums Beiträge hat; Wochenenden und Sperrtage sind keine Arbeitstage.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Conflicts and duplicate groups per week, open and settled</source>
        <translation>Konflikte und Dublettengruppen pro Woche, offen und entschieden</translation>
    </message>
    <message>
        <source>Conflicts open</source>
        <translation>Konflikte offen</translation>
    </message>
    <message>
        <source>Conflicts settled</source>
        <translation>Konflikte entschieden</translation>
    </message>
    <message>
        <source>Duplicates open</source>
        <translation>Dubletten offen</translation>
    </message>
    <message>
        <source>Duplicates settled</source>
        <translation>Dubletten entschieden</translation>
    </message>
    <message>
        <source>Each department&apos;s share of conflicts</source>
        <translation>Anteil jeder Abteilung an den Konflikten</translation>
    </message>
    <message>
        <source>Share of conflicts</source>
        <translation>Anteil an Konflikten</translation>
    </message>
    <message>
        <source>A conflict counts once for every department taking part in it.</source>
        <translation>Ein Konflikt zählt einmal für jede beteiligte Abteilung.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Posting time per channel (hour of day, timed posts)</source>
        <translation>Veröffentlichungszeit pro Kanal (Tagesstunde, Beiträge mit Uhrzeit)</translation>
    </message>
    <message>
        <source>Posts per day (0 = an empty day; hatched = blackout)</source>
        <translation>Beiträge pro Tag (0 = ein leerer Tag; schraffiert = Sperrtermin)</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Also within one department</source>
        <translation>Auch innerhalb einer Abteilung</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Posts per day</source>
        <translation>Beiträge pro Tag</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>How alike two entries must score (0–1) to count as one effort. Lower finds more; default {default}.</source>
        <translation>Wie ähnlich zwei Einträge sein müssen (0–1), um als ein Vorhaben zu gelten. Niedriger findet mehr; Standard {default}.</translation>
    </message>
    <message>
        <source>lower finds more (default {default})</source>
        <translation>niedriger findet mehr (Standard {default})</translation>
    </message>
    <message>
        <source>How long an entry without an end lasts for the rules</source>
        <translation>Wie lange ein Eintrag ohne Ende für die Regeln dauert</translation>
    </message>
    <message>
        <source>e.g. Cancelled, Idea</source>
        <translation>z. B. Abgesagt, Idee</translation>
    </message>
    <message>
        <source>Entries with these statuses take part in no rule (comma-separated)</source>
        <translation>Einträge mit diesen Status nehmen an keiner Regel teil (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Where &apos;Suggest a free slot&apos; looks for times, e.g. 09:00-18:00</source>
        <translation>Wo „Freien Termin vorschlagen“ nach Zeiten sucht, z. B. 09:00-18:00</translation>
    </message>
    <message>
        <source>days back</source>
        <translation>Tage zurück</translation>
    </message>
    <message>
        <source>days ahead</source>
        <translation>Tage voraus</translation>
    </message>
    <message>
        <source>Recurring series are expanded this far back from today</source>
        <translation>Serien werden so weit vor heute ausgeschrieben</translation>
    </message>
    <message>
        <source>Recurring series are expanded this far ahead of today</source>
        <translation>Serien werden so weit nach heute ausgeschrieben</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Same channel within:</source>
        <translation>Gleicher Kanal innerhalb von:</translation>
    </message>
    <message>
        <source>Posts per channel per day:</source>
        <translation>Beiträge pro Kanal und Tag:</translation>
    </message>
    <message>
        <source>Channels with their own daily limit instead of the one above</source>
        <translation>Kanäle mit eigener Tagesgrenze statt der obigen</translation>
    </message>
    <message>
        <source>Limits per channel:</source>
        <translation>Grenzen pro Kanal:</translation>
    </message>
    <message>
        <source>Entries without an end last:</source>
        <translation>Einträge ohne Ende dauern:</translation>
    </message>
    <message>
        <source>Leave out statuses:</source>
        <translation>Status auslassen:</translation>
    </message>
    <message>
        <source>Free slots within:</source>
        <translation>Freie Termine innerhalb von:</translation>
    </message>
    <message>
        <source>Duplicated efforts</source>
        <translation>Doppelte Vorhaben</translation>
    </message>
    <message>
        <source>Entries apart at most:</source>
        <translation>Einträge höchstens entfernt:</translation>
    </message>
    <message>
        <source>Score at least:</source>
        <translation>Mindestwert:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Expand series:</source>
        <translation>Serien ausschreiben:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Blackout dates</source>
        <translation>Sperrtermine</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>SettleUi</name>
    <message>
        <source>Conflicts and duplicates</source>
        <translation>Konflikte und Dubletten</translation>
    </message>
    <message>
        <source>&amp;Conflicts and duplicates</source>
        <translation>&amp;Konflikte und Dubletten</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Bericht (PDF)…</translation>
    </message>
    <message>
        <source>The period shown and the filters: KPIs, charts, open conflicts and duplicates</source>
        <translation>Der angezeigte Zeitraum und die Filter: Kennzahlen, Diagramme, offene Konflikte und Dubletten</translation>
    </message>
    <message>
        <source>&amp;Print week…</source>
        <translation>Woche &amp;drucken…</translation>
    </message>
    <message>
        <source>Print preview of the week shown, with the current filters</source>
        <translation>Druckvorschau der angezeigten Woche, mit den aktuellen Filtern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Rules, names, department colours, blackout dates and the window&apos;s language</source>
        <translation>Regeln, Namen, Abteilungsfarben, Sperrtermine und die Sprache des Fensters</translation>
    </message>
</context>
<context>
    <name>SourceZoneDialog</name>
    <message>
        <source>Enter a time zone, such as Europe/Berlin.</source>
        <translation>Geben Sie eine Zeitzone ein, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>Unknown time zone “{name}”. Use an IANA name such as Europe/Berlin or America/New_York.</source>
        <translation>Unbekannte Zeitzone „{name}“. Verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>Time zone of {file_name}</source>
        <translation>Zeitzone von {file_name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file_name}&lt;/b&gt;: times that carry no zone of their own (most spreadsheets, floating times in calendars) are read in this zone. A sheet that names its zone (“Time (ET)”) keeps it. The file is read again when you change it; decisions on its conflicts stay.</source>
        <translation>&lt;b&gt;{file_name}&lt;/b&gt;: Zeiten ohne eigene Zone (die meisten Tabellen, schwebende Zeiten in Kalendern) werden in dieser Zone gelesen. Ein Blatt, das seine Zone nennt („Zeit (ET)“), behält sie. Die Datei wird nach einer Änderung neu gelesen; Entscheidungen zu ihren Konflikten bleiben.</translation>
    </message>
    <message>
        <source>Use the workspace&apos;s zone ({workspace_zone})</source>
        <translation>Die Zone des Arbeitsbereichs verwenden ({workspace_zone})</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Show or hide this source&apos;s entries</source>
        <translation>Einträge dieser Quelle zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Department (double-click to rename)</source>
        <translation>Abteilung (zum Umbenennen doppelklicken)</translation>
    </message>
    <message>
        <source>Entries imported</source>
        <translation>Importierte Einträge</translation>
    </message>
    <message>
        <source>Warnings from the last import</source>
        <translation>Warnungen des letzten Imports</translation>
    </message>
    <message>
        <source>imported {when} UTC</source>
        <translation>importiert {when} UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>times without a zone: {zone}</source>
        <translation>Zeiten ohne Zone: {zone}</translation>
    </message>
    <message>
        <source>subscribed: {url}</source>
        <translation>abonniert: {url}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation>veraltet seit {when}</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Neu importieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Read the selected source&apos;s file again (an update, not a copy)</source>
        <translation>Die Datei der gewählten Quelle erneut lesen (eine Aktualisierung, keine Kopie)</translation>
    </message>
    <message>
        <source>Remove the selected source and its entries (Edit ▸ Undo brings it back)</source>
        <translation>Die gewählte Quelle und ihre Einträge entfernen (Bearbeiten ▸ Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>No calendars yet.

Drop .ics, .xlsx, .xls, .ods, .numbers or .csv files anywhere on this window, or use Import…</source>
        <translation>Noch keine Kalender.

Ziehen Sie .ics-, .xlsx-, .xls-, .ods-, .numbers- oder .csv-Dateien irgendwo auf dieses Fenster oder verwenden Sie Importieren…</translation>
    </message>
    <message>
        <source>Colour of {department}</source>
        <translation>Farbe von {department}</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Abteilung umbenennen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Zeitzone…</translation>
    </message>
    <message>
        <source>What was understood…</source>
        <translation>Was verstanden wurde…</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe to a calendar</source>
        <translation>Kalender abonnieren</translation>
    </message>
    <message>
        <source>https://…/basic.ics, webcal://…, caldav+https://user@host/path/</source>
        <translation>https://…/basic.ics, webcal://…, caldav+https://benutzer@host/pfad/</translation>
    </message>
    <message>
        <source>optional: the department or calendar name</source>
        <translation>optional: der Name der Abteilung oder des Kalenders</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>User (optional):</source>
        <translation>Benutzer (optional):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Refresh while open:</source>
        <translation>Aktualisieren, solange geöffnet:</translation>
    </message>
</context>
<context>
    <name>SynonymEditor</name>
    <message>
        <source>Edit synonym</source>
        <translation>Synonym bearbeiten</translation>
    </message>
    <message>
        <source>Add synonym</source>
        <translation>Synonym hinzufügen</translation>
    </message>
    <message>
        <source>as written in a file, e.g. Linked In</source>
        <translation>wie in einer Datei geschrieben, z. B. Linked In</translation>
    </message>
    <message>
        <source>the name to use, e.g. LinkedIn</source>
        <translation>der zu verwendende Name, z. B. LinkedIn</translation>
    </message>
    <message>
        <source>Means:</source>
        <translation>Bedeutet:</translation>
    </message>
    <message>
        <source>Both names are needed.</source>
        <translation>Beide Namen werden benötigt.</translation>
    </message>
</context>
<context>
    <name>SynonymsPage</name>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel written as:</source>
        <translation>Kanal geschrieben als:</translation>
    </message>
    <message>
        <source>Person written as:</source>
        <translation>Person geschrieben als:</translation>
    </message>
    <message>
        <source>Status written as:</source>
        <translation>Status geschrieben als:</translation>
    </message>
    <message>
        <source>Merge two channels</source>
        <translation>Zwei Kanäle zusammenführen</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Zwei Personen zusammenführen</translation>
    </message>
    <message>
        <source>Merge two statuses</source>
        <translation>Zwei Status zusammenführen</translation>
    </message>
    <message>
        <source>There are fewer than two channels to merge.</source>
        <translation>Es gibt weniger als zwei Kanäle zum Zusammenführen.</translation>
    </message>
    <message>
        <source>There are fewer than two people to merge.</source>
        <translation>Es gibt weniger als zwei Personen zum Zusammenführen.</translation>
    </message>
    <message>
        <source>There are fewer than two statuses to merge.</source>
        <translation>Es gibt weniger als zwei Status zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Geschrieben als</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Merge two names…</source>
        <translation>Zwei Namen zusammenführen…</translation>
    </message>
    <message>
        <source>Built-in spellings (LI → LinkedIn, Twitter → X, geplant → Scheduled …) always apply; the black rows are this workspace&apos;s own. Edit a built-in row to override it.</source>
        <translation>Eingebaute Schreibweisen (LI → LinkedIn, Twitter → X, geplant → Scheduled …) gelten immer; die schwarzen Zeilen gehören zu diesem Arbeitsbereich. Bearbeiten Sie eine eingebaute Zeile, um sie zu überschreiben.</translation>
    </message>
    <message>
        <source>Show built-in spellings</source>
        <translation>Eingebaute Schreibweisen zeigen</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Merge names</source>
        <translation>Namen zusammenführen</translation>
    </message>
    <message>
        <source>Built in; Edit… overrides it for this workspace</source>
        <translation>Eingebaut; Bearbeiten… überschreibt sie für diesen Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Bahnen:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
</context>
<context>
    <name>Understood</name>
    <message>
        <source>by its header</source>
        <translation>anhand der Überschrift</translation>
    </message>
    <message>
        <source>by its content</source>
        <translation>anhand des Inhalts</translation>
    </message>
    <message>
        <source>as you set it</source>
        <translation>wie von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>as chosen before</source>
        <translation>wie zuvor gewählt</translation>
    </message>
    <message>
        <source>by its property name</source>
        <translation>anhand des Eigenschaftsnamens</translation>
    </message>
    <message>
        <source>{how}, {percent} % sure</source>
        <translation>{how}, zu {percent} % sicher</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>kept as an extra field</source>
        <translation>als Zusatzfeld behalten</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>owner (person)</source>
        <translation>Verantwortlich (Person)</translation>
    </message>
</context>
<context>
    <name>UnderstoodDialog</name>
    <message>
        <source>What was understood of {name}</source>
        <translation>Was von {name} verstanden wurde</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({kind}) → department &lt;b&gt;{department}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({kind}) → Abteilung &lt;b&gt;{department}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Times: the file names its own zones.</source>
        <translation>Zeiten: Die Datei nennt ihre eigenen Zonen.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Nothing was recorded about this file&apos;s columns; import it again to see them.</source>
        <translation>Zu den Spalten dieser Datei wurde nichts festgehalten; importieren Sie sie erneut, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The column roles were confirmed by you and are used on every import of this file.</source>
        <translation>Die Spaltenrollen wurden von Ihnen bestätigt und gelten bei jedem Import dieser Datei.</translation>
    </message>
    <message>
        <source>Change the column roles…</source>
        <translation>Spaltenrollen ändern…</translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation>Zeitzone…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>import of {name}</source>
        <translation>Import von {name}</translation>
    </message>
    <message>
        <source>import of %n files</source>
        <translation>Import von %n Dateien</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <translation>Entfernen von {name}</translation>
    </message>
    <message>
        <source>zone of {name}</source>
        <translation>Zeitzone von {name}</translation>
    </message>
    <message>
        <source>column roles of {name}</source>
        <translation>Spaltenrollen von {name}</translation>
    </message>
    <message>
        <source>showing of {name}</source>
        <translation>Anzeige von {name}</translation>
    </message>
    <message>
        <source>settings of {name}</source>
        <translation>Einstellungen von {name}</translation>
    </message>
    <message>
        <source>move of {title}</source>
        <translation>Verschiebung von {title}</translation>
    </message>
    <message>
        <source>withdrawal of a proposal</source>
        <translation>Zurückziehen eines Vorschlags</translation>
    </message>
    <message>
        <source>mark {decision}</source>
        <translation>Markierung {decision}</translation>
    </message>
    <message>
        <source>unmark {decision}</source>
        <translation>Aufheben der Markierung {decision}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (ganztägig)</translation>
    </message>
    <message>
        <source>Week {number} · {days}</source>
        <translation>Woche {number} · {days}</translation>
    </message>
    <message>
        <source>Reports · {month}</source>
        <translation>Berichte · {month}</translation>
    </message>
    <message>
        <source>none (all entries)</source>
        <translation>keine (alle Einträge)</translation>
    </message>
    <message>
        <source>filters: {filters}</source>
        <translation>Filter: {filters}</translation>
    </message>
    <message>
        <source>({open} open)</source>
        <translation>({open} offen)</translation>
    </message>
    <message>
        <source>days in {zone}</source>
        <translation>Tage in {zone}</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>kein Kanal</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
</context>
<context>
    <name>WeekPainting</name>
    <message>
        <source>all day</source>
        <translation>Ganztag</translation>
    </message>
    <message>
        <source>was: {entry}</source>
        <translation>war: {entry}</translation>
    </message>
    <message>
        <source>was here</source>
        <translation>war hier</translation>
    </message>
</context>
<context>
    <name>WeekPane</name>
    <message>
        <source>The week view is not available in this build.</source>
        <translation>Die Wochenansicht ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>WeekPrintPreview</name>
    <message>
        <source>Days as columns</source>
        <translation>Tage als Spalten</translation>
    </message>
    <message>
        <source>Departments as lanes</source>
        <translation>Abteilungen als Bahnen</translation>
    </message>
    <message>
        <source>A month per page</source>
        <translation>Ein Monat pro Seite</translation>
    </message>
    <message>
        <source>2 weeks per page</source>
        <translation>2 Wochen pro Seite</translation>
    </message>
    <message>
        <source>4 weeks per page</source>
        <translation>4 Wochen pro Seite</translation>
    </message>
    <message>
        <source>Agenda by day</source>
        <translation>Agenda nach Tagen</translation>
    </message>
    <message>
        <source>Days as columns, one row (lane) per department, a month, 2 or 4 weeks a page, or an agenda</source>
        <translation>Tage als Spalten, eine Zeile (Bahn) pro Abteilung, ein Monat, 2 oder 4 Wochen pro Seite oder eine Agenda</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save weeks as PDF</source>
        <translation>Wochen als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Could not write {path}:
{exc}</source>
        <translation>{path} konnte nicht geschrieben werden:
{exc}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>+%n more</source>
        <translation>+%n weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n entries here: click to list them all</source>
        <translation>
            <numerusform>%n Eintrag hier: klicken, um ihn anzuzeigen</numerusform>
            <numerusform>%n Einträge hier: klicken, um alle aufzulisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Masthead</source>
        <translation>Willkommen bei Masthead</translation>
    </message>
    <message>
        <source>Drop your departments&apos; calendar files here — .ics exports and spreadsheets (.xlsx, .xls, .ods, .numbers, .csv) — or import them. Masthead merges them into one timeline and shows where teams collide or plan the same thing twice.</source>
        <translation>Ziehen Sie die Kalenderdateien Ihrer Abteilungen hierher – .ics-Exporte und Tabellen (.xlsx, .xls, .ods, .numbers, .csv) – oder importieren Sie sie. Masthead führt sie in einer Zeitleiste zusammen und zeigt, wo Teams kollidieren oder dasselbe doppelt planen.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Five sample departments in a temporary workspace, in a new window; your workspace is left as it is</source>
        <translation>Fünf Beispielabteilungen in einem temporären Arbeitsbereich, in einem neuen Fenster; Ihr Arbeitsbereich bleibt unverändert</translation>
    </message>
</context>
</TS>
