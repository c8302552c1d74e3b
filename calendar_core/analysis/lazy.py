"""Conflicts whose message and key are written only when first read.

A large workspace can have tens of thousands of conflicts; most are never
shown. Formatting local times and hashing identities for each one would cost
more than finding them, so :class:`LazyConflict` keeps what it needs to write
them and does so on first access. It is a :class:`~calendar_core.model.Conflict`
in every other way (same fields; ``dataclasses.asdict``/``replace`` work).
"""
from __future__ import annotations

from typing import Callable

from calendar_core.model import Conflict, Entry

from .keys import item_key

_MESSAGE = Conflict.__dict__["message"]  # the slot descriptors of the base class
_KEY = Conflict.__dict__["key"]


class LazyConflict(Conflict):
    __slots__ = ("_writer", "_args", "_members")

    def __init__(self, kind: str, entry_ids: list[int], message: str = "", key: str = "",
                 decision: str | None = None, note: str = "",
                 writer: Callable[..., str] | None = None, args: tuple = (), members: tuple[Entry, ...] = ()):
        self.kind = kind
        self.entry_ids = entry_ids
        _MESSAGE.__set__(self, message)
        _KEY.__set__(self, key)
        self.decision = decision
        self.note = note
        self._writer = writer
        self._args = args
        self._members = members

    @property
    def message(self) -> str:  # type: ignore[override]
        text = _MESSAGE.__get__(self)
        if not text and self._writer is not None:
            text = self._writer(*self._args)
            _MESSAGE.__set__(self, text)
            self._writer = None
            self._args = ()
        return text

    @message.setter
    def message(self, value: str) -> None:
        _MESSAGE.__set__(self, value)

    @property
    def key(self) -> str:  # type: ignore[override]
        text = _KEY.__get__(self)
        if not text and self._members:
            text = item_key(self.kind, self._members)
            _KEY.__set__(self, text)
        return text

    def identities(self) -> list[str]:
        """Identities of the entries (file name|reference), e.g. to remember them with a decision."""
        return [e.identity for e in self._members]

    @key.setter
    def key(self, value: str) -> None:
        _KEY.__set__(self, value)
