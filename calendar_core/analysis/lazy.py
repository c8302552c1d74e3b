"""Conflicts whose message and key are written only when first read.

A large workspace can have tens of thousands of conflicts; most are never
shown. Formatting local times and hashing identities for each one would cost
more than finding them, so :class:`LazyConflict` keeps what it needs to write
them and does so on first access. It is a :class:`~calendar_core.model.Conflict`
in every other way (same fields; ``dataclasses.asdict``/``replace`` work). Its entries are a tuple, or the rows of the rule's timeline (:class:`Members`: the
identities its key is made of are then read from one column). It keeps its writer,
so :meth:`LazyConflict.message_in` writes the message again in another phrasebook
(:mod:`.phrases`), and :func:`message_in` does so for any conflict.
"""
from __future__ import annotations

from typing import Callable, Protocol

from calendar_core.model import Conflict, Entry

from .keys import identities_key
from .phrases import ENGLISH, Phrases

_MESSAGE = Conflict.__dict__["message"]  # the slot descriptors of the base class
_KEY = Conflict.__dict__["key"]


class Members(Protocol):
    """A conflict's entries as a rule holds them (rows of its timeline): their number and identities."""

    def __len__(self) -> int: ...

    def identities(self) -> list[str]: ...


class LazyConflict(Conflict):
    __slots__ = ("_writer", "_args", "_members")

    def __init__(self, kind: str, entry_ids: list[int], message: str = "", key: str = "",
                 decision: str | None = None, note: str = "",
                 writer: Callable[..., str] | None = None, args: tuple = (), members: tuple[Entry, ...] | Members = ()):
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
        return text

    def message_in(self, phrases: Phrases | None = None) -> str:
        """The message in another phrasebook (the window's language), from the same values;
        a message set by hand (or read back from the store) stays as it is."""
        if phrases is None or phrases is ENGLISH or self._writer is None:
            return self.message
        return self._writer(*self._args, phrases)

    @message.setter
    def message(self, value: str) -> None:
        _MESSAGE.__set__(self, value)
        self._writer = None  # a message set by hand is the message in every phrasebook
        self._args = ()

    @property
    def key(self) -> str:  # type: ignore[override]
        text = _KEY.__get__(self)
        if not text and self._members:
            text = identities_key(self.kind, self.identities())
            _KEY.__set__(self, text)
        return text

    def identities(self) -> list[str]:
        """Identities of the entries (file name|reference), e.g. to remember them with a decision."""
        members = self._members
        return [e.identity for e in members] if members.__class__ is tuple else members.identities()

    @key.setter
    def key(self, value: str) -> None:
        _KEY.__set__(self, value)


def message_in(conflict: Conflict, phrases: Phrases | None = None) -> str:
    """CONFLICT's message in PHRASES when it was written by a rule, else its stored message."""
    writer = getattr(conflict, "message_in", None)
    return writer(phrases) if writer is not None else conflict.message
