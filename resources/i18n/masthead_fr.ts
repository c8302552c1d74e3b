<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message numerus="yes">
        <source>No entries: all %n rows or events with content were skipped (the warnings below say why).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No entries: the file is empty now, so its %n earlier entries were removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n files imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave no entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As Masthead reads them with this mapping: %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({events} of %n events)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} saved: %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would give %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open duplicate groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written to {path} (%n pages)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar files (.ics, .xlsx, .xls, .ods, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace file, or create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change: an import, a removal, a decision or a source edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlackoutPage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts on these days are flagged as blackout conflicts. A whole calendar of holidays can be marked as a blackout calendar under Departments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>Department colours; a red corner marks a conflict; hatched days are blackout dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; type e.g. 2026-09-14 or 14 Sep 2026</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone this source&apos;s times are read in when the file names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a department to rename it. A blackout calendar marks days on which nothing should be posted; its own entries are not posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendars imported yet. Import files to set their departments and colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone this source&apos;s zone-less times are read in; (default) is the workspace&apos;s. Double-click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a department name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of {department}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <source>Updated: another desk changed this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace can only be read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown_location} is read-only: you can view it; copy it to a folder you can write to to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (UID or row key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written “{raw}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved; its file has {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, one occurrence of a series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Propose a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the department (goes into the change request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master shows the new values; the department&apos;s file stays as it is until its next import carries them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from {value} (its file still has that time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start: choose a later end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved by a proposal: its file has another time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master calendar (ICS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the {what} of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current filters show {shown} of {total} entries. Export which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown period ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries of the dates the view shows, with the filters; the calendar&apos;s repeating entries are written out for those dates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} not saved to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {what} to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, descriptions, links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to date: type it (2026-09-14, 14.9.2026, 14 Sep) and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing {names}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not imported; its column mapping was not confirmed ({doubts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing with the chosen column mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not look like a calendar: {reason}.{entries}

Import it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries: the file holds no rows or events with a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {removed} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked {decision}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only items nobody has settled yet, or all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted over the whole workspace, not only the period in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional), saved with the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intentional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Un-mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry in the master exports; both sources keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clash or duplication was fixed in the departments&apos; calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as it is: it was planned this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These entries are different efforts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the mark: the item counts as undecided again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whole workspace: {conflicts} of %n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duplicates} of %n duplicate groups undecided</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, panels and messages, and how dates, times and numbers are written (7. Sep and 14:00 in German, 9/7 and 2:00 PM in American English). Saved on this computer; the workspace is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Only conflicts and duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates · from {day} in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries in a conflict or duplicate group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>Publish to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to a calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every subscribed calendar again, then reload the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the master .ics, one .ics per department and the workbook to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read source files when they change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a calendar link (https://, webcal:// or caldav+https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded; no subscribed calendars to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing subscribed calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) refreshed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (kept as they were)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to {folder} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish again after every import or refresh?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The workspace could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars and spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} in workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in view: %n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open conflicts and duplicate groups with an entry in view; the Conflicts and duplicates panel lists the whole workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masthead workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish before removing a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} ({department}); Edit ▸ Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to import {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every department&apos;s editorial calendar in one timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files it reads: {extensions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of {file_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Masthead reads them with this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import with this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file, under the role each column gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the date (Date or Start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Masthead reads them with this mapping: reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description / copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner / person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sheet {sheet})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is how Masthead reads the columns. Check them, change what is wrong, then import. The choice is kept for the next import of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns could not be matched automatically. Say what each column holds; at least one must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this mapping the file cannot be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Slot clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overloaded days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies (one entry handed over twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reasons} (score {score})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Entries named like the first will use the second name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiPick</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: all (click to choose)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Painting</name>
    <message>
        <source>Nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>days as columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments as lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 weeks per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda (the week is too full for its hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks {first}–{last}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks {first}, {first_year} – {last}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda · {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · printed {stamp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masthead week {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Suggest a &amp;free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest times, same channel, within working hours, that create no new conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo proposal could not be made: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(entry gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open, {stale} stale (the department changed the entry another way: review, then propose again or withdraw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsUi</name>
    <message>
        <source>&amp;Change requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per department: a workbook, an .ics of the moved entries and a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open and stale proposals: review, show, withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move onto a blackout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}.

Propose the move anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write change requests into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot within the working hours nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: {title} to {when}. File ▸ Export ▸ Change requests… tells {department}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal withdrawn: {title} is back at its file&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this conflict can move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for free slots for {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot for {title} within the working hours nearby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot suggested: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests not written: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>{where}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date cell shows the error {error} (a broken formula); &apos;{title}&apos; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no date; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &apos;{value}&apos; not understood; &apos;{title}&apos; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; &apos;{title}&apos; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time &apos;{value}&apos; not understood; &apos;{title}&apos; imported as all-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date not understood; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end {reason}; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date {value} is outside the range Masthead keeps ({first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n more row warnings not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column mapping &apos;{column}={field}&apos; ignored: unknown field &apos;{field}&apos; (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported as a calendar: {reason}. If it is one, import it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported as a calendar ({place}): {reason}. If it is one, import it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row is the next day ({first} to {last}) and no column looks like an activity, only names of days and months, numbers and codes: a date lookup table, not a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every column besides the date holds numbers with decimals or a few names repeated, and none looks like an activity: values by date (prices, rates), not a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is laid out as a weekly timetable: its columns are weekdays ({first} to {last}) with no dates, so the week is not in the file; add a row of dates under the weekdays (one date per column), then import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; names weekdays only ({names}) and no column gives their dates, so the week they belong to is not in the file; write the date of each day in that column, then import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; numbers the days (&apos;{first}&apos; to &apos;{last}&apos;) instead of dating them, so the file does not say when day 1 is; write the dates in that column, then import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds dates, so this table is not a calendar (a list, results or figures); if one column does hold dates in a form not understood, map it as the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table gives dates with nothing written for them (no title, no text on any dated row), so there is no entry to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry could be read from its %n rows with text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry could be read from its %n rows with text (the first: {first_problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date column found (header row {row}): {reason}. Headers found: {headers}. Map one with --map &quot;HEADER=date&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date column found (sheet {sheet}, header row {row}): {reason}. Headers found: {headers}. Map one with --map &quot;HEADER=date&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; limit {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported file type &apos;{kind}&apos; (supported: {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not look like a {kind} calendar or table ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is binary, not a text table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is password-protected; save a copy without a password and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table with a header row was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8; it was read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains bytes that are not valid UTF-8; they were replaced by �</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a contact card (vCard), not a calendar ({first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain calendar data (no BEGIN:VCALENDAR or BEGIN:VEVENT found in its {lines} lines; {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside an event at line {line}; {read} events read, {incomplete} incomplete (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a task at line {line}; {read} events read, {incomplete} incomplete (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n component(s) have no matching END (line {lines}); each was read up to the next BEGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event &apos;{uid}&apos; appears {count} times (lines {lines}); kept the latest version (line {line}, SEQUENCE {sequence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n task(s) without a due date were left out (VTODO at line {lines})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {label} has no DTSTART; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {label} has an unreadable DTSTART &apos;{value}&apos;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task {label} has an unreadable DUE &apos;{value}&apos;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains no events or tasks; nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains only time zone definitions; nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %n more warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n recurring series have no occurrence between {first} and {last} (the import window) and were left out ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n series repeat without end ({names}); their occurrences were generated from {first} to {last} only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>{title} report · {period} · printed {stamp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} report {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} report: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {first} to {last} (days in {zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every conflict of the period is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open duplicate groups ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely the same piece ({score}): {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to {path}.

{exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Posts per week, by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel mix per department (share of its posts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gaps: working days without a post on a channel that usually posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days with nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel usually posts when it has posts in at least half of the period&apos;s weeks; weekends and blackout days are not working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and duplicate groups per week, open and settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each department&apos;s share of conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conflict counts once for every department taking part in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting time per channel (hour of day, timed posts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts per day (0 = an empty day; hatched = blackout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also within one department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How alike two entries must score (0–1) to count as one effort. Lower finds more; default {default}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower finds more (default {default})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an entry without an end lasts for the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cancelled, Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries with these statuses take part in no rule (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where &apos;Suggest a free slot&apos; looks for times, e.g. 09:00-18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring series are expanded this far back from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring series are expanded this far ahead of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same channel within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts per channel per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels with their own daily limit instead of the one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits per channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries without an end last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out statuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free slots within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated efforts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries apart at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand series:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettleUi</name>
    <message>
        <source>Conflicts and duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts and duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period shown and the filters: KPIs, charts, open conflicts and duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the week shown, with the current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules, names, department colours, blackout dates and the window&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceZoneDialog</name>
    <message>
        <source>Enter a time zone, such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “{name}”. Use an IANA name such as Europe/Berlin or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of {file_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{file_name}&lt;/b&gt;: times that carry no zone of their own (most spreadsheets, floating times in calendars) are read in this zone. A sheet that names its zone (“Time (ET)”) keeps it. The file is read again when you change it; decisions on its conflicts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace&apos;s zone ({workspace_zone})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this source&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (double-click to rename)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings from the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>times without a zone: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected source&apos;s file again (an update, not a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected source and its entries (Edit ▸ Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendars yet.

Drop .ics, .xlsx, .xls, .ods or .csv files anywhere on this window, or use Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was understood…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/basic.ics, webcal://…, caldav+https://user@host/path/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the department or calendar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh while open:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SynonymEditor</name>
    <message>
        <source>Edit synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written in a file, e.g. Linked In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name to use, e.g. LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both names are needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SynonymsPage</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are fewer than two channels to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are fewer than two people to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are fewer than two statuses to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in spellings (LI → LinkedIn, Twitter → X, geplant → Scheduled …) always apply; the black rows are this workspace&apos;s own. Edit a built-in row to override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show built-in spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in; Edit… overrides it for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Understood</name>
    <message>
        <source>by its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as you set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as chosen before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by its property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how}, {percent} % sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as an extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnderstoodDialog</name>
    <message>
        <source>What was understood of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({kind}) → department &lt;b&gt;{department}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Times: the file names its own zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded about this file&apos;s columns; import it again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column roles were confirmed by you and are used on every import of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the column roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>{day} (all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {number} · {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports · {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (all entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filters: {filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({open} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPainting</name>
    <message>
        <source>was: {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPane</name>
    <message>
        <source>The week view is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPrintPreview</name>
    <message>
        <source>Days as columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments as lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 weeks per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days as columns, one row (lane) per department, a month, 2 or 4 weeks a page, or an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save weeks as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Masthead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your departments&apos; calendar files here — .ics exports and spreadsheets (.xlsx, .xls, .ods, .csv) — or import them. Masthead merges them into one timeline and shows where teams collide or plan the same thing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five sample departments in a temporary workspace, in a new window; your workspace is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
