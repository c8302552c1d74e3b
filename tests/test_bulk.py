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


def test_overlapping_blocks_in_two_threads_keep_it_paused_until_the_last_ends():
    import threading

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second():
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)
            seen["after the first ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == {"after the first ended": False}
    assert gc.isenabled()


class _Node:
    def __init__(self):
        self.other = None


def test_what_a_block_made_is_aged_at_once_and_its_cycles_still_collected():
    import weakref

    gc.collect()
    with collector_paused():
        kept = [_Node() for _ in range(2000)]
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle, garbage once the names go
        gone = weakref.ref(a)
        del a, b
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(n) in oldest for n in kept)  # no young pass needed to age them
    assert gone() is not None  # the cycle waits for a full pass...
    gc.collect()
    assert gone() is None  # ...which frees it


def test_objects_frozen_on_purpose_stay_frozen():
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            made = [_Node() for _ in range(100)]
        assert gc.get_freeze_count() == frozen and made
    finally:
        gc.unfreeze()


def test_a_large_step_is_frozen_out_of_the_collectors_passes_only_when_asked():
    import importers.bulk as bulk
    from importers.bulk import freeze_large_steps

    gc.unfreeze()
    try:
        with collector_paused():
            kept = [[i] for i in range(5_000)]  # tracked objects the step leaves alive
        assert gc.get_freeze_count() == 0  # off by default (the command line)
        freeze_large_steps(1_000)
        with collector_paused():
            kept += [[i] for i in range(5_000)]
        assert gc.get_freeze_count() >= 5_000
        assert gc.isenabled()
        gc.unfreeze()
        with collector_paused():
            small = [[1], [2]]
        assert gc.get_freeze_count() == 0  # a small step is left to the collector
        assert kept and small
    finally:
        freeze_large_steps(None)
        gc.unfreeze()
        bulk._froze = False  # the frozen set is empty again


def test_once_a_large_step_was_frozen_a_block_ends_without_walking_the_frozen_set(monkeypatch):
    """gc.get_freeze_count walks every frozen object holding the GIL: after a large freeze it is not asked."""
    import importers.bulk as bulk
    from importers.bulk import freeze_large_steps

    gc.unfreeze()
    bulk._froze = False
    try:
        freeze_large_steps(1_000)
        with collector_paused():
            kept = [[i] for i in range(5_000)]
        assert gc.get_freeze_count() >= 5_000  # frozen by the step

        def walked():
            raise AssertionError("the frozen set was walked")

        with monkeypatch.context() as patched:
            patched.setattr(gc, "get_freeze_count", walked)
            with collector_paused():
                small = [[1], [2]]
        assert gc.get_freeze_count() >= 5_000  # what the step froze stays frozen
        assert kept and small and gc.isenabled()
    finally:
        freeze_large_steps(None)
        gc.unfreeze()
        bulk._froze = False  # the frozen set is empty again


def test_a_long_step_is_frozen_though_it_freed_as_much_as_it_made(monkeypatch):
    """gc.get_count() nets out what a step freed: a long step (an import that lets go of the rows it read)
    is frozen by its length, so no young pass walks what it made."""
    import importers.bulk as bulk
    from importers.bulk import freeze_large_steps

    gc.unfreeze()
    bulk._froze = False
    try:
        freeze_large_steps(10**9)  # no count reaches this: only the length decides
        with collector_paused():
            kept = [[i] for i in range(2_000)]
        assert gc.get_freeze_count() == 0  # short: left to the collector
        monkeypatch.setattr(bulk, "LONG_STEP", 0.0)
        with collector_paused():
            kept += [[i] for i in range(2_000)]
        assert gc.get_freeze_count() >= 2_000 and gc.isenabled()
    finally:
        freeze_large_steps(None)
        gc.unfreeze()
        bulk._froze = False
