"""User names and passwords of subscribed sources, kept in the system keyring, never in the workspace or a log."""
from __future__ import annotations

import json

from calendar_core.live.http import FeedError, shown

SERVICE = "Masthead calendar subscriptions"


def _keyring():
    import keyring

    return keyring


def _key(url: str) -> str:
    """One entry per address: its host and a digest of the whole address (never the address itself)."""
    import hashlib

    return f"{shown(url).split('/…/')[0]} #{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}"


def store(url: str, user: str, password: str) -> None:
    try:
        _keyring().set_password(SERVICE, _key(url), json.dumps({"user": user, "password": password}))
    except Exception as exc:  # noqa: BLE001 - any keyring backend failure is one sentence
        raise FeedError(f"cannot keep the password for {_key(url)} in the system keyring ({type(exc).__name__}); "
                        "install or unlock a keyring (GNOME Keyring, KWallet, Windows Credential Manager, macOS Keychain)"
                        ) from None


def load(url: str) -> tuple[str, str] | None:
    """The (user, password) kept for ``url``, or None."""
    try:
        text = _keyring().get_password(SERVICE, _key(url))
    except Exception:  # noqa: BLE001 - no keyring: no stored password
        return None
    if not text:
        return None
    data = json.loads(text)
    return data.get("user", ""), data.get("password", "")


def forget(url: str) -> None:
    try:
        _keyring().delete_password(SERVICE, _key(url))
    except Exception:  # noqa: BLE001 - nothing kept, nothing to forget
        pass
