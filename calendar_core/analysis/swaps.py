"""One frame, another name: two titles written word for word alike but for a name in one place.

"Zwolle hackathon: save the date" / "Córdoba hackathon: save the date", "Tipp der Woche" /
"Job der Woche", "Webinar: Energiepreise – jetzt anmelden" / "Webinar: Datenschutz – jetzt
anmelden": the words the two titles share are a frame (an event, a weekly format, a series' call to
action) that each fills with its own subject. What stands in the frame's slot is what each is
about, and when the slot holds another capitalised word in each, they are about different things,
whether or not the text features took that word for a name (a title's first word never is, on its
own; a German noun always is). Nothing here is a word list: the frame is the titles' own words."""
from __future__ import annotations

import re

from .evidence import _alike
from .text import fold

FRAME_WORDS = 2  # the words both titles share around the slot, at least
SLOT_WORDS = 3  # the words in a slot, at most
SAME_START = 3  # slots whose words begin with this many letters alike may be spellings of one name

_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
_TOKENS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _tokens(title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A title's words as written and folded (cached per title)."""
    found = _TOKENS.get(title)
    if found is None:
        if len(_TOKENS) > 200_000:
            _TOKENS.clear()
        written = tuple(_TOKEN_RE.findall(title or ""))
        found = _TOKENS[title] = (written, tuple(fold(w) for w in written))
    return found


def swapped(title_a: str, title_b: str, names: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The two slots, as written, when the titles are one frame holding another capitalised word each
    ("Zwolle", "Córdoba"); None when they are not (the slots share a word, may be spellings of one
    name, are long, or hold a word in lower case or a figure; or the frame is only ``names`` and figures,
    "Produktstart: Nimbus 3" / "Introducing Nimbus 3", where the frame is the subject itself)."""
    wa, fa = _tokens(title_a)
    wb, fb = _tokens(title_b)
    shortest = min(len(fa), len(fb))
    head = 0
    while head < shortest and fa[head] == fb[head]:
        head += 1
    tail = 0
    while tail < shortest - head and fa[-1 - tail] == fb[-1 - tail]:
        tail += 1
    if head + tail < FRAME_WORDS:
        return None
    if all(w in names or any(ch.isdigit() for ch in w) for w in fa[:head] + fa[len(fa) - tail:]):
        return None
    slot_a, slot_b = wa[head:len(wa) - tail], wb[head:len(wb) - tail]
    if not slot_a or not slot_b or len(slot_a) > SLOT_WORDS or len(slot_b) > SLOT_WORDS:
        return None
    if not all(w[0].isupper() and w.isalpha() for w in slot_a + slot_b):
        return None  # a slot is a name: every word capitalised ("We won" / "Proud winners of" are words)
    if head == 0 and (_labels(title_a, slot_a) or _labels(title_b, slot_b)):
        return None  # "Spotlight: Ana Ruiz" / "Perfil: Ana Ruiz": two formats' labels, one subject
    folded_a, folded_b = set(fa[head:len(fa) - tail]), set(fb[head:len(fb) - tail])
    if folded_a & folded_b or any(_alike(x, y) or x[:SAME_START] == y[:SAME_START] for x in folded_a for y in folded_b):
        return None  # ... or may be one name spelt in two languages ("Padova"/"Padua", "Genova"/"Genua")
    return " ".join(slot_a), " ".join(slot_b)


def _labels(title: str, slot: tuple[str, ...]) -> bool:
    """Whether the words ``slot`` opening a title are its label (a colon, dash or bar follows them)."""
    pattern = r"\W*" + r"\W+".join(map(re.escape, slot)) + r"\s*[:|–—-]"
    return re.match(pattern, title) is not None


def clear_cache() -> None:
    _TOKENS.clear()
