"""Live sources: calendars read from a link (HTTP, webcal, CalDAV) or a watched folder, and published feeds.

Network code lives here (and never in ui/); what is downloaded goes through the
normal readers via :func:`calendar_core.importing.import_batch`.
"""
