"""The cycle collector is paused for one bulk step and always comes back."""
import gc

import pytest

from importers.bulk import collector_paused


def test_paused_inside_and_restored_after_even_on_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("broken file")
    assert gc.isenabled()


def test_nested_and_already_disabled_are_left_as_found():
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # someone else disabled it: not ours to enable
    finally:
        gc.enable()
