"""File helpers shared by every stage: atomic writes, output-path errors and hashing.

A file is written to a temporary file beside its target (``.NAME.PID.RANDOM.tmp``) and renamed
onto it only when complete, so a reader sees the old file or the new one, never a partial one.
A run killed with ``kill -9`` cannot remove its temporary files; the next write of the same
target removes those whose process is gone. Any ``OSError`` while writing (read-only file
system, no space, a directory in the way, a parent that is a file) becomes one
:class:`OutputFileError` naming the target, with the old file left as it was.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.errors import OutputFileError

_UMASK = os.umask(0)
os.umask(_UMASK)


def reason(error: OSError) -> str:
    """A short reason for a failed write."""
    code = error.errno
    if code is None:  # pyarrow's write errors carry the errno only in their text
        found = re.search(r"\[errno (\d+)\]", str(error), re.IGNORECASE)
        code = int(found.group(1)) if found else None
    if code in (errno.ENOTDIR, errno.EEXIST):
        return "a parent of it is a file, not a folder"
    if code == errno.EISDIR:
        return "it is a directory"
    return os.strerror(code) if code else " ".join(str(error).split())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(target: Path) -> None:
    """Remove temporary files of ``target`` left by runs that no longer exist."""
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{target.name}.*.tmp"):
            parts = leftover.name[len(target.name) + 2:].split(".")
            if len(parts) == 3 and parts[0].isdigit() and not _alive(int(parts[0])):
                leftover.unlink(missing_ok=True)


def check_writable(target: str | Path) -> None:
    """Fail fast, before any work, when ``target`` is a directory or its parent is a file."""
    target = Path(target)
    if target.is_dir():
        raise OutputFileError(target, "cannot write: it is a directory")
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputFileError(target, f"cannot write: {parent} is a file, not a folder")
            break


def stage(target: str | Path) -> Path:
    """A new empty temporary file beside ``target`` (its folders are created)."""
    target = Path(target)
    check_writable(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        Path(tmp).chmod(0o666 & ~_UMASK)
    except OSError as error:
        raise OutputFileError(target, f"cannot write: {reason(error)}") from None
    return Path(tmp)


def commit(tmp: Path, target: str | Path) -> None:
    """Rename a complete temporary file onto its target."""
    try:
        os.replace(tmp, target)
    except OSError as error:
        raise OutputFileError(target, f"cannot write: {reason(error)}") from None


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` only on success.

    The body should only write the temporary file: an ``OSError`` it raises is reported as
    a failure to write ``target``.
    """
    tmp = stage(target)
    try:
        try:
            yield tmp
        except OSError as error:
            raise OutputFileError(target, f"cannot write: {reason(error)}") from None
        commit(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomic(target: str | Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_json_atomic(target: str | Path, data: Any) -> None:
    write_text_atomic(target, json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n")


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
