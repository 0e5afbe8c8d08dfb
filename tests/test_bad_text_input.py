"""Bad text exports through the real CLI: one-line error naming file and line, exit code, no output."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TEXT_EXPORT, run_cli

HEADER = "Theme\tStrategy Chapter\tAction\tTiming\tActions\tProgress report\tNext actions"


def row(action_id: str, progress: str = "Done.", cells: int = 7) -> str:
    values = ["Achieving Together", "Advocacy", action_id, "Immediate", "Do it.", progress, "-"]
    return "\t".join((values + ["extra"] * 3)[:cells])


def write(tmp_path: Path, content: str | bytes, name: str = "export.txt") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def assert_rejected(tmp_path: Path, source: Path, code: int, *needles: str) -> None:
    out = tmp_path / "rows.parquet"
    result = run_cli("extract", str(source), "-o", str(out))
    assert result.code == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {source}")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rows.parquet")]


@pytest.mark.parametrize(
    ("content", "code", "needles"),
    [
        ("", 3, ("file is empty",)),
        (f"{HEADER}\n{row('1.1', cells=6)}\n", 4, (":2:", "expected 7 tab-separated cells, found 6")),
        (f"{HEADER}\n{row('1.1', cells=8)}\n", 4, (":2:", "found 8")),
        (f"{HEADER}\n{row('1.1')}\n{row('1.1')}\n", 4, (":3:", "1.1 repeats 1.1")),
        (f"{HEADER}\n{row('1.2')}\n{row('1.1')}\n", 4, (":3:", "1.1 comes after 1.2")),
        (f"{row('1.1')}\n", 4, (":1:", "table row before any header row")),
        ("Title only\n\nNo table here\n", 4, ("no header row",)),
        (f"{HEADER}\n{row('1.x')}\n", 4, (":2:", "'1.x' is not of the form N.M")),
        (f"{HEADER}\n{row('1.1')}\n".encode("utf-8") + "caf\xe9\tx\n".encode("cp1252"), 3, (":3", "0xe9", "not UTF-8")),
    ],
    ids=["empty", "missing-column", "extra-column", "duplicate-id", "out-of-order", "missing-header", "no-table",
         "bad-id", "undecodable"],
)
def test_bad_export_is_rejected(tmp_path, content, code, needles):
    assert_rejected(tmp_path, write(tmp_path, content), code, *needles)


def test_missing_file(tmp_path):
    result = run_cli("extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "rows.parquet"))
    assert result.code == 3
    assert result.stderr.strip() == f"error: {tmp_path / 'nope.txt'}: cannot read: No such file or directory"


def test_unsupported_suffix(tmp_path):
    source = write(tmp_path, "x", "export.docx")
    assert_rejected(tmp_path, source, 3, "unsupported source type '.docx'")


def _extract_via_cli(tmp_path: Path, source: Path) -> list[dict]:
    import pyarrow.parquet as pq

    out = tmp_path / "rows.parquet"
    result = run_cli("extract", str(source), "-o", str(out))
    assert result.code == 0, result.stderr
    return pq.read_table(out).to_pylist()


def test_bom_and_crlf_are_accepted(tmp_path):
    original = TEXT_EXPORT.read_text(encoding="utf-8")
    variant = write(tmp_path, b"\xef\xbb\xbf" + original.replace("\n", "\r\n").encode("utf-8"), "variant.txt")
    (tmp_path / "plain").mkdir()
    assert _extract_via_cli(tmp_path, variant) == _extract_via_cli(tmp_path / "plain", TEXT_EXPORT)


def test_cp1252_export_is_rejected_clearly(tmp_path):
    original = TEXT_EXPORT.read_text(encoding="utf-8").replace("“", '"').replace("”", '"').replace("₂", "2")
    original = original.replace("–", "-").replace("•", "*")
    source = write(tmp_path, original.encode("cp1252"))
    assert_rejected(tmp_path, source, 3, "0xa3", "re-export the table as UTF-8")


def test_a_one_megabyte_cell_parses(tmp_path):
    big = "word " * 200_000
    rows = _extract_via_cli(tmp_path, write(tmp_path, f"{HEADER}\n{row('1.1', progress=big)}\n"))
    assert len(rows) == 1 and rows[0]["progress"] == big.strip()


def test_existing_output_is_left_alone_on_error(tmp_path):
    out = tmp_path / "rows.parquet"
    out.write_bytes(b"previous")
    source = write(tmp_path, f"{HEADER}\n{row('1.1', cells=5)}\n")
    result = run_cli("extract", str(source), "-o", str(out))
    assert result.code == 4
    assert out.read_bytes() == b"previous"
