"""The whole job as a user runs it: ``main.py consolidate FILES --workspace W --report r.json``.

Each run is a whole process (wall time and peak RSS from ``os.wait4``), interleaved
in the same run with its baseline, also a whole process:

- one calendar of 20,000 events, 10 % weekly series (122,000 occurrences), against a
  bare ``icalendar.Calendar.from_ical`` of the same file (target 1.0x, stretch 0.5x);
- four department calendars of 5,000 events each, against bare parses of the four
  (target 1.0x);
- a 50,000-row xlsx against a bare python-calamine read (target 4x).

The xlsx workload also prints its start-up alone (a process loading the command's modules), and of
it the libraries alone (SQLAlchemy, numpy, calamine, orjson: the start-up that is not ours).
The peak memory of the 20,000-event run is a target line too (400 MB, printed as
MB against 1 "second" so the ratio reads as a fraction of the budget), and so is the
floor: a process that only reads and stores the same file (no analysis, no report).

Then a scale ladder (about 1k, 10k, 100k and 1M entries; MASTHEAD_BENCH_1M=0 leaves 1M out):
time and peak memory of import, analysis and report, each step in its own process,
and the growth factor per tenfold. ``MASTHEAD_BENCH_REPEAT`` runs each pair more
than once (best of; the departments also print their worst run's CPU ratio, each run against
the baseline run just before it, as a target line: "within target in every run"). ``MASTHEAD_BENCH_WHOLE`` names the workloads to run, comma-separated
(``ics``, ``departments``, ``xlsx``, ``ladder``; default all):
``MASTHEAD_BENCH_WHOLE=xlsx MASTHEAD_BENCH_REPEAT=3 python -m bench whole``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PY = sys.executable
MEMORY_BUDGET_MB = 400.0
OCCURRENCES_PER_EVENT = 6.1  # 90 % single events, 10 % weekly series of about 52


# A user's installation has its bytecode compiled: so do the children (the machine may set
# PYTHONDONTWRITEBYTECODE, which would make every whole process compile the project again).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CPU: dict[str, float] = {}  # CPU seconds (user + system) of the last run of each command, for the record


def run_measured(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, the child's own peak RSS in MB (``os.wait4``) and its stdout."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as so, tempfile.TemporaryFile() as se:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=so, stderr=se, env=CHILD_ENV)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        CPU[" ".join(cmd)] = usage.ru_utime + usage.ru_stime
        so.seek(0)
        se.seek(0)
        out, err = so.read().decode(errors="replace"), se.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}): {err[-2000:]}")
    return wall, usage.ru_maxrss / 1024.0, out


def bare_ics(paths: list[Path]) -> list[str]:
    code = ("import sys, icalendar\n"
            "for p in sys.argv[1:]:\n"
            "    icalendar.Calendar.from_ical(open(p, 'rb').read())\n")
    return [PY, "-c", code, *map(str, paths)]


def bare_calamine(path: Path) -> list[str]:
    code = ("import sys, python_calamine\n"
            "wb = python_calamine.CalamineWorkbook.from_path(sys.argv[1])\n"
            "for name in wb.sheet_names:\n"
            "    wb.get_sheet_by_name(name).to_python()\n")
    return [PY, "-c", code, str(path)]


def consolidate(paths: list[Path], tmp: Path, tag: str) -> list[str]:
    ws = tmp / f"ws-{tag}-{time.monotonic_ns()}.sqlite"
    return [PY, str(ROOT / "main.py"), "consolidate", *map(str, paths), "--workspace", str(ws),
            "--report", str(tmp / f"r-{tag}.json")]


def department_files(tmp: Path, n: int = 5_000, count: int = 4) -> list[Path]:
    from bench.bench_ics import generate

    paths = []
    for d in range(count):
        path = tmp / f"dept{d}.ics"
        generate(path, n=n, seed=11 + d)
        names = ("Marketing", "Communications", "People", "Support")  # four departments, so their
        name = names[d % len(names)] + (f" {d}" if d >= len(names) else "")  # duplicated effort is looked for
        path.write_bytes(path.read_bytes().replace(b"UID:bench-", f"UID:dept{d}-".encode())
                         .replace(b"X-WR-CALNAME:Bench calendar", f"X-WR-CALNAME:{name}".encode()))
        paths.append(path)
    return paths


LAST_CPU: list[tuple[float, float]] = []  # (ours, baseline) CPU seconds of each pair's best run
LAST_RUNS: list[list[tuple[float, float]]] = []  # (ours, baseline) CPU seconds of every run of each pair


def pair(ours: list[str], base: list[str], repeat: int) -> tuple[float, float, float]:
    """Best wall time of ours and of the baseline, taking turns; ours' peak memory (MB)."""
    best_ours = best_base = float("inf")
    cpu = (float("inf"), float("inf"))
    runs: list[tuple[float, float]] = []
    peak = 0.0
    for _ in range(repeat):
        base_s, _m, _o = run_measured(base)
        for flag in ("--workspace", "--import-only"):
            if flag in ours:
                Path(ours[ours.index(flag) + 1]).unlink(missing_ok=True)  # a first import each time
        ours_s, mb, _o = run_measured(ours)
        best_ours, best_base = min(best_ours, ours_s), min(best_base, base_s)
        peak = mb if peak == 0.0 else min(peak, mb)
        # CPU time is what the machine's other jobs distort least: printed beside the wall times
        ours_cpu, base_cpu = CPU[" ".join(ours)], CPU[" ".join(base)]
        cpu = (min(cpu[0], ours_cpu), min(cpu[1], base_cpu))
        runs.append((ours_cpu, base_cpu))
        print(f"   (cpu: ours {ours_cpu:.2f}s, baseline {base_cpu:.2f}s, ratio {ours_cpu / base_cpu:.2f}x; "
              f"wall {ours_s:.2f}s / {base_s:.2f}s; peak {mb:.0f} MB)", flush=True)
    LAST_CPU.append(cpu)
    LAST_RUNS.append(runs)
    return best_ours, best_base, peak


def worst_run() -> tuple[float, float]:
    """(ours, baseline) CPU seconds of the last pair's run with the highest ratio: each run against
    the baseline run just before it, so a target "in every run" is read off one line."""
    return max(LAST_RUNS[-1], key=lambda r: r[0] / r[1])


# ----- the scale ladder: one process per step, phases timed inside it -----------------

def _step(ics: str, ws: str, report: str) -> None:
    """Import, analyse and write the report of one file, printing each phase's time and peak RSS."""
    import resource

    from calendar_core import exporting
    from calendar_core.importing import import_batch
    from calendar_core.model import EntryFilter
    from calendar_core.workspace import Workspace

    def peak() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

    out = {}
    w = Workspace.open(ws)
    flt = EntryFilter(only_visible=False)
    t0 = time.perf_counter()
    batch = import_batch(w, [Path(ics)], keep_entries=True)
    out["import"] = (time.perf_counter() - t0, peak())
    t0 = time.perf_counter()
    # as consolidate does: the entries the import stored, not read back
    entries = w.imported_entries([o.report for o in batch.outcomes], flt)
    g = exporting.gather(w, flt, entries=entries)
    out["analysis"] = (time.perf_counter() - t0, peak())
    t0 = time.perf_counter()
    exporting.write("json", report, g)
    out["report"] = (time.perf_counter() - t0, peak())
    out["entries"] = len(g.entries)
    w.close()
    print(json.dumps(out))


def _import_only(ws: str, *files: str) -> None:
    """Read and store the files (no analysis, no report): the floor of the whole job."""
    from calendar_core.importing import import_batch
    from calendar_core.workspace import Workspace

    w = Workspace.open(ws)
    import_batch(w, [Path(f) for f in files])
    w.close()


def import_only(paths: list[Path], tmp: Path) -> list[str]:
    ws = tmp / f"ws-floor-{time.monotonic_ns()}.sqlite"
    return [PY, "-m", "bench.bench_whole", "--import-only", str(ws), *map(str, paths)]


def start_up() -> list[str]:
    """A process that loads what ``consolidate`` loads before its work (main.py's start-up modules)."""
    return [PY, "-c", "import sys; sys.argv = ['main.py', 'consolidate']; import main; main._start_up_modules()"]


def libraries_alone() -> list[str]:
    """A process loading only the libraries the command cannot do without (the store's SQLAlchemy,
    the analysis's numpy, the reader's calamine, orjson): the part of start-up that is not ours."""
    return [PY, "-c", "import os; os.environ.setdefault('OPENBLAS_NUM_THREADS', '1'); "
                      "import sqlalchemy, numpy, python_calamine, orjson"]


def ladder(tmp: Path, sizes: list[int]) -> list[dict]:
    from bench.bench_ics import generate

    steps = []
    for size in sizes:
        path = tmp / f"ladder-{size}.ics"
        generate(path, n=max(10, round(size / OCCURRENCES_PER_EVENT)), seed=3)
        ws = tmp / f"ladder-{size}.sqlite"
        _wall, _mb, out = run_measured([PY, "-m", "bench.bench_whole", "--step", str(path), str(ws),
                                        str(tmp / f"ladder-{size}.json")])
        steps.append(json.loads(out.strip().splitlines()[-1]))
        path.unlink()
        ws.unlink()
    return steps


def print_ladder(steps: list[dict]) -> None:
    print(f"   {'entries':>9}  {'import s':>9} {'MB':>6}  {'analysis s':>10} {'MB':>6}  {'report s':>9} {'MB':>6}"
          f"  {'total s':>8}  growth")
    prev = None
    for st in steps:
        total = sum(st[k][0] for k in ("import", "analysis", "report"))
        growth = ""
        if prev is not None:
            # cost per tenfold of entries: 10 is linear
            factor = (total / prev[1]) / (st["entries"] / prev[0]) * 10
            growth = f"x{total / prev[1]:.1f} for x{st['entries'] / prev[0]:.1f} entries ({factor:.1f} per tenfold)"
        print(f"   {st['entries']:>9}  {st['import'][0]:9.2f} {st['import'][1]:6.0f}  {st['analysis'][0]:10.2f} "
              f"{st['analysis'][1]:6.0f}  {st['report'][0]:9.2f} {st['report'][1]:6.0f}  {total:8.2f}  {growth}",
              flush=True)
        prev = (st["entries"], total)


def compile_project() -> None:
    """The project's bytecode, as an installed app has it (pip compiles the libraries already)."""
    import compileall

    for package in ("calendar_core", "importers", "bench"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    compileall.compile_file(str(ROOT / "main.py"), quiet=1)


WORKLOADS = ("ics", "departments", "xlsx", "ladder")


def wanted_workloads() -> set[str]:
    named = {w.strip() for w in os.environ.get("MASTHEAD_BENCH_WHOLE", "").split(",") if w.strip()}
    unknown = named - set(WORKLOADS)
    if unknown:
        raise SystemExit(f"MASTHEAD_BENCH_WHOLE: unknown workload(s) {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(WORKLOADS)})")
    return named or set(WORKLOADS)


def run() -> list[tuple[str, float, float, float | None]]:
    from bench.bench_ics import generate
    from bench.bench_sheets import make_workbook

    repeat = int(os.environ.get("MASTHEAD_BENCH_REPEAT", "1"))
    wanted = wanted_workloads()
    compile_project()
    rows: list[tuple[str, float, float, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if "ics" in wanted:
            rows += _one_calendar(tmp, repeat, generate)
        if "departments" in wanted:
            depts = department_files(tmp)
            ours, base, mb = pair(consolidate(depts, tmp, "dept"), bare_ics(depts), repeat)
            rows.append((f"whole job: 4 departments x 5k events, peak {mb:.0f} MB", ours, base, 1.0))
            rows.append(("  same, CPU seconds", *LAST_CPU[-1], None))
            rows.append((f"  same, CPU, worst of {len(LAST_RUNS[-1])} runs (each beside its baseline)",
                         *worst_run(), 1.0))
        if "xlsx" in wanted:
            sheet = make_workbook(tmp / "rows50k.xlsx")
            ours, base, mb = pair(consolidate([sheet], tmp, "xlsx"), bare_calamine(sheet), repeat)
            rows.append((f"whole job: 50k-row xlsx, peak {mb:.0f} MB (vs calamine)", ours, base, 4.0))
            rows.append(("  same, CPU seconds", *LAST_CPU[-1], None))
            # what the analysis and the report add to it: the same process reading and storing only
            pair(import_only([sheet], tmp), bare_calamine(sheet), repeat)
            rows.append(("  floor: read + store alone (CPU seconds)", *LAST_CPU[-1], None))
            # and what the process pays before it reads a row: the interpreter and the command's modules
            pair(start_up(), bare_calamine(sheet), repeat)
            rows.append(("  start-up alone: the command's imports (CPU seconds)", *LAST_CPU[-1], None))
            # of it, the libraries alone: what start-up costs before any module of ours loads
            pair(libraries_alone(), bare_calamine(sheet), repeat)
            rows.append(("  of it, the libraries alone (SQLAlchemy, numpy; CPU seconds)", *LAST_CPU[-1], None))
        if "ladder" in wanted:
            # 1M entries: about 3.5 minutes and 2 GB on the 2-core machine; MASTHEAD_BENCH_1M=0 leaves it out
            sizes = [1_000, 10_000, 100_000] + ([1_000_000] if os.environ.get("MASTHEAD_BENCH_1M", "1") != "0"
                                                else [])
            print("   scale ladder (import, analysis, report; time and peak RSS so far):", flush=True)
            print_ladder(ladder(tmp, sizes))
    return rows


def _one_calendar(tmp: Path, repeat: int, generate) -> list[tuple[str, float, float, float | None]]:
    """The 20,000-event calendar: the whole job, its memory and the floor (read and store alone)."""
    rows: list[tuple[str, float, float, float | None]] = []
    big = tmp / "cal20k.ics"
    generate(big)
    ours, base, mb = pair(consolidate([big], tmp, "big"), bare_ics([big]), repeat)
    rows.append(("whole job: 20k events, 122k occurrences (vs from_ical)", ours, base, 1.0))
    rows.append(("  same, stretch target", ours, base, 0.5))
    rows.append(("  same, CPU seconds (others' load distorts wall time)", *LAST_CPU[-1], None))
    rows.append((f"  peak memory {mb:.0f} MB (MB vs budget {MEMORY_BUDGET_MB:.0f} MB)", mb, MEMORY_BUDGET_MB, 1.0))
    # the floor: the same process reading and storing only (no analysis, no report)
    _o, _b, mb = pair(import_only([big], tmp), bare_ics([big]), repeat)
    rows.append((f"  floor: read + store alone, peak {mb:.0f} MB (CPU seconds)", *LAST_CPU[-1], None))
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--step":
        _step(*sys.argv[2:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "--import-only":
        _import_only(*sys.argv[2:])
    else:
        for label, ours, base, target in run():
            said = f" (target <= {target}x)" if target is not None else " (reference)"
            print(f"{label}: ours {ours:.2f}, baseline {base:.2f}, ratio {ours / base:.2f}x{said}")
