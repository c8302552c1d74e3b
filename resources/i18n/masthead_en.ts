<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>No entries: all %n rows or events with content were skipped (the warnings below say why).</source>
        <translation>
            <numerusform>No entries: the only row or event with content was skipped (the warnings below say why).</numerusform>
            <numerusform>No entries: all %n rows or events with content were skipped (the warnings below say why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No entries: the file is empty now, so its %n earlier entries were removed.</source>
        <translation>
            <numerusform>No entries: the file is empty now, so its one earlier entry was removed.</numerusform>
            <numerusform>No entries: the file is empty now, so its %n earlier entries were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n files imported</source>
        <translation>
            <numerusform>{imported} of %n file imported</numerusform>
            <numerusform>{imported} of %n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave no entries</source>
        <translation>
            <numerusform>%n gave no entries</numerusform>
            <numerusform>%n gave no entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As Masthead reads them with this mapping: %n entries</source>
        <translation>
            <numerusform>As Masthead reads them with this mapping: %n entry</numerusform>
            <numerusform>As Masthead reads them with this mapping: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({events} of %n events)</source>
        <translation>
            <numerusform>({events} of %n event)</numerusform>
            <numerusform>({events} of %n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} saved: %n entries</source>
        <translation>
            <numerusform>{what} saved: %n entry</numerusform>
            <numerusform>{what} saved: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} and %n more</numerusform>
            <numerusform>{files} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would give %n entries.</source>
        <translation>
            <numerusform>It would give %n entry.</numerusform>
            <numerusform>It would give %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more lines</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n week(s)</source>
        <translation>
            <numerusform>Print %n week</numerusform>
            <numerusform>Print %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}</source>
        <translation>
            <numerusform>Saved %n page to {path}</numerusform>
            <numerusform>Saved %n pages to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open duplicate groups</source>
        <translation>
            <numerusform>%n open duplicate group</numerusform>
            <numerusform>%n open duplicate groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written to {path} (%n pages)</source>
        <translation>
            <numerusform>Report written to {path} (%n page)</numerusform>
            <numerusform>Report written to {path} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n files</source>
        <translation>
            <numerusform>import of %n file</numerusform>
            <numerusform>import of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message numerus="yes">
        <source>Whole workspace: {conflicts} of %n conflicts</source>
        <translation>
            <numerusform>Whole workspace: {conflicts} of %n conflict</numerusform>
            <numerusform>Whole workspace: {conflicts} of %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duplicates} of %n duplicate groups undecided</source>
        <translation>
            <numerusform>{duplicates} of %n duplicate group undecided</numerusform>
            <numerusform>{duplicates} of %n duplicate groups undecided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message numerus="yes">
        <source>{shown} of %n entries in a conflict or duplicate group</source>
        <translation>
            <numerusform>{shown} of %n entry in a conflict or duplicate group</numerusform>
            <numerusform>{shown} of %n entries in a conflict or duplicate group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message numerus="yes">
        <source>%n calendar(s) refreshed</source>
        <translation>
            <numerusform>%n calendar refreshed</numerusform>
            <numerusform>%n calendars refreshed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (kept as they were)</source>
        <translation>
            <numerusform>%n failed (kept as it was)</numerusform>
            <numerusform>%n failed (kept as they were)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendar</numerusform>
            <numerusform>%n calendars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in view: %n conflict(s)</source>
        <translation>
            <numerusform>in view: %n conflict</numerusform>
            <numerusform>in view: %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n duplicate group</numerusform>
            <numerusform>%n duplicate groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} and %n more</numerusform>
            <numerusform>{files} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnderstoodDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message numerus="yes">
        <source>%n entries here: click to list them all</source>
        <translation>
            <numerusform>%n entry here: click to open it</numerusform>
            <numerusform>%n entries here: click to list them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
