"""Command line: a thin layer over each stage's core. Run ``python -m pipeline --help``."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import CrosscheckError, InputFileError, PipelineError


def load_params(path: str | Path, section: str) -> dict[str, Any]:
    """One section of params.yaml ({} when the file is absent and the default path was kept)."""
    path = Path(path)
    if not path.exists():
        if path == Path("params.yaml"):
            return {}
        raise InputFileError(path, "parameters file not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputFileError(path, f"not valid YAML: {' '.join(str(error).split())}") from None
    value: Any = data
    for key in section.split("."):
        value = value.get(key, {}) if isinstance(value, dict) else {}
    return value


def _cmd_extract(args: argparse.Namespace) -> None:
    from pipeline import schema
    from pipeline.extract import extract

    rows = extract(args.source, load_params(args.params, "extract.pdf"))
    schema.write_parquet(schema.build(schema.ROWS, [r.record() for r in rows]), args.output)
    print(f"{args.source}: {len(rows)} rows → {args.output}", file=sys.stderr)


def _cmd_crosscheck(args: argparse.Namespace) -> None:
    from pipeline import schema
    from pipeline.extract.crosscheck import crosscheck, failure
    from pipeline.io import write_json_atomic
    from pipeline.publish import rows_from_table

    pdf_rows = rows_from_table(schema.read_parquet(schema.ROWS, args.pdf_rows))
    text_rows = rows_from_table(schema.read_parquet(schema.ROWS, args.text_rows))
    metrics = crosscheck(pdf_rows, text_rows)
    write_json_atomic(args.metrics, metrics)
    threshold = float(load_params(args.params, "crosscheck").get("min_agreement", 1.0))
    reason = failure(metrics, threshold)
    if reason:
        raise CrosscheckError(args.pdf_rows, reason)
    print(f"agreement {metrics['agreement']} over {metrics['cells']} cells → {args.metrics}", file=sys.stderr)


def _cmd_publish(args: argparse.Namespace) -> None:
    from pipeline import schema
    from pipeline.publish import publish, rows_from_table, write_outputs

    rows = rows_from_table(schema.read_parquet(schema.ROWS, args.rows))
    mentions = schema.read_parquet(schema.MENTIONS, args.mentions)
    entities = schema.read_parquet(schema.ENTITIES, args.entities)
    tables = publish(rows, mentions, entities)
    write_outputs(tables, args.out_dir, args.sources)
    print(", ".join(f"{name} {t.num_rows}" for name, t in tables.items()) + f" → {args.out_dir}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    parser.add_argument("--params", default="params.yaml", help="parameters file (default: params.yaml)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="table rows from a .txt export or a .pdf → Parquet")
    extract.add_argument("source", type=Path, help="the annex as a tab-separated .txt export or a .pdf")
    extract.add_argument("-o", "--output", type=Path, required=True, help="rows Parquet file to write")
    extract.set_defaults(run=_cmd_extract)

    check = commands.add_parser("crosscheck", help="compare PDF rows with text rows; write agreement metrics")
    check.add_argument("pdf_rows", type=Path, help="rows extracted from the PDF")
    check.add_argument("text_rows", type=Path, help="rows extracted from the text export")
    check.add_argument("--metrics", type=Path, required=True, help="metrics JSON file to write")
    check.set_defaults(run=_cmd_crosscheck)

    pub = commands.add_parser("publish", help="validate and write the published tables and datapackage.json")
    pub.add_argument("--rows", type=Path, required=True, help="rows Parquet (from the PDF)")
    pub.add_argument("--mentions", type=Path, required=True, help="mentions Parquet from the tag stage")
    pub.add_argument("--entities", type=Path, required=True, help="entities Parquet from the tag stage")
    pub.add_argument("--sources", type=Path, nargs="+", required=True, help="source files, hashed into datapackage.json")
    pub.add_argument("--out-dir", type=Path, required=True, help="folder for the published files")
    pub.set_defaults(run=_cmd_publish)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.run(args)
    except PipelineError as error:
        print(f"error: {error.one_line()}", file=sys.stderr)
        return error.exit_code
    except FileNotFoundError as error:
        print(f"error: {error.filename}: file not found", file=sys.stderr)
        return InputFileError.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
