"""Bulk work with the garbage collector paused, and the collector back afterwards."""

import gc

import pytest

from centredesk.collector import collector_paused


def test_the_collector_is_paused_in_the_block_and_back_after_it_even_on_an_error():
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), collector_paused():
        assert not gc.isenabled()
        _ = 1 / 0
    assert gc.isenabled()


def test_a_collector_already_paused_by_someone_else_stays_paused():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
