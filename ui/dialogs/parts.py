"""Small pieces every dialog of ours builds the same way."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

ERROR_COLOUR = "#b00020"


def error_label(wrap: bool = False) -> QLabel:
    """An empty label for a dialog's validation message, in the error colour."""
    label = QLabel()
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    label.setWordWrap(wrap)
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
