"""Test set-up: offscreen Qt, a pinned zone and clock, shared paths."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

# Before any QApplication exists, or a machine without a display aborts the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the user's real settings and data folders out of the tests.
import tempfile  # noqa: E402

_HOME = tempfile.mkdtemp(prefix="masthead-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
# Pin the machine's zone so no test depends on where it runs.
os.environ["TZ"] = "Europe/Berlin"
if hasattr(time, "tzset"):
    time.tzset()

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():  # worktrees live one level deeper
    for parent in ROOT.parents:
        if (parent / "shared" / "corpus").is_dir():
            SHARED = parent / "shared"
            break
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def fixture_path():
    def get(name: str) -> Path:
        path = FIXTURES / name
        assert path.exists(), f"missing fixture {name}"
        return path

    return get


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("shared/ folder not available")
    return SHARED


@pytest.fixture
def northwind(shared_dir) -> Path:
    return shared_dir / "scenarios" / "northwind"


# A shared workspace may live in PostgreSQL. Store tests run on SQLite always,
# and on the database named by MASTHEAD_TEST_DATABASE_URL when it is set
# (e.g. postgresql+psycopg2://user:pw@localhost/masthead_test; its Masthead
# tables are dropped before each test).
TEST_DATABASE_URL = os.environ.get("MASTHEAD_TEST_DATABASE_URL", "")


@pytest.fixture(params=["sqlite", "server"])
def ws_target(request, tmp_path):
    if request.param == "sqlite":
        return tmp_path / "ws.sqlite"
    if not TEST_DATABASE_URL:
        pytest.skip("MASTHEAD_TEST_DATABASE_URL not set (no database server to test against)")
    from sqlalchemy import create_engine

    from calendar_core.store.schema import metadata

    engine = create_engine(TEST_DATABASE_URL)
    try:
        metadata.drop_all(engine)
    finally:
        engine.dispose()
    return TEST_DATABASE_URL
