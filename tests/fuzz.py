"""A deterministic mutation fuzzer for ``python -m pipeline extract``: seeded mutations of the
shared PDF and text export, each run through the real command line in its own process.

A case is a defect when the run shows a traceback, lasts past the time limit (a hang), peaks
over the memory limit, prints more than 3 lines on stderr, exits with a code not documented in
``pipeline.errors`` (or 1, an internal error), exits 0 without a valid rows file or with fewer
rows than the mutated input holds, or leaves anything behind after a failure (the old output
must be intact and no temporary file may remain).

Long run (the figures in the README)::

    python -m tests.fuzz --cases 400 --seed 20261125
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PDF = ROOT / "raw" / "annex-2009.pdf"
TEXT = ROOT / "raw" / "annex-2009.txt"
DOCUMENTED = {0, 3, 4, 5}
"""Exit codes an extract run may give (pipeline.errors); 1 is an internal error, so a defect."""
TIME_LIMIT = 60.0
MEMORY_LIMIT = 1.5e9
OLD_OUTPUT = b"previous output"
_NAMES = [b"/Parent", b"/Kids", b"/Count", b"/Length", b"/Contents", b"/Font", b"/Filter", b"/Type",
          b"/Resources", b"/ToUnicode", b"/MediaBox", b"/Root", b"/Size", b"/W", b"/Encoding", b"/FontDescriptor"]


# ---------------------------------------------------------------- mutations


def mutate_pdf(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One seeded mutation of a PDF's bytes; returns (kind, bytes)."""
    buf = bytearray(data)
    kind = rng.choice(["flip", "digit", "delete", "duplicate", "truncate", "name", "insert", "flips"])
    if kind == "flip":
        buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    elif kind == "flips":
        for _ in range(rng.randint(2, 16)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif kind == "digit":
        digits = [m.start() for m in re.finditer(rb"\d", data)]
        buf[rng.choice(digits)] = ord(str(rng.randrange(10)))
    elif kind == "delete":
        start = rng.randrange(len(buf))
        del buf[start:start + rng.randint(1, 64)]
    elif kind == "duplicate":
        start = rng.randrange(len(buf))
        span = buf[start:start + rng.randint(1, 256)]
        at = rng.randrange(len(buf))
        buf[at:at] = span
    elif kind == "truncate":
        buf = buf[:rng.randrange(len(buf))] + b"\n%%EOF\n"
    elif kind == "name":
        name = rng.choice(_NAMES)
        spots = [m.end() for m in re.finditer(re.escape(name), data)]
        if spots:
            at = rng.choice(spots)
            replacement = rng.choice([b" 1 0 R", b" 0", b" 999999 0 R", b" []", b" null", b" -1", b" /Pages", b" (x)"])
            end = at + len(re.match(rb"\s*(\d+\s+\d+\s+R|\d+|/\w+|\[[^\]]*\])?", data[at:]).group(0))
            buf[at:end] = replacement
    else:
        at = rng.randrange(len(buf))
        buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 32)))
    return kind, bytes(buf)


def mutate_text(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One seeded mutation of the text export's bytes; returns (kind, bytes)."""
    lines = data.split(b"\n")
    kind = rng.choice(["flip", "delete_line", "duplicate_line", "swap_lines", "tab", "untab", "digit",
                       "truncate", "long_id", "bad_utf8", "big_cell", "line_ends"])
    if kind == "flip":
        buf = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
        return kind, bytes(buf)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    if kind == "delete_line":
        del lines[i]
    elif kind == "duplicate_line":
        lines.insert(i, lines[j])
    elif kind == "swap_lines":
        lines[i], lines[j] = lines[j], lines[i]
    elif kind in ("tab", "untab"):
        line = bytearray(lines[i])
        tabs = [k for k, c in enumerate(line) if c == 9]
        if kind == "untab" and tabs:
            del line[rng.choice(tabs)]
        else:
            line.insert(rng.randrange(len(line) + 1), 9)
        lines[i] = bytes(line)
    elif kind == "digit":
        digits = [m.start() for m in re.finditer(rb"\d", data)]
        buf = bytearray(data)
        buf[rng.choice(digits)] = ord(str(rng.randrange(10)))
        return kind, bytes(buf)
    elif kind == "truncate":
        return kind, data[:rng.randrange(len(data))]
    elif kind == "long_id":
        cells = lines[i].split(b"\t")
        if len(cells) == 7:
            cells[2] = b"1." + b"9" * rng.choice([10, 4301, 100_000])
        lines[i] = b"\t".join(cells)
    elif kind == "bad_utf8":
        lines[i] = lines[i] + bytes([rng.choice([0x80, 0xC3, 0xFF, 0xE2])])
    elif kind == "big_cell":
        cells = lines[i].split(b"\t")
        cells[rng.randrange(len(cells))] = b"x" * rng.choice([300_000, 5_000_000])
        lines[i] = b"\t".join(cells)
    else:
        return kind, data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\x0b", b"\n\n"]))
    return kind, b"\n".join(lines)


# ---------------------------------------------------------------- oracles


def text_rows_held(data: bytes) -> int | None:
    """Table rows a text export holds (tab lines that are not header rows), None when not UTF-8."""
    from pipeline.extract.cells import is_header

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return sum(1 for line in text.splitlines() if "\t" in line and not is_header(line.split("\t")))


# ---------------------------------------------------------------- running one case


@dataclass
class Outcome:
    case: str
    kind: str
    code: int | None
    seconds: float
    peak_bytes: int
    stderr: str
    defects: list[str]


def run_case(name: str, kind: str, data: bytes, suffix: str, expected_rows: int | None, workdir: Path) -> Outcome:
    """Run ``extract`` on ``data`` in a fresh folder and judge the outcome."""
    from pipeline import schema

    case_dir = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=workdir))
    source = case_dir / f"in{suffix}"
    source.write_bytes(data)
    out_dir = case_dir / "out"
    out_dir.mkdir()
    output = out_dir / "rows.parquet"
    output.write_bytes(OLD_OUTPUT)
    err_path = case_dir / "stderr"
    start = time.monotonic()
    with open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(source), "-o", str(output)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    code, peak = None, 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            code, peak = os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024
            proc.returncode = code
            break
        if time.monotonic() - start > TIME_LIMIT:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            break
        time.sleep(0.05)
    seconds = time.monotonic() - start
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    defects = []
    if code is None:
        defects.append(f"hang: still running after {TIME_LIMIT:g} s")
    elif code not in DOCUMENTED:
        defects.append(f"exit {code} (undocumented or internal error)")
    if "Traceback" in stderr:
        defects.append("traceback")
    if len(stderr.splitlines()) > 3:
        defects.append(f"{len(stderr.splitlines())} stderr lines")
    if peak > MEMORY_LIMIT:
        defects.append(f"peak memory {peak / 1e9:.2f} GB")
    left = sorted(p.name for p in out_dir.iterdir() if p.name != "rows.parquet")
    if left:
        defects.append(f"left behind: {left}")
    if code == 0:
        try:
            rows = schema.read_parquet(schema.ROWS, output).num_rows
        except Exception as error:  # any failure to read the output is the defect being looked for
            defects.append(f"exit 0 without a valid rows file ({type(error).__name__})")
        else:
            if expected_rows is not None and rows < expected_rows:
                defects.append(f"exit 0 with {rows} rows, the input holds {expected_rows}")
    elif code is not None and output.read_bytes() != OLD_OUTPUT:
        defects.append("old output changed after a failure")
    return Outcome(name, kind, code, seconds, peak, stderr.strip()[:300], defects)


def fuzz(kind: str, cases: int, seed: int, workers: int = 2, start: int = 0) -> list[Outcome]:
    """Run mutations ``start`` … ``cases - 1`` of the PDF (``kind="pdf"``) or text export (``"text"``)."""
    source = PDF if kind == "pdf" else TEXT
    data = source.read_bytes()
    mutate = mutate_pdf if kind == "pdf" else mutate_text
    base_rows = text_rows_held(TEXT.read_bytes())
    jobs = []
    for index in range(start, cases):
        rng = random.Random(f"{seed}-{kind}-{index}")
        how, mutated = mutate(data, rng)
        expected = base_rows if kind == "pdf" else text_rows_held(mutated)
        jobs.append((f"{kind}{index:04d}", how, mutated, source.suffix, expected))
    with tempfile.TemporaryDirectory(prefix="fuzz-") as workdir, ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda job: run_case(*job, Path(workdir)), jobs))


def summary(outcomes: list[Outcome]) -> dict[str, object]:
    return {
        "cases": len(outcomes),
        "defects": sum(bool(o.defects) for o in outcomes),
        "exit_codes": dict(sorted(Counter(str(o.code) for o in outcomes).items())),
        "max_seconds": round(max(o.seconds for o in outcomes), 1),
        "median_seconds": round(sorted(o.seconds for o in outcomes)[len(outcomes) // 2], 1),
        "max_peak_mb": round(max(o.peak_bytes for o in outcomes) / 1e6),
        "max_stderr_lines": max(len(o.stderr.splitlines()) for o in outcomes),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="mutation-fuzz the extract command")
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--start", type=int, default=0, help="first case index (to resume a run)")
    parser.add_argument("--kind", choices=["pdf", "text", "both"], default="both")
    args = parser.parse_args()
    for kind in (["pdf", "text"] if args.kind == "both" else [args.kind]):
        outcomes = fuzz(kind, args.cases, args.seed, args.workers, args.start)
        print(json.dumps({"kind": kind, "seed": args.seed, **summary(outcomes)}), flush=True)
        for o in outcomes:
            if o.defects:
                print(json.dumps({"case": o.case, "mutation": o.kind, "exit": o.code, "defects": o.defects,
                                  "stderr": o.stderr}), flush=True)


if __name__ == "__main__":
    main()
