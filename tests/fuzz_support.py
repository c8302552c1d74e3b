"""A seeded mutator of the calendar corpora, and a watchdog that runs each input in a child process.

Every input must end in records or a typed refusal (an ``importers.ImporterError`` other than
``InternalError``), within a time and a memory bound. Used by tests/test_fuzz.py (a few hundred
inputs) and by ``make fuzz`` (``python tests/fuzz_support.py --inputs 3000``).

The child (``--worker``) imports each file it is given and exports what it read (ICS always,
the workbook for every fifth input), under ``resource.setrlimit`` for memory; the parent kills
and restarts it when one input takes longer than the time bound.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTENSIONS = (".ics", ".csv", ".tsv", ".xlsx", ".xls", ".ods", ".xlsm")
MAX_SEED_BYTES = 1_500_000
TIME_LIMIT = 10.0  # seconds per input
MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes an input may add to the worker
# a refusal names where: "line 12", "rows 1–50", "sheet Plan", "part 'xl/workbook.xml'"
# a place inside the file: a line, row, sheet, zip part or directory, or a storage sector of a legacy workbook
PLACE = re.compile(r"\b(?:lines?|rows?) \d|\bsheets? [^\s;,)]|\bpart '|\bzip directory\b|\bsector \d")

# Pieces a hostile or careless file holds; spliced into text inputs.
TOKENS = [
    b"RRULE:FREQ=DAILY;INTERVAL=0", b"RRULE:FREQ=SECONDLY", b"RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    b"RRULE:FREQ=MINUTELY;COUNT=999999999", b"RRULE:FREQ=WEEKLY;INTERVAL=99999999999;BYDAY=MO,TU",
    b"DTSTART:99991231T235959Z", b"DTSTART;VALUE=DATE:99991231", b"DTSTART:00010101T000000",
    b"DTEND:99991231T235959Z", b"EXDATE:99991231T000000Z", b"RDATE;VALUE=PERIOD:20260101T000000Z/P99999W",
    b"DURATION:P9999999999W", b"DURATION:-PT1H", b"RECURRENCE-ID;RANGE=THISANDFUTURE:20260805T090000Z",
    b"TZID:\xff\xfe", b"BEGIN:VEVENT", b"END:VEVENT", b"BEGIN:VTIMEZONE", b"BEGIN:VCALENDAR",
    b"9999-12-31", b"0000-00-00", b"-99999999999", b"1e308", b"NaN", b"31.12.9999", b"2958466", b"-693594",
    b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\r", b"\x85", b"\xe2\x80\xa8", b'"', b'""""', b",,,,,,,,",
    b"=cmd|' /C calc'!A0", b"+SUM(A1)", b"\t" * 50, b"x" * 70_000, b"," * 20_000,
]
ZIP_TOKENS = [b'<c r="A2" s="1"><v>-1e15</v></c>', b'<c r="A2" t="e"><v>#REF!</v></c>', b"<v>2958466</v>",
              b'<dimension ref="A1:XFD1048576"/>', b"<row>" * 2000, b'<mergeCell ref="A1:XFD1048576"/>',
              b"&lt;", b"\x00", b'<c r="ZZZZ99999999">', b"<v>1e308</v>", b"<v>-1</v>"]


def corpus(extra: Path | None = None) -> list[Path]:
    """Seed files: the shared corpus when present, and the repository's own fixtures and samples."""
    folders = [ROOT / "tests" / "fixtures", ROOT / "resources" / "samples"]
    shared = extra if extra is not None else ROOT.parent / "shared" / "corpus"
    if not shared.is_dir():
        for parent in ROOT.parents:
            if (parent / "shared" / "corpus").is_dir():
                shared = parent / "shared" / "corpus"
                break
    if shared.is_dir():
        folders.append(shared)
    out = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in EXTENSIONS and path.stat().st_size <= MAX_SEED_BYTES:
                out.append(path)
    return out


def _mutate_bytes(data: bytes, rng: random.Random, others: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        n = len(buf)
        at = rng.randrange(n + 1) if n else 0
        if op == 0 and n:  # flip bits
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(n)
                buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # a hostile token
            buf[at:at] = rng.choice(TOKENS)
        elif op == 2 and n:  # delete a span
            buf[at:at + rng.randint(1, 200)] = b""
        elif op == 3 and n:  # repeat a span
            span = bytes(buf[at:at + rng.randint(1, 400)])
            buf[at:at] = span * rng.randint(2, 300)
        elif op == 4 and n:  # truncate
            del buf[rng.randrange(n):]
        elif op == 5 and others:  # splice another seed in
            other = rng.choice(others)
            if other:
                i = rng.randrange(len(other))
                buf[at:at] = other[i:i + rng.randint(1, 2000)]
        elif op == 6:  # line ends
            buf = bytearray(bytes(buf).replace(b"\n", rng.choice([b"\r", b"\x85", b"\r\r\n", b"\n\n", b""])))
        elif op == 7 and n:  # digits change: dates and serials drift
            for m in list(re.finditer(rb"\d{1,8}", bytes(buf)))[: rng.randint(1, 30)]:
                if rng.random() < 0.3:
                    buf[m.start():m.end()] = str(rng.choice([0, -1, 99999999, int(m.group()) * 1000])).encode()[
                        :m.end() - m.start()].rjust(m.end() - m.start(), b"9")
        elif op == 8:  # a line repeated many times (rows pasted over and over)
            lines = bytes(buf).split(b"\n")
            if len(lines) > 2:
                k = rng.randrange(1, len(lines))
                lines[k:k] = [lines[k]] * rng.randint(10, 3000)
                buf = bytearray(b"\n".join(lines))
    return bytes(buf)


def _mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """Mutate the XML inside a workbook, keeping the zip valid (raw flips mostly break the CRC)."""
    try:
        src = zipfile.ZipFile(BytesIO(data))
        infos = src.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return _mutate_bytes(data, rng, [])
    targets = [i for i in infos if i.filename.endswith(".xml")] or infos
    victim = rng.choice(targets).filename if targets else None
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in infos:
            try:
                body = src.read(info)
            except Exception:  # noqa: BLE001 - a damaged seed: keep it damaged
                continue
            if info.filename == victim:
                body = bytearray(_mutate_bytes(body, rng, []))
                for _ in range(rng.randint(0, 3)):
                    at = rng.randrange(len(body) + 1) if body else 0
                    body[at:at] = rng.choice(ZIP_TOKENS)
                body = bytes(body)
            # the seed's own time stamp, not now: the same seed gives the same bytes in any second
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=info.date_time), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def mutants(count: int, seed: int, seeds: list[Path] | None = None):
    """``count`` (name, bytes) inputs, the same for the same seed."""
    rng = random.Random(seed)
    seeds = seeds if seeds is not None else corpus()
    blobs = [p.read_bytes() for p in seeds]
    for n in range(count):
        k = rng.randrange(len(seeds))
        path, data = seeds[k], blobs[k]
        is_zip = data[:4] == b"PK\x03\x04"
        mutated = _mutate_zip(data, rng) if is_zip and rng.random() < 0.8 else _mutate_bytes(data, rng, blobs)
        suffix = path.suffix.lower()
        if rng.random() < 0.05:  # the wrong name for the content
            suffix = rng.choice(EXTENSIONS)
        yield f"{n:05d}-{path.stem[:40]}{suffix}", mutated, str(path.relative_to(path.parents[1]))


# --- the child -------------------------------------------------------------------------------

def _set_memory_limit() -> None:
    try:
        import resource
    except ImportError:  # not on Windows: no memory bound there
        return
    base = 0
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    base = int(line.split()[1]) * 1024
    except OSError:
        pass
    limit = base + MEMORY_LIMIT
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _entries(records):
    from datetime import datetime, time, timezone

    from calendar_core.model import Entry

    out = []
    for i, r in enumerate(records, start=1):
        def aware(v):
            if v is None or isinstance(v, datetime):
                return v
            return datetime.combine(v, time(0), tzinfo=timezone.utc)

        out.append(Entry(id=i, source_id=1, source_ref=r.source_ref, title=r.title, start=aware(r.start),
                         end=aware(r.end), all_day=r.all_day, timezone=r.timezone, description=r.description,
                         department=r.department or "Dept", channel=r.channel, owner=r.owner, status=r.status,
                         campaign=r.campaign, link=r.link, kind=r.kind, location=r.location,
                         series_key=r.series_key, recurrence_id=aware(r.recurrence_id), recurrence=r.recurrence,
                         source_name="fuzz"))
    return out


def _one(path: Path, out_dir: Path, export_xlsx: bool) -> dict:
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    from importers import ImporterError, InternalError, read_file
    from importers.records import ImportOptions

    options = ImportOptions(timezone=ZoneInfo("Europe/Berlin"), window_start=datetime(2025, 8, 1, tzinfo=timezone.utc),
                            window_end=datetime(2027, 8, 1, tzinfo=timezone.utc))
    try:
        result = read_file(path, options)
    except InternalError as exc:
        return {"status": "unexpected", "kind": "InternalError", "message": str(exc)[:300]}
    except ImporterError as exc:
        msg = str(exc)
        if "more memory than is available" in msg:
            return {"status": "memory", "message": msg[:300]}
        return {"status": "refused", "kind": type(exc).__name__, "message": msg[:300],
                "names_place": bool(PLACE.search(exc.reason))}
    except BaseException as exc:  # noqa: BLE001 - exactly what the fuzz is looking for
        return {"status": "unexpected", "kind": type(exc).__name__, "message": str(exc)[:300]}
    stage = "export"
    try:
        from calendar_core.export.ics import write_ics
        from calendar_core.model import Source

        entries = _entries(result.records)
        sources = {1: Source(id=1, path=str(path), name=path.name, kind=result.kind, department="Dept", colour="",
                             content_hash="", imported_at=datetime(2026, 8, 1, tzinfo=timezone.utc))}
        write_ics(out_dir / "out.ics", entries, sources, now=datetime(2026, 8, 1, tzinfo=timezone.utc))
        if export_xlsx:
            from calendar_core.export.xlsx import write_workbook

            write_workbook(out_dir / "out.xlsx", entries, sources, [], [], timezone="Europe/Berlin")
    except MemoryError:
        return {"status": "memory", "message": f"{stage}: out of memory"}
    except BaseException as exc:  # noqa: BLE001
        return {"status": "unexpected", "kind": f"{stage}:{type(exc).__name__}", "message": str(exc)[:300]}
    return {"status": "ok", "records": len(result.records)}


def worker() -> None:
    sys.path.insert(0, str(ROOT))
    import importers  # noqa: F401 - warm imports before the memory limit
    import calendar_core.export.ics  # noqa: F401
    import calendar_core.export.xlsx  # noqa: F401
    import python_calamine  # noqa: F401
    import recurring_ical_events  # noqa: F401

    _set_memory_limit()
    out_dir = Path(tempfile.mkdtemp(prefix="masthead-fuzz-out-"))
    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        answer = _one(Path(os.fsdecode(job["path"].encode("utf-8", "surrogateescape"))), out_dir, job["xlsx"])
        print(json.dumps(answer), flush=True)
    shutil.rmtree(out_dir, ignore_errors=True)


# --- the parent ------------------------------------------------------------------------------

@dataclass
class Summary:
    inputs: int = 0
    ok: int = 0
    refused: int = 0
    refused_with_place: int = 0
    unexpected: list[tuple[str, str, str]] = field(default_factory=list)  # (input, kind, message)
    slow: list[str] = field(default_factory=list)
    memory: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # failing inputs saved for a fixture
    seconds: float = 0.0
    refusals: dict[str, int] = field(default_factory=dict)  # message pattern -> count

    @property
    def place_share(self) -> float:
        return self.refused_with_place / self.refused if self.refused else 1.0

    def lines(self) -> list[str]:
        out = [f"{self.inputs} inputs in {self.seconds:.0f} s: {self.ok} read, {self.refused} refused "
               f"({self.place_share:.0%} naming a line, row, sheet or part), {len(self.unexpected)} unexpected, "
               f"{len(self.slow)} over {TIME_LIMIT:.0f} s, {len(self.memory)} over "
               f"{MEMORY_LIMIT // (1024 * 1024)} MB, {len(self.crashed)} crashed the worker"]
        for name, kind, msg in self.unexpected[:20]:
            out.append(f"  unexpected {kind} on {name}: {msg[:160]}")
        for label, names in (("slow", self.slow), ("memory", self.memory), ("crashed", self.crashed)):
            for name in names[:10]:
                out.append(f"  {label}: {name}")
        return out


class _Worker:
    def __init__(self) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--worker"], cwd=str(ROOT),
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env=env)
        if self._line(120.0) != "ready":
            raise RuntimeError("fuzz worker did not start")

    def _line(self, timeout: float) -> str | None:
        fd = self.proc.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return None
        line = self.proc.stdout.readline()
        return line.decode("utf-8", "replace").strip() if line else ""

    def ask(self, path: Path, xlsx: bool, timeout: float) -> dict | str:
        """The child's answer, or "slow" / "crashed"."""
        job = json.dumps({"path": os.fsencode(str(path)).decode("utf-8", "surrogateescape"), "xlsx": xlsx},
                         ensure_ascii=False).encode("utf-8", "surrogateescape") + b"\n"
        try:
            self.proc.stdin.write(job)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            return "crashed"
        line = self._line(timeout)
        if line is None:
            return "slow"
        if not line:
            return "crashed"
        return json.loads(line)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass


def _pattern(message: str) -> str:
    reason = message.split(": ", 1)[-1]
    return re.sub(r"\d[\d,.]*", "N", re.sub(r"'[^']*'", "'…'", reason))[:90]


def run(count: int, seed: int = 16, keep: Path | None = None, time_limit: float = TIME_LIMIT,
        seeds: list[Path] | None = None) -> Summary:
    summary = Summary()
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="masthead-fuzz-"))
    wk = _Worker()
    try:
        for n, (name, data, origin) in enumerate(mutants(count, seed, seeds)):
            path = work / name
            path.write_bytes(data)
            answer = wk.ask(path, n % 5 == 0, time_limit)
            summary.inputs += 1
            failed = None
            if isinstance(answer, str):  # slow or crashed: a fresh worker for the next input
                wk.stop()
                wk = _Worker()
                (summary.slow if answer == "slow" else summary.crashed).append(f"{name} (from {origin})")
                failed = answer
            elif answer["status"] == "ok":
                summary.ok += 1
            elif answer["status"] == "refused":
                summary.refused += 1
                summary.refused_with_place += answer["names_place"]
                pattern = ("+ " if answer["names_place"] else "- ") + _pattern(answer["message"])
                summary.refusals[pattern] = summary.refusals.get(pattern, 0) + 1
            elif answer["status"] == "memory":
                summary.memory.append(f"{name} (from {origin})")
                failed = "memory"
            else:
                summary.unexpected.append((f"{name} (from {origin})", answer["kind"], answer["message"]))
                failed = "unexpected"
            if failed and keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, keep / name)
                summary.kept.append(str(keep / name))
            path.unlink()
    finally:
        wk.stop()
        shutil.rmtree(work, ignore_errors=True)
    summary.seconds = time.monotonic() - started
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz Masthead's importers and exporters.")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--inputs", type=int, default=int(os.environ.get("FUZZ_INPUTS", "3000")))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", "16")))
    parser.add_argument("--keep", type=Path, help="save failing inputs in this folder")
    parser.add_argument("--refusals", action="store_true", help="list refusal messages by pattern")
    args = parser.parse_args(argv)
    if args.worker:
        worker()
        return 0
    summary = run(args.inputs, args.seed, args.keep)
    print("\n".join(summary.lines()))
    if args.refusals:
        for pattern, n in sorted(summary.refusals.items(), key=lambda kv: -kv[1]):
            print(f"  {n:5d}  {pattern}")
    bad = summary.unexpected or summary.slow or summary.memory or summary.crashed
    return 1 if bad or summary.place_share < 0.8 else 0


if __name__ == "__main__":
    sys.exit(main())
