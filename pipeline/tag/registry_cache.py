"""The widened registry kept between runs.

Widening the reviewed registry with the gazetteer's lists (``gazetteer.widen``) costs about 0.17 s
of every tagging process; a pickle of the result loads in about 0.01 s. No library does this for a
dataclass graph keyed by its inputs, so it is written here. The file is named by a hash of
everything the result depends on (the packaged lists, the code that reads, checks and indexes them
and the Python version), so an edited list or rule builds afresh; it lives in the user's cache directory
(``$XDG_CACHE_HOME`` or ``~/.cache``). It is written atomically, so parallel processes never read half
a file, earlier builds' files are removed, and any failure to read or write it (no or a read-only
home, a damaged file) falls back to building: the cache can change only the time, never the result.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from importlib import resources
from pathlib import Path

from pipeline import schema
from pipeline.tag import gazetteer, registry
from pipeline.tag.registry import Registry

_INPUTS = ("registry.csv", "well-known-bodies.csv", "govuk-organisations.csv", "public-bodies-2009.csv", "gazetteer-exclude.txt")
"""The packaged lists the widened registry is built from."""


def _key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in _INPUTS:
        digest.update((resources.files("pipeline") / "data" / name).read_bytes())
    for module in (gazetteer, registry, schema):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:32]


def cache_dir() -> Path:
    """Where the cache is kept: ``$XDG_CACHE_HOME/defra-annex-pipeline`` (default ``~/.cache``)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "defra-annex-pipeline"


def widened_registry() -> Registry:
    """The packaged registry widened with the gazetteer, from the cache when it holds this build."""
    try:
        path = cache_dir() / f"registry-{_key()}.pickle"
    except RuntimeError:  # no home directory to keep it in
        return gazetteer.widen(registry.load_registry())
    try:
        cached = pickle.loads(path.read_bytes())
        if isinstance(cached, Registry):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass  # absent or unreadable: build it
    built = gazetteer.widen(registry.load_registry())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".registry-")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, path)
            for older in path.parent.glob("registry-*.pickle"):  # earlier builds' files
                if older != path:
                    older.unlink(missing_ok=True)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:
        pass  # nowhere to write it: the next run builds again
    return built
