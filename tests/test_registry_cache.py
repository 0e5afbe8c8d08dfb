"""The widened registry's cache between runs: the same registry from a build, a cached copy, a
damaged file or an unwritable cache directory."""
from __future__ import annotations

import pytest

from pipeline.tag.gazetteer import widen
from pipeline.tag.registry import load_registry
from pipeline.tag.registry_cache import cache_dir, widened_registry


@pytest.fixture(scope="module")
def built():
    return widen(load_registry())


def test_the_cached_registry_is_the_built_one(tmp_path, monkeypatch, built):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = widened_registry()
    files = list(cache_dir().iterdir())
    assert [f.name.startswith("registry-") and f.suffix == ".pickle" for f in files] == [True]
    assert first == built
    assert widened_registry() == built  # read back from the file
    assert list(cache_dir().iterdir()) == files


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch, built):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    widened_registry()
    (cached,) = cache_dir().iterdir()
    cached.write_bytes(b"\x80\x05 not a pickle")
    assert widened_registry() == built
    assert widened_registry() == built


def test_an_unwritable_cache_directory_only_costs_time(tmp_path, monkeypatch, built):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert widened_registry() == built
    assert blocker.read_text() == "a file where the cache directory would be"


def test_an_earlier_build_s_file_is_replaced(tmp_path, monkeypatch, built):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    stale = cache_dir() / "registry-0123456789abcdef0123456789abcdef.pickle"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"an earlier build")
    assert widened_registry() == built
    assert not stale.exists()
    assert len(list(cache_dir().iterdir())) == 1
