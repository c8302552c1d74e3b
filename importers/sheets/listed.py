"""A column whose cells print a list the way a tool's export does, in square brackets ("[linkedin]",
"[Aino Virtanen, Mikko Korhonen]", "[]": ClickUp's tags and assignees): the values inside. Only when
(nearly) every filled cell of the column is so wrapped: a title that ends with "[draft]" is not."""
from __future__ import annotations

MOST = 0.9  # share of the filled cells that must be wrapped


def _wrapped(v: str) -> bool:
    return len(v) >= 2 and v[0] == "[" and v[-1] == "]" and "[" not in v[1:-1]


def unbracketed(values: list[str] | None) -> list[str] | None:
    """The column's texts without the brackets around each list, or the texts as they were."""
    if not values:
        return values
    filled = [v for v in values if v]
    if not filled or sum(map(_wrapped, filled)) < MOST * len(filled):
        return values
    return [v[1:-1].strip() if _wrapped(v) else v for v in values]


__all__ = ["unbracketed"]
