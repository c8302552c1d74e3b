"""Other desks on one workspace: see their changes without F5, and view a read-only workspace.

Every write bumps a change counter in the workspace. The window polls it (one
small query every few seconds; on PostgreSQL it is woken by LISTEN/NOTIFY and
polls only as a fallback) and, when another desk changed something, reloads
and says so in the status bar. A workspace that can only be read
(a read-only medium or file) is shown with its title saying so and the
actions that write switched off.
"""
from __future__ import annotations

from PySide6.QtCore import QSocketNotifier, QTimer
from ui.i18n import translate

POLL_MS = 3000
WRITING_ACTIONS = ("import", "undo", "redo")  # the window's actions that change the workspace


def install_desk_watch(window) -> QTimer:
    """Poll the change counter; on PostgreSQL also wake up on the server's notification."""
    timer = QTimer(window)
    timer.setObjectName("deskWatch")
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: poll_other_desks(window))
    try:
        listener = window.workspace.change_listener()
    except Exception:  # noqa: BLE001 - without a listening connection, polling alone still works
        listener = None
    if listener is not None:
        notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, window)
        notifier.activated.connect(lambda *_: listener.drain() and poll_other_desks(window))
        window.destroyed.connect(lambda *_: listener.close())
        timer.setInterval(POLL_MS * 10)  # the notification comes first; the timer is the fallback
        window._desk_listener = (listener, notifier)
    timer.start()
    if window.workspace.read_only:
        show_read_only(window)
    return timer


def poll_other_desks(window) -> bool:
    """Reload the window if another desk changed the workspace; True when it did."""
    importer = getattr(window, "importer", None)
    if importer is not None and getattr(importer, "busy", False):
        return False  # our own import is running; its end reloads anyway
    try:
        changed = window.workspace.changed_elsewhere()
    except Exception:  # noqa: BLE001 - a workspace gone away is reported by the next real action
        return False
    if changed:
        reload = window.actions.get("refresh")
        reload.trigger() if reload is not None else window.refresh()  # the view and the issues analysis
        window.statusBar().showMessage(translate("Desks", "Updated: another desk changed this workspace"), 8000)
    return changed


def show_read_only(window) -> None:
    window.setWindowTitle(translate("Desks", "{value} (read-only)").format(value=window.windowTitle()))
    for name in WRITING_ACTIONS:
        action = window.actions.get(name)
        if action is not None:
            action.setEnabled(False)
            action.setToolTip(translate("Desks", "This workspace can only be read here"))
    window.sources_model.set_read_only(True)
    window.statusBar().showMessage(
        translate("Desks", "{shown_location} is read-only: you can view it; copy it to a folder you can write to to change it").format(shown_location=window.workspace.shown_location), 0)
