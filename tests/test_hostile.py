"""Hostile and damaged input through the real command line: one test (or more) per observed failure.

Crafted PDFs come from tests/make_hostile_pdfs.py (committed in tests/fixtures/hostile/).
Output-path faults use a real tmpfs (full or read-only) and real failed renames (strace fault
injection); those tests are skipped where the machine does not allow mounting or tracing.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

import pipeline
from pipeline import errors, schema
from pipeline.errors import ValidationError
from pipeline.params import load_params, section
from tests.conftest import PDF, ROOT, TEXT_EXPORT

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
OLD = b"previous output"
TIMEOUT = 60

LIMITS = section(load_params(), "extract.pdf.limits")


@dataclass
class Run:
    code: int
    stderr: str
    peak_bytes: int


def run(*args: str, timeout: float = TIMEOUT, wrap: list[str] | None = None) -> Run:
    """``python -m pipeline ARGS`` in its own process; a hang fails the test instead of blocking it."""
    command = [*(wrap or []), sys.executable, "-m", "pipeline", *args]
    with tempfile.TemporaryFile() as err:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}  # no .pyc renames to confuse the rename faults
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                pytest.fail(f"still running after {timeout} s: {' '.join(args)}")
            time.sleep(0.05)
        err.seek(0)
        return Run(proc.returncode, err.read().decode("utf-8", "replace"), usage.ru_maxrss * 1024)


def extract(source: Path, tmp_path: Path, *extra: str) -> tuple[Run, Path]:
    out = tmp_path / "out" / "rows.parquet"
    out.parent.mkdir(exist_ok=True)
    out.write_bytes(OLD)
    return run("extract", str(source), "-o", str(out), *extra), out


def assert_failed(result: Run, out: Path, code: int, line: str) -> None:
    assert (result.code, result.stderr) == (code, f"error: {line}\n")
    assert out.read_bytes() == OLD
    assert [p.name for p in out.parent.iterdir()] == ["rows.parquet"]


# ---------------------------------------------------------------- 1: damaged Action column


@pytest.mark.parametrize("bad_id", ["1.2 Action", "1.2 1.3"])
def test_action_column_with_other_words_is_one_error(tmp_path, text_rows, bad_id):
    from dataclasses import replace

    from tests.layouts import LAYOUTS, render

    rows = [text_rows[0], replace(text_rows[1], action_id=bad_id), text_rows[2]]
    source = render(rows, tmp_path / "annex.pdf", LAYOUTS[0])
    result, out = extract(source, tmp_path)
    assert_failed(result, out, 5, f"{source} (page 1): action id {bad_id!r} is not of the form N.M")


# ---------------------------------------------------------------- 2: library logging


def test_pdfminer_warnings_are_silent_unless_verbose(tmp_path):
    source = HOSTILE / "no-font-bbox.pdf"
    result, out = extract(source, tmp_path)
    assert (result.code, result.stderr) == (0, f"{source}: 132 rows → {out}\n")
    verbose = run("-v", "extract", str(source), "-o", str(out))
    assert verbose.code == 0
    assert "WARNING pdfminer.pdffont: Could not get FontBBox" in verbose.stderr


# ---------------------------------------------------------------- 3: reference cycles


@pytest.mark.parametrize(("name", "page"), [
    ("cycle-contents", ""), ("cycle-font", " (page 1)"), ("cycle-mediabox", ""), ("cycle-pages", ""),
    ("cycle-tounicode", " (page 1)"),
])
def test_reference_cycle_is_detected(tmp_path, name, page):
    source = HOSTILE / f"{name}.pdf"
    result, out = extract(source, tmp_path)
    assert_failed(result, out, 5, f"{source}{page}: indirect references form a cycle (object 10 refers back to itself)")


def test_page_tree_listing_itself_ends(tmp_path):
    source = HOSTILE / "cycle-kids.pdf"
    result, out = extract(source, tmp_path)
    assert_failed(result, out, 5, f"{source}: the table has a header but no rows")


# ---------------------------------------------------------------- 4, 5: bombs and huge pages


@pytest.mark.parametrize("name", ["flate-bomb-1gib", "flate-bomb-8gib"])
def test_flate_bomb_stops_at_the_stream_limit(tmp_path, name):
    source = HOSTILE / f"{name}.pdf"
    result, out = extract(source, tmp_path)
    assert_failed(result, out, 5, f"{source} (page 1): a compressed stream inflates to more than "
                                  f"{LIMITS['max_stream_bytes']} bytes (extract.pdf.limits.max_stream_bytes)")
    assert result.peak_bytes < 500e6


def test_page_with_a_million_objects_stops_at_the_object_limit(tmp_path):
    source = HOSTILE / "million-text-objects.pdf"
    result, out = extract(source, tmp_path)
    assert_failed(result, out, 5, f"{source} (page 1): more than {LIMITS['max_objects_per_page']} "
                                  "content-stream objects on one page (extract.pdf.limits.max_objects_per_page)")


def test_limits_come_from_params(tmp_path):
    params = yaml.safe_load((ROOT / "params.yaml").read_text())
    custom = tmp_path / "params.yaml"
    params["extract"]["pdf"]["limits"].update(max_pages=2, max_seconds_per_page=0.5)
    custom.write_text(yaml.safe_dump(params))
    out = tmp_path / "rows.parquet"
    result = run("--params", str(custom), "extract", str(PDF), "-o", str(out))
    assert (result.code, result.stderr) == (
        5, f"error: {PDF}: the page tree counts 38 pages, more than 2 (extract.pdf.limits.max_pages)\n")
    params["extract"]["pdf"]["limits"].update(max_pages=2000, max_seconds_per_page=0.001)
    custom.write_text(yaml.safe_dump(params))
    result = run("--params", str(custom), "extract", str(PDF), "-o", str(out))
    assert result.code == 5 and "took more than 0.001 s (extract.pdf.limits.max_seconds_per_page)" in result.stderr
    assert not out.exists()


# ---------------------------------------------------------------- 6, 7: huge ids and cells in text


def _export_with_cell(tmp_path: Path, column: int, value: str) -> tuple[Path, int]:
    lines = TEXT_EXPORT.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if "\t" in line and not line.startswith("Theme")) + 1
    cells = lines[number - 1].split("\t")
    cells[column] = value
    lines[number - 1] = "\t".join(cells)
    source = tmp_path / "annex.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    return source, number


def test_id_longer_than_the_int_string_limit(tmp_path):
    source, line = _export_with_cell(tmp_path, 2, "1." + "9" * 4301)
    result, out = extract(source, tmp_path)
    assert_failed(result, out, 4, f"{source}:{line}: action id '1.{'9' * 22}…' has a number longer than 9 digits")


@pytest.mark.parametrize("size", [300_000, 20_000_000])
def test_bad_cell_is_quoted_short(tmp_path, size):
    source, line = _export_with_cell(tmp_path, 2, "x" * size)
    result, out = extract(source, tmp_path)
    assert_failed(result, out, 4, f"{source}:{line}: action id '{'x' * 60}…' is not of the form N.M")


def test_messages_are_capped():
    error = errors.PdfError("a.pdf", "y" * 5000)
    assert len(error.one_line()) == errors.MAX_MESSAGE and error.one_line().endswith("…")


# ---------------------------------------------------------------- 8: output-path faults


@contextlib.contextmanager
def tmpfs(size: str, *, read_only: bool = False):
    folder = Path(tempfile.mkdtemp(prefix="hostile-fs-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True).returncode:
        folder.rmdir()
        pytest.skip("cannot mount a tmpfs here")
    try:
        (folder / "rows.parquet").write_bytes(OLD)
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)
        folder.rmdir()


def test_output_on_a_full_disk(tmp_path):
    with tmpfs("24k") as folder:
        out = folder / "rows.parquet"
        result = run("extract", str(TEXT_EXPORT), "-o", str(out))
        assert_failed(result, out, 3, f"{out}: cannot write: No space left on device")


def test_output_on_a_read_only_file_system():
    with tmpfs("1m", read_only=True) as folder:
        out = folder / "rows.parquet"
        result = run("extract", str(TEXT_EXPORT), "-o", str(out))
        assert_failed(result, out, 3, f"{out}: cannot write: Read-only file system")


def test_output_is_a_directory(tmp_path):
    out = tmp_path / "rows.parquet"
    out.mkdir()
    result = run("extract", str(TEXT_EXPORT), "-o", str(out))
    assert (result.code, result.stderr) == (3, f"error: {out}: cannot write: it is a directory\n")
    assert list(out.iterdir()) == []


def test_output_under_a_file(tmp_path):
    parent = tmp_path / "file"
    parent.write_bytes(OLD)
    out = parent / "rows.parquet"
    result = run("extract", str(TEXT_EXPORT), "-o", str(out))
    assert (result.code, result.stderr) == (3, f"error: {out}: cannot write: {parent} is a file, not a folder\n")
    assert parent.read_bytes() == OLD


# ---------------------------------------------------------------- 9: output = input


def test_output_that_is_the_input_is_refused(tmp_path):
    source = tmp_path / "annex.pdf"
    shutil.copy(PDF, source)
    link = tmp_path / "link.pdf"
    link.symlink_to(source)
    for spelling in (str(source), str(tmp_path / "." / "annex.pdf"), str(link)):
        result = run("extract", str(source), "-o", spelling)
        assert (result.code, result.stderr) == (
            2, f"error: {spelling}: output path is also an input of this command ({source}); choose another output\n")
    assert source.read_bytes() == PDF.read_bytes()


def test_two_outputs_on_one_path_are_refused(tmp_path):
    out = tmp_path / "same.parquet"
    result = run("tag", str(ROOT / "interim" / "rows_pdf.parquet"), "--mentions", str(out), "--entities", str(out))
    assert result.code == 2 and "is also another output of this command" in result.stderr
    assert not out.exists()


# ---------------------------------------------------------------- 10: Ctrl-C and SIGTERM


@pytest.mark.parametrize(("sig", "code", "word"), [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")])
def test_signal_is_one_line(tmp_path, sig, code, word):
    from pypdf import PdfReader, PdfWriter

    long_pdf = tmp_path / "annex-x8.pdf"  # the annex eight times over: its extraction outlasts the wait below
    writer = PdfWriter()
    for _ in range(8):
        writer.append(PdfReader(PDF))
    writer.write(long_pdf)
    out = tmp_path / "rows.parquet"
    out.write_bytes(OLD)
    # A terminal user's process: SIGINT at its default even where the test runner was started with it
    # ignored (a background job without job control), which the child would otherwise inherit and keep.
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(long_pdf), "-o", str(out)],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(6)  # past the imports, inside the extraction (well over 15 s)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=TIMEOUT)
    assert (proc.returncode, stderr) == (code, f"error: {word}\n")
    assert out.read_bytes() == OLD and sorted(p.name for p in tmp_path.iterdir()) == ["annex-x8.pdf", "rows.parquet"]


def test_closed_stdout_ends_quietly():
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "schema"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader goes away at once, as `| head -0` does
    stderr = proc.stderr.read()
    assert (proc.wait(timeout=TIMEOUT), stderr) == (141, b"")


# ---------------------------------------------------------------- 11: publish as one unit


def _publish_args(tmp_path: Path, out_dir: Path, keep_mentions: float = 1.0) -> list[str]:
    mentions = pq.read_table(ROOT / "interim" / "mentions.parquet")
    path = tmp_path / f"mentions-{keep_mentions}.parquet"
    schema.write_parquet(mentions.slice(0, int(mentions.num_rows * keep_mentions)), path)
    return ["publish", "--rows", str(ROOT / "interim" / "rows_pdf.parquet"), "--mentions", str(path),
            "--entities", str(ROOT / "interim" / "entities.parquet"), "--status-gold",
            str(ROOT / "reference" / "gold" / "status-dev.jsonl"), "--sources", str(PDF), "--out-dir", str(out_dir)]


def _strace(fault: str) -> list[str]:
    if not shutil.which("strace") or subprocess.run(["strace", "-o", "/dev/null", "true"], capture_output=True).returncode:
        pytest.skip("strace cannot trace here")
    calls = "rename,renameat,renameat2"
    return ["strace", "-f", "-o", "/dev/null", "-e", f"trace={calls}", "-e", f"inject={calls}:{fault}:when=3"]


def test_publish_interrupted_between_renames_is_refused_by_load(tmp_path):
    out_dir = tmp_path / "outputs"
    assert run(*_publish_args(tmp_path, out_dir)).code == 0
    before = pipeline.load(out_dir)
    result = run(*_publish_args(tmp_path, out_dir, keep_mentions=0.5), wrap=_strace("error=EIO"))
    third = out_dir / f"{schema.PUBLISHED[2].name}.parquet"  # the third rename is made to fail
    assert (result.code, result.stderr) == (3, f"error: {third}: cannot write: Input/output error\n")
    with pytest.raises(ValidationError, match=r"entities\.parquet: does not match the sha256 in datapackage\.json"):
        pipeline.load(out_dir)
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        [f"{t.name}.parquet" for t in schema.PUBLISHED] + ["datapackage.json"])
    assert run(*_publish_args(tmp_path, out_dir)).code == 0
    assert pipeline.load(out_dir).mentions.equals(before.mentions)


def test_killed_publish_leaves_temp_files_that_the_next_run_removes(tmp_path):
    out_dir = tmp_path / "outputs"
    result = run(*_publish_args(tmp_path, out_dir), wrap=_strace("signal=KILL"))
    assert result.code != 0
    assert any(p.name.endswith(".tmp") for p in out_dir.iterdir())
    assert run(*_publish_args(tmp_path, out_dir)).code == 0
    assert not [p.name for p in out_dir.iterdir() if p.name.endswith(".tmp")]
    assert len(pipeline.load(out_dir).actions) == 132


def test_load_refuses_a_table_from_another_run(tmp_path):
    out_dir = tmp_path / "outputs"
    shutil.copytree(ROOT / "outputs", out_dir)
    pq.write_table(pq.read_table(out_dir / "actions.parquet").slice(0, 5), out_dir / "actions.parquet")
    with pytest.raises(ValidationError, match="actions.parquet: does not match the sha256 in datapackage.json"):
        pipeline.load(out_dir)


# ---------------------------------------------------------------- 12: lost content


def test_damaged_page_tree_is_lost_content(tmp_path):
    source = HOSTILE / "page-tree-damaged.pdf"
    result, out = extract(source, tmp_path)
    assert_failed(result, out, 5, f"{source}: content lost: the page tree's root (/Pages) cannot be read: pages were "
                                  "found by scanning the file; 32 of the 139 objects the cross-reference table lists cannot be read")
    partial = run("extract", str(source), "-o", str(out), "--allow-partial")
    assert partial.code == 0
    assert partial.stderr.splitlines()[0].startswith(f"warning: {source}: content lost: the page tree's root")
    assert partial.stderr.splitlines()[0].endswith("; writing the 30 rows read (--allow-partial)")
    assert pq.read_table(out).num_rows == 30


def test_missing_ids_in_the_text_export_are_lost_content(tmp_path):
    lines = TEXT_EXPORT.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.split("\t")[2:3] not in (["1.4"], ["1.5"], ["3.1"])]
    source = tmp_path / "annex.txt"
    source.write_text("\n".join(kept), encoding="utf-8")
    result, out = extract(source, tmp_path)
    assert_failed(result, out, 5, f"{source}: content lost: action ids missing: 1.4–1.5, 3.1")


def test_exit_codes_are_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    codes = {cls.exit_code for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, errors.PipelineError)}
    codes |= {errors.EXIT_INTERNAL, errors.EXIT_USAGE, errors.EXIT_INTERRUPTED, errors.EXIT_TERMINATED,
              errors.EXIT_BROKEN_PIPE, 8}
    for code in codes:
        assert f"\n| {code} |" in readme
        assert f"\n{code} " in errors.__doc__
