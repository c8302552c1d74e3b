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


def test_what_the_block_built_goes_to_the_oldest_generation_unwalked():
    gc.collect()
    with collector_paused():
        built = [_Node() for _ in range(1000)]
    young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    assert not any(id(n) in young for n in built)
    old = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(n) in old for n in built)


def test_cycles_left_by_the_block_are_found_by_a_full_collection():
    import weakref

    with collector_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        alive = weakref.ref(a)
        del a, b
    assert alive() is not None  # a cycle: reference counting alone does not free it
    gc.collect()
    assert alive() is None


def test_objects_frozen_by_someone_else_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector_paused():
            [_Node() for _ in range(10)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
