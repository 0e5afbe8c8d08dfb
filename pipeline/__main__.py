"""Command line: a thin layer over each stage's core (``python -m pipeline --help``)."""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import (
    EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED, MAX_MESSAGE, CrosscheckError, InputFileError,
    LostContentError, PipelineError, UsageError,
)


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

    try:
        rows = extract(args.source, load_params(args.params, "extract.pdf"), allow_partial=args.allow_partial)
    except LostContentError as error:
        if error.rows is None:
            raise
        rows = error.rows
        print(f"warning: {error.one_line()}; writing the {len(rows)} rows read (--allow-partial)", file=sys.stderr)
    schema.write_parquet(schema.build(schema.ROWS, [r.record() for r in rows]), args.output)
    print(f"{args.source}: {len(rows)} rows → {args.output}", file=sys.stderr)


def _cmd_crosscheck(args: argparse.Namespace) -> None:
    from pipeline.extract.crosscheck import crosscheck, failure
    from pipeline.io import write_json_atomic
    from pipeline.extract import read_rows

    pdf_rows = read_rows(args.pdf_rows)
    text_rows = read_rows(args.text_rows)
    metrics = crosscheck(pdf_rows, text_rows)
    write_json_atomic(args.metrics, metrics)
    threshold = float(load_params(args.params, "crosscheck").get("min_agreement", 1.0))
    reason = failure(metrics, threshold)
    if reason:
        raise CrosscheckError(args.pdf_rows, reason)
    print(f"agreement {metrics['agreement']} over {metrics['cells']} cells → {args.metrics}", file=sys.stderr)


def _cmd_publish(args: argparse.Namespace) -> None:
    from pipeline import schema
    from pipeline.extract import read_rows
    from pipeline.publish import publish, write_outputs

    rows = read_rows(args.rows)
    mentions = schema.read_parquet(schema.MENTIONS, args.mentions)
    entities = schema.read_parquet(schema.ENTITIES, args.entities)
    tables = publish(rows, mentions, entities)
    write_outputs(tables, args.out_dir, args.sources)
    print(", ".join(f"{name} {t.num_rows}" for name, t in tables.items()) + f" → {args.out_dir}", file=sys.stderr)


def _cmd_tag(args: argparse.Namespace) -> None:
    from pipeline import schema
    from pipeline.extract import read_rows
    from pipeline.tag import tag_rows

    rows = read_rows(args.rows)
    mentions, entities = tag_rows(rows, load_params(args.params, "tag"))
    schema.validate(schema.MENTIONS, mentions)
    schema.write_parquet(mentions, args.mentions)
    schema.write_parquet(entities, args.entities)
    print(f"{mentions.num_rows} mentions, {entities.num_rows} entities → {args.mentions}, {args.entities}", file=sys.stderr)


def _cmd_tag_text(args: argparse.Namespace) -> None:
    import json

    from pipeline.tag import make_tagger
    from pipeline.tag.tagger import Document

    tagger = make_tagger(load_params(args.params, "tag"))
    texts = []
    for path in args.files:
        try:
            texts.append((path, path.read_text(encoding="utf-8-sig")))
        except FileNotFoundError:
            raise InputFileError(path, "file not found") from None
        except UnicodeDecodeError as error:
            raise InputFileError(path, f"not UTF-8 text (byte {error.start})") from None
        except OSError as error:
            raise InputFileError(path, f"cannot read: {error.strerror}") from None
    for path, text in texts:
        result = tagger.tag([Document(str(path), "text", text)])
        for m in result.mentions:
            entity = result.entities.get(m.entity_id) if m.entity_id else None
            value = [m.period[0].isoformat(), m.period[1].isoformat()] if m.period else m.amount
            print(json.dumps({"file": str(path), "start": m.start, "end": m.end, "text": m.text, "label": m.label,
                              "name": entity.name if entity else None, "entity_id": m.entity_id, "value": value},
                             ensure_ascii=False))


def _cmd_evaluate(args: argparse.Namespace) -> None:
    from pipeline.io import write_json_atomic
    from pipeline.tag.evaluate import evaluate, predictions_from_mentions, predictions_from_model, read_gold, summary

    gold = read_gold(args.gold)
    if args.model:
        if not args.rows:
            raise InputFileError(None, "--model needs --rows (the rows Parquet to tag)")
        predicted = predictions_from_model(args.model, args.rows)
    elif args.mentions:
        predicted = predictions_from_mentions(args.mentions)
    else:
        raise InputFileError(None, "give --mentions (the pipeline's) or --model with --rows (a spaCy baseline)")
    report = evaluate(gold, predicted)
    if args.metrics:
        write_json_atomic(args.metrics, report)
    print(summary(report))


def _cmd_evaluate_status(args: argparse.Namespace) -> None:
    import json

    from pipeline import schema
    from pipeline.io import write_json_atomic
    from pipeline.status import confusion_table, evaluate_status

    gold: dict[str, str] = {}
    try:
        lines = args.gold.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(args.gold, f"cannot read gold: {error}") from None
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                record = json.loads(line)
                gold[record["action_id"]] = record["status"]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputFileError(args.gold, f"not a gold status ({type(error).__name__}: {error})", line=number) from None
    actions = schema.read_parquet(schema.ACTIONS, args.actions)
    predicted = dict(zip(actions.column("action_id").to_pylist(), actions.column("status").to_pylist()))
    report = evaluate_status(gold, predicted)
    if args.metrics:
        write_json_atomic(args.metrics, report)
    print(confusion_table(report))


def _cmd_report(args: argparse.Namespace) -> None:
    from pipeline.report import render

    render(args.notebooks, args.output)
    print(f"{len(args.notebooks)} notebook(s) → {args.output}", file=sys.stderr)


def _cmd_schema(args: argparse.Namespace) -> None:
    from pipeline import schema

    print(schema.markdown(), end="")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Defra third sector annex: extract, cross-check, tag, publish and report. "
        "Errors print one line naming the file and line or page, and exit non-zero.",
    )
    parser.add_argument("--params", default="params.yaml", help="parameters file (default: params.yaml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show library warnings (pdfminer, pdfplumber) and tracebacks")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="table rows from a .txt export or a .pdf → Parquet")
    extract.add_argument("source", type=Path, help="the annex as a tab-separated .txt export or a .pdf")
    extract.add_argument("-o", "--output", type=Path, required=True, help="rows Parquet file to write")
    extract.add_argument("--allow-partial", action="store_true",
                         help="when pages or action ids are missing, write the rows read and warn (else exit 5)")
    extract.set_defaults(run=_cmd_extract)

    check = commands.add_parser("crosscheck", help="compare PDF rows with text rows; write agreement metrics")
    check.add_argument("pdf_rows", type=Path, help="rows extracted from the PDF")
    check.add_argument("text_rows", type=Path, help="rows extracted from the text export")
    check.add_argument("--metrics", type=Path, required=True, help="metrics JSON file to write")
    check.set_defaults(run=_cmd_crosscheck)

    tag = commands.add_parser("tag", help="tag the rows' free-text cells → mentions and entities Parquet")
    tag.add_argument("rows", type=Path, help="rows Parquet (from the PDF)")
    tag.add_argument("--mentions", type=Path, required=True, help="mentions Parquet to write")
    tag.add_argument("--entities", type=Path, required=True, help="entities Parquet to write")
    tag.set_defaults(run=_cmd_tag)

    tag_text = commands.add_parser("tag-text", help="tag plain-text files; print one JSON mention a line")
    tag_text.add_argument("files", type=Path, nargs="+", metavar="FILE", help="UTF-8 text files")
    tag_text.set_defaults(run=_cmd_tag_text)

    ev = commands.add_parser("evaluate", help="score mentions against gold: P/R/F1 per label, links, values")
    ev.add_argument("--gold", type=Path, required=True, help="gold mentions JSONL (reference/gold/mentions-dev.jsonl)")
    ev.add_argument("--mentions", type=Path, help="mentions Parquet from the tag stage")
    ev.add_argument("--model", help="instead, score a stock spaCy model by package name (a baseline)")
    ev.add_argument("--rows", type=Path, help="rows Parquet the --model tags")
    ev.add_argument("--metrics", type=Path, help="write the full report as JSON here")
    ev.set_defaults(run=_cmd_evaluate)

    st = commands.add_parser("evaluate-status", help="status accuracy and confusion matrix against gold statuses")
    st.add_argument("--gold", type=Path, required=True, help="gold statuses JSONL (reference/gold/status-dev.jsonl)")
    st.add_argument("--actions", type=Path, required=True, help="published actions Parquet")
    st.add_argument("--metrics", type=Path, help="write the report as JSON here")
    st.set_defaults(run=_cmd_evaluate_status)

    report = commands.add_parser("report", help="execute notebooks on the published data; write one HTML report")
    report.add_argument("notebooks", type=Path, nargs="+", help="jupytext .py or .ipynb notebooks, in report order")
    report.add_argument("-o", "--output", type=Path, required=True, help="HTML file to write")
    report.set_defaults(run=_cmd_report)

    describe = commands.add_parser("schema", help="print the published tables' columns as Markdown")
    describe.set_defaults(run=_cmd_schema)

    pub = commands.add_parser("publish", help="validate and write the published tables and datapackage.json")
    pub.add_argument("--rows", type=Path, required=True, help="rows Parquet (from the PDF)")
    pub.add_argument("--mentions", type=Path, required=True, help="mentions Parquet from the tag stage")
    pub.add_argument("--entities", type=Path, required=True, help="entities Parquet from the tag stage")
    pub.add_argument("--sources", type=Path, nargs="+", required=True, help="source files, hashed into datapackage.json")
    pub.add_argument("--out-dir", type=Path, required=True, help="folder for the published files")
    pub.set_defaults(run=_cmd_publish)
    return parser


class _Terminated(BaseException):
    """SIGTERM, raised like Ctrl-C so that temporary files are removed on the way out."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


def _configure_logging(verbose: bool) -> None:
    """Library logging (pdfminer, pdfplumber) and Python warnings: silent, or on stderr with ``-v``."""
    logging.captureWarnings(True)
    root = logging.getLogger()
    if verbose:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    else:
        root.addHandler(logging.NullHandler())
        root.setLevel(logging.CRITICAL + 1)


def _paths(args: argparse.Namespace) -> tuple[list[Path], list[Path]]:
    """The command's input and output files."""
    def given(*names: str) -> list[Path]:
        found: list[Path] = []
        for name in names:
            value = getattr(args, name, None)
            found.extend(value if isinstance(value, list) else [value] if value is not None else [])
        return found

    params = [Path(args.params)]
    if args.command == "publish":
        from pipeline import schema

        outputs = [args.out_dir / f"{t.name}.parquet" for t in schema.PUBLISHED] + [args.out_dir / "datapackage.json"]
        return params + given("rows", "mentions", "entities", "sources"), outputs
    if args.command == "tag":
        return params + given("rows"), given("mentions", "entities")
    return params + given("source", "pdf_rows", "text_rows", "rows", "gold", "mentions", "actions", "notebooks", "files"), \
        given("output", "metrics")


def _same_file(a: Path, b: Path) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _check_paths(args: argparse.Namespace) -> None:
    """Refuse an output that is also an input (or another output); fail fast on an unwritable one."""
    from pipeline.io import check_writable

    inputs, outputs = _paths(args)
    for i, output in enumerate(outputs):
        for other in inputs + outputs[:i]:
            if _same_file(output, other):
                role = "an input" if other in inputs else "another output"
                raise UsageError(output, f"output path is also {role} of this command ({other}); choose another output")
        check_writable(output)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure is one line on stderr and a documented exit code (pipeline.errors)."""
    args = build_parser().parse_args(argv)
    _configure_logging(args.verbose)
    if threading.current_thread() is threading.main_thread():  # signal handlers can only be set there
        signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        _check_paths(args)
        args.run(args)
        sys.stdout.flush()
    except PipelineError as error:
        return _fail(error.one_line(), error.exit_code)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    except _Terminated:
        return _fail("terminated", EXIT_TERMINATED)
    except BrokenPipeError:  # stdout closed early (``| head``): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except FileNotFoundError as error:
        return _fail(f"{error.filename}: file not found", InputFileError.exit_code)
    except MemoryError:
        return _fail("out of memory", EXIT_INTERNAL)
    except Exception as error:  # the boundary: a bug still ends in one line, the traceback only with -v
        if args.verbose:
            traceback.print_exc()
        return _fail(f"internal error ({type(error).__name__}: {error}); run with -v for the traceback", EXIT_INTERNAL)
    return 0


def _fail(message: str, code: int) -> int:
    if threading.current_thread() is threading.main_thread():  # a second Ctrl-C must not add a traceback
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    text = " ".join(message.split())
    print(f"error: {text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE - 1] + '…'}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
