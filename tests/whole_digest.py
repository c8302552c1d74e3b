"""Digests of what the whole job produces (``consolidate`` with ``--report``): the entries,
the conflicts and the duplicate groups of a report, each as one SHA-256 over canonical JSON.

``python -m tests.whole_digest`` prints them for the cases of ``test_whole_identical``;
the committed fixture holds what the code produced before the ICS job was made fast,
so the test proves the fast path gives the same results.
"""
from __future__ import annotations

import hashlib
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
FIXTURE = ROOT / "tests" / "fixtures" / "whole" / "digests.json"
NORTHWIND = ("customer_success_outlook.ics", "events_team_google.ics", "marketing_content_calendar.xlsx",
             "people_culture_calendar.csv")


def _sha(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def digest(report: dict) -> dict:
    """The entries, conflicts and groups of a report, each digested (the time it was made left out)."""
    sources = [{k: v for k, v in s.items() if k != "id"} for s in report["sources"]]
    return {"entries": _sha(report["entries"]), "conflicts": _sha(report["conflicts"]),
            "duplicates": _sha(report["duplicates"]), "copies": _sha(report["copies"]),
            "sources": _sha(sources), "summary": report["summary"]}


def bench_files(tmp: Path) -> list[Path]:
    """A bench-like calendar (10 % weekly series) and two department calendars."""
    from bench.bench_ics import generate

    big = tmp / "bench.ics"
    generate(big, n=1_500, seed=5)
    out = [big]
    for d in range(2):
        p = tmp / f"dept{d}.ics"
        generate(p, n=400, seed=20 + d)
        p.write_bytes(p.read_bytes().replace(b"UID:bench-", f"UID:dept{d}-".encode()))
        out.append(p)
    return out


class _Pinned(datetime):
    """``datetime`` whose now() is NOW: the import window (the workspace's horizon) stays put."""

    @classmethod
    def now(cls, tz=None):
        return NOW.astimezone(tz) if tz is not None else NOW.replace(tzinfo=None)


def run_case(files: list[Path], tmp: Path) -> dict:
    from calendar_core.workspace import core

    real, core.datetime = core.datetime, _Pinned
    try:
        return _run_case(files, tmp)
    finally:
        core.datetime = real


def _run_case(files: list[Path], tmp: Path) -> dict:
    from calendar_core.consolidate import ConsolidateRequest, run_consolidate

    report = tmp / "report.json"
    ws = tmp / "ws.sqlite"
    ws.unlink(missing_ok=True)
    result = run_consolidate(ConsolidateRequest(files=list(files), workspace=str(ws), report=report, now=NOW))
    assert result.exit_code in (0, 1), [o.error for o in result.outcomes]
    out = digest(json.loads(report.read_text(encoding="utf-8")))
    out["stored"] = stored_digest(ws)
    return out


def _plain(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return sorted((str(k), str(v)) for k, v in value.items())
    if isinstance(value, tuple):
        return list(value)
    return value


def stored_digest(ws: Path) -> str:
    """Every field of every entry the workspace gives back (what the analysis and the window see)."""
    from dataclasses import fields

    from calendar_core.model import Entry, EntryFilter
    from calendar_core.workspace import Workspace

    w = Workspace.open(str(ws))
    try:
        names = [f.name for f in fields(Entry)]
        rows = [[_plain(getattr(e, n)) for n in names] for e in w.entries(None, None, EntryFilter(only_visible=False))]
    finally:
        w.close()
    return _sha(rows)


def cases(tmp: Path, shared: Path) -> dict[str, list[Path]]:
    files = bench_files(tmp)
    nw = shared / "scenarios" / "northwind"
    corpus = sorted((shared / "corpus" / "ics").rglob("*.ics"))
    return {"bench_one": files[:1], "bench_depts": files[1:], "northwind": [nw / n for n in NORTHWIND],
            "ics_corpus": corpus}


def main() -> None:
    import os
    import tempfile
    import time

    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    shared = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else ROOT.parent.parent / "shared"
    out = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for key, files in cases(tmp, shared).items():
            (tmp / key).mkdir()
            out[key] = run_case(files, tmp / key)
    text = json.dumps(out, indent=1, sort_keys=True)
    if "--write" in sys.argv:
        FIXTURE.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
