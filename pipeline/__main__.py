"""Command line: a thin layer over each stage's core (``python -m pipeline --help``)."""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.errors import (
    EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED, MAX_MESSAGE, CrosscheckError, InputFileError,
    LostContentError, PipelineError, UsageError,
)
from pipeline.params import load_params, section


def _write_metrics(args: argparse.Namespace, figures: dict[str, Any], details: dict[str, Any]) -> None:
    """The headline figures to ``--metrics`` (what ``dvc metrics show`` lists), everything to ``--details``."""
    from pipeline.io import write_json_atomic

    if args.metrics:
        write_json_atomic(args.metrics, figures)
    if args.details:
        write_json_atomic(args.details, details)


def _cmd_extract(args: argparse.Namespace) -> None:
    from pipeline import schema
    from pipeline.extract import extract

    if args.debug_joins:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        for name in ("pipeline.extract.joins", "pipeline.extract.rows"):
            logger = logging.getLogger(name)
            logger.setLevel(logging.DEBUG)
            logger.addHandler(handler)
            logger.propagate = False
    try:
        rows = extract(args.source, section(load_params(args.params), "extract.pdf"), allow_partial=args.allow_partial)
    except LostContentError as error:
        if error.rows is None:
            raise
        rows = error.rows
        print(f"warning: {error.one_line()}; writing the {len(rows)} rows read (--allow-partial)", file=sys.stderr)
    schema.write_parquet(schema.build(schema.ROWS, [r.record() for r in rows]), args.output)
    print(f"{args.source}: {len(rows)} rows → {args.output}", file=sys.stderr)


def _cmd_crosscheck(args: argparse.Namespace) -> None:
    from pipeline.extract import read_rows
    from pipeline.extract.crosscheck import crosscheck, failure, headline

    pdf_rows = read_rows(args.pdf_rows)
    text_rows = read_rows(args.text_rows)
    metrics = crosscheck(pdf_rows, text_rows)
    _write_metrics(args, headline(metrics), metrics)
    threshold = float(section(load_params(args.params), "crosscheck.min_agreement"))
    reason = failure(metrics, threshold)
    if reason:
        raise CrosscheckError(args.pdf_rows, reason)
    print(f"agreement {metrics['agreement']} over {metrics['cells']} cells → {args.metrics}", file=sys.stderr)


def _cmd_publish(args: argparse.Namespace) -> None:
    from pipeline import schema
    from pipeline.extract import read_rows
    from pipeline.publish import publish, write_outputs

    from pipeline.hierarchy import load_hierarchy
    from pipeline.status import examples, read_gold, train

    rows = read_rows(args.rows)
    mentions = schema.read_parquet(schema.MENTIONS, args.mentions)
    entities = schema.read_parquet(schema.TAGGED_ENTITIES, args.entities)
    status_model = train(examples((r.record() for r in rows), read_gold(args.status_gold)))
    tables = publish(rows, mentions, entities, status_model, load_hierarchy(args.hierarchy))
    write_outputs(tables, args.out_dir, args.sources)
    counts = ", ".join(f"{name} {t.num_rows}" for name, t in tables.items())
    print(f"{counts} (the {entities.num_rows} known entities less those no mention links to) → {args.out_dir}", file=sys.stderr)


def _cmd_tag(args: argparse.Namespace) -> None:
    from pipeline import schema
    from pipeline.extract import read_rows
    from pipeline.tag import tag_rows

    rows = read_rows(args.rows)
    mentions, entities = tag_rows(rows, section(load_params(args.params), "tag"))
    schema.validate(schema.MENTIONS, mentions)
    schema.write_parquet(mentions, args.mentions)
    schema.write_parquet(entities, args.entities)
    linked = len({e for e in mentions.column("entity_id").to_pylist() if e is not None})
    print(f"{mentions.num_rows} mentions; {entities.num_rows} entities known (the registry and those found in the text), "
          f"{linked} of them mentioned → {args.mentions}, {args.entities}", file=sys.stderr)


def _cmd_tag_text(args: argparse.Namespace) -> None:
    import json

    from pipeline.tag import make_tagger
    from pipeline.tag.tagger import Document

    params = section(load_params(args.params), "tag")
    tagger = make_tagger({**params, "report_date": args.date} if args.date else params)
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


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date written YYYY-MM-DD") from None


def _cmd_train_ner(args: argparse.Namespace) -> None:
    from pipeline.extract import read_rows
    from pipeline.tag import make_tagger
    from pipeline.tag.evaluate import read_gold
    from pipeline.tag.model import train

    summary = train(args.config, args.govner, read_rows(args.rows), read_gold(args.gold),
                    make_tagger(section(load_params(args.params), "tag"), use_model=False), args.out)
    print(f"{summary} → {args.out}", file=sys.stderr)


def _cmd_common_words(args: argparse.Namespace) -> None:
    from pipeline.tag import common_words

    min_zipf = float(section(load_params(args.params), "tag.common_word_min_zipf"))
    words = common_words.build(min_zipf)
    common_words.write(words, min_zipf, args.output)
    print(f"{len(words)} words at Zipf {min_zipf} or more → {args.output}", file=sys.stderr)


def _cmd_towns(args: argparse.Namespace) -> None:
    from pipeline.tag import towns

    names = towns.build(args.geonames)
    towns.write(names, args.output)
    print(f"{len(names)} towns and villages → {args.output}", file=sys.stderr)


def _cmd_evaluate(args: argparse.Namespace) -> None:
    from pipeline.tag.evaluate import (evaluate, headline, predictions_from_mentions, predictions_from_model,
                                       read_gold, summary)

    gold = read_gold(args.gold)
    if args.texts:
        _evaluate_texts(args, gold)
        return
    if args.model:
        if not args.rows:
            raise InputFileError(None, "--model needs --rows (the rows Parquet to tag)")
        predicted = predictions_from_model(args.model, args.rows)
    elif args.mentions:
        predicted = predictions_from_mentions(args.mentions)
    else:
        raise InputFileError(None, "give --mentions (the pipeline's) or --model with --rows (a spaCy baseline)")
    report = evaluate(gold, predicted)
    _write_metrics(args, headline(report), report)
    print(summary(report))


def _evaluate_texts(args: argparse.Namespace, gold: list[Any]) -> None:
    from pipeline.tag import make_tagger
    from pipeline.tag.evaluate import (evaluate_splits, headline, model_predictions_from_texts, predictions_from_texts,
                                       read_sources, summary)

    sources = read_sources(args.texts)
    if args.model:
        predicted = model_predictions_from_texts(args.model, args.texts, sources)
    else:
        predicted = predictions_from_texts(make_tagger(section(load_params(args.params), "tag")), args.texts, sources)
    report = evaluate_splits(gold, predicted, sources)
    # dvc metrics show lists the held-out half (split "test", else all texts); the details hold every split.
    _write_metrics(args, headline(report.get("test", report["all"])), report)
    for split, scores in report.items():
        print(f"[{split}]\n{summary(scores)}")


def _cmd_evaluate_status(args: argparse.Namespace) -> None:
    from pipeline import schema
    from pipeline.status import confusion_table, evaluate_status, examples, headline, leave_one_chapter_out, read_gold

    gold = read_gold(args.gold)
    actions = schema.read_parquet(schema.ACTIONS, args.actions).to_pylist()
    report = leave_one_chapter_out(examples(actions, gold))
    report["fit_on_all_dev_chapters"] = evaluate_status(gold, {a["action_id"]: a["status"] for a in actions})
    _write_metrics(args, headline(report), report)
    print("leave-one-chapter-out " + confusion_table(report))
    fit = report["fit_on_all_dev_chapters"]
    print(f"published statuses on the dev chapters (trained on them): accuracy {fit['accuracy']:.3f} ({fit['correct']}/{fit['total']})")


def _cmd_report(args: argparse.Namespace) -> None:
    from pipeline.report import render

    render(args.notebooks, args.output)
    print(f"{len(args.notebooks)} notebook(s) → {args.output}", file=sys.stderr)


def _cmd_annex(args: argparse.Namespace) -> None:
    import pipeline
    from pipeline.browser import write_page

    data = pipeline.load(args.outputs)
    write_page(data, args.output)
    print(f"{len(data.actions)} actions, {len(data.mentions)} mentions → {args.output}", file=sys.stderr)


def _cmd_schema(args: argparse.Namespace) -> None:
    from pipeline import schema

    print(schema.markdown(), end="")


def _cmd_corpus(args: argparse.Namespace) -> None:
    from pipeline.cluster import run_corpus
    from pipeline.corpus import Settings, pipeline_version

    params = load_params(args.params)
    settings = Settings(section(params, "extract.pdf"), section(params, "tag"), pipeline_version())
    summary = run_corpus(args.folder, args.output, settings, workers=args.workers, scheduler=args.scheduler,
                         force=args.force, verbose=getattr(args, "verbose", False))
    print(summary.line(args.output), file=sys.stderr)


class _HelpFormatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Keeps the descriptions' line breaks and shows each option's default (where it has one)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.required or action.default in (None, False, argparse.SUPPRESS):
            return action.help
        return super()._get_help_string(action)


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Options accepted before or after the subcommand (on a subcommand they do not reset the top level's)."""
    unset = {} if top else {"default": argparse.SUPPRESS}
    parser.add_argument("--params", type=Path, metavar="FILE", **({"default": None} if top else unset),
                        help="parameters overriding the packaged params.yaml (default: ./params.yaml if present)")
    parser.add_argument("-v", "--verbose", action="count", **({"default": 0} if top else unset),
                        help="more detail on stderr, libraries' log messages included (-vv for debug)")


# (name, one-line help, description, example) of every subcommand, in the order --help lists them.
_COMMANDS = (
    ("extract", "table rows from a .txt export or a .pdf → Parquet",
     "Read the annex table from its tab-separated text export or from a PDF and write one row per\n"
     "action (theme, chapter, action id, timing, the three text cells, pages) as Parquet.",
     "extract raw/annex-2009.pdf -o interim/rows_pdf.parquet"),
    ("crosscheck", "compare PDF rows with text rows; write agreement metrics",
     "Compare the rows read from the PDF with those read from the text export, cell by cell;\n"
     "write the agreement as JSON and fail (exit 7) below crosscheck.min_agreement in params.yaml.",
     "crosscheck interim/rows_pdf.parquet interim/rows_text.parquet --metrics metrics/crosscheck.json"),
    ("tag", "tag the rows' free-text cells → mentions and entities Parquet",
     "Tag ORG, PERSON, DATE and MONEY in the action, progress and next-actions cells, link each\n"
     "ORG/PERSON mention to an entity and normalise dates and amounts.",
     "tag interim/rows_pdf.parquet --mentions interim/mentions.parquet --entities interim/entities.parquet"),
    ("tag-text", "tag plain-text files; print one JSON mention a line",
     "Run the tagger on any UTF-8 text files; print one JSON object per mention\n"
     "(file, start, end, text, label, name, entity_id, value).",
     "tag-text press-release.txt"),
    ("train-ner", "train the statistical entity recogniser with spacy train",
     "Train the entity recogniser the tagger combines with its registry and rules: spacy train on a\n"
     "committed config, from GovNER (labels mapped), the annex dev gold (odd chapters) and silver data.",
     "train-ner --config configs/ner.cfg --govner ../shared/corpora/govner --gold reference/gold/mentions-dev.jsonl \\\n"
     "      --rows interim/rows_pdf.parquet --out pipeline/models/ner"),
    ("common-words", "the list of common English words the tagger's model filter uses",
     "Write the lower-case English words at or above tag.common_word_min_zipf in wordfreq's small list:\n"
     "a model span made only of them is an idea or a thing, not a name (\"Green Belt\").",
     "common-words -o pipeline/data/common-words.txt"),
    ("towns", "the list of UK towns and villages the tagger knows as places",
     "Write the place names of GeoNames' UK populated places (500 people or more) in the four nations,\n"
     "less those that are common words, given names or months (\"Street\", \"Douglas\", \"March\").",
     "towns --geonames raw/geonames/gb-cities500.tsv -o pipeline/data/towns.txt"),
    ("evaluate", "score mentions against gold: P/R/F1 per label, links, values",
     "Score the tag stage's mentions (or a stock spaCy model, as a baseline) against gold mentions.",
     "evaluate --gold reference/gold/mentions-dev.jsonl --mentions interim/mentions.parquet"),
    ("evaluate-status", "status accuracy, leave-one-chapter-out, and confusion matrix against gold statuses",
     "Score the status model by leave-one-chapter-out over the gold (train on the other chapters, predict\n"
     "the one left out) and the published statuses; print the confusion matrix.",
     "evaluate-status --gold reference/gold/status-dev.jsonl --actions outputs/actions.parquet"),
    ("publish", "validate and write the published tables and datapackage.json",
     "Add status and cross-references, validate every table against pipeline/schema.py, then write\n"
     "the Parquet tables and a Frictionless datapackage.json; nothing is replaced unless all succeed.",
     "publish --rows interim/rows_pdf.parquet --mentions interim/mentions.parquet \\\n"
     "      --entities interim/entities.parquet --status-gold reference/gold/status-dev.jsonl \\\n"
     "      --sources raw/annex-2009.pdf raw/annex-2009.txt --out-dir outputs"),
    ("report", "execute notebooks on the published data; write one HTML report",
     "Execute jupytext or .ipynb notebooks headless on the published data and render them, in order,\n"
     "as one self-contained HTML page.",
     "report notebooks/organisations.py -o outputs/report.html"),
    ("annex", "evidence browser: the annex as one static HTML page with every mention marked",
     "Write the published annex as one self-contained HTML page: every action with its three text cells,\n"
     "each tagged mention highlighted (displaCy's entity style) and linked to its entity's entry, an\n"
     "entity index, each status with its evidence, cross-references as links.",
     "annex outputs -o outputs/annex.html"),
    ("corpus", "every PDF and text export in a folder → a Parquet dataset partitioned by document, on Dask",
     "Run extract → tag → publish over every .pdf/.txt/.tsv under DIR, one Dask task per document, on a\n"
     "local cluster of N workers or an existing scheduler. Resumable: documents already current in OUT\n"
     "are skipped; a failed document is recorded in OUT/documents.parquet and the run goes on\n"
     "(exit 9 only when every document failed). -v prints the Dask dashboard address.",
     "corpus reports/ -o corpus-out --workers 2"),
    ("schema", "print the published tables' columns as Markdown",
     "Print every published table's columns, types and descriptions as Markdown.",
     "schema"),
)


def build_parser(prog: str = "python -m pipeline") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog, formatter_class=_HelpFormatter,
        description="Defra third sector annex: extract, cross-check, tag, publish and report.\n"
        "Errors print one line naming the file and line or page, and exit non-zero (see the README's bad-input table).",
        epilog=f"example: {prog} extract raw/annex-2009.pdf -o rows.parquet\n"
        f"         {prog} COMMAND --help   for a command's options",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub = {}
    for name, summary, description, example in _COMMANDS:
        sub[name] = commands.add_parser(name, help=summary, description=description, formatter_class=_HelpFormatter,
                                        epilog=f"example:\n  {prog} {example}")
        _global_options(sub[name], top=False)

    sub["extract"].add_argument("source", type=Path, help="the annex as a tab-separated .txt export or a .pdf")
    sub["extract"].add_argument("-o", "--output", type=Path, required=True, help="rows Parquet file to write")
    sub["extract"].add_argument("--allow-partial", action="store_true",
                                help="when pages or action ids are missing, write the rows read and warn (else exit 5)")
    sub["extract"].add_argument("--debug-joins", action="store_true",
                                help="log how each line-end break and each merged cell of a PDF was decided (stderr)")
    sub["extract"].set_defaults(run=_cmd_extract)

    sub["crosscheck"].add_argument("pdf_rows", type=Path, help="rows extracted from the PDF")
    sub["crosscheck"].add_argument("text_rows", type=Path, help="rows extracted from the text export")
    sub["crosscheck"].add_argument("--metrics", type=Path, required=True, help="headline metrics JSON to write")
    sub["crosscheck"].add_argument("--details", type=Path, help="also write every difference as JSON here")
    sub["crosscheck"].set_defaults(run=_cmd_crosscheck)

    sub["tag"].add_argument("rows", type=Path, help="rows Parquet (from the PDF)")
    sub["tag"].add_argument("--mentions", type=Path, required=True, help="mentions Parquet to write")
    sub["tag"].add_argument("--entities", type=Path, required=True, help="entities Parquet to write")
    sub["tag"].set_defaults(run=_cmd_tag)

    sub["tag-text"].add_argument("files", type=Path, nargs="+", metavar="FILE", help="UTF-8 text files")
    sub["tag-text"].add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                                 help="the texts' own date, that 'today' or 'last week' is read against (default: tag.report_date)")
    sub["tag-text"].set_defaults(run=_cmd_tag_text)

    tr = sub["train-ner"]
    tr.add_argument("--config", type=Path, required=True, help="spaCy training config (configs/ner.cfg)")
    tr.add_argument("--govner", type=Path, required=True, help="folder with GovNER train.spacy and dev.spacy")
    tr.add_argument("--gold", type=Path, required=True, help="annex dev gold mentions (odd chapters)")
    tr.add_argument("--rows", type=Path, required=True, help="rows Parquet the gold refers to")
    tr.add_argument("--out", type=Path, required=True, help="folder to write the trained model to")
    tr.set_defaults(run=_cmd_train_ner)

    sub["common-words"].add_argument("-o", "--output", type=Path, required=True, help="word list to write")
    sub["common-words"].set_defaults(run=_cmd_common_words)

    sub["towns"].add_argument("--geonames", type=Path, required=True, help="GeoNames UK populated places (TSV)")
    sub["towns"].add_argument("-o", "--output", type=Path, required=True, help="town list to write")
    sub["towns"].set_defaults(run=_cmd_towns)

    ev = sub["evaluate"]
    ev.add_argument("--gold", type=Path, required=True, help="gold mentions JSONL")
    ev.add_argument("--mentions", type=Path, help="mentions Parquet from the tag stage")
    ev.add_argument("--model", help="instead, score a stock spaCy model by package name (a baseline)")
    ev.add_argument("--rows", type=Path, help="rows Parquet the --model tags")
    ev.add_argument("--texts", type=Path, help="instead, tag the texts of this folder (with sources.csv) and score per split")
    ev.add_argument("--metrics", type=Path, help="write the headline scores as JSON here")
    ev.add_argument("--details", type=Path, help="write the full report (counts, missed and spurious mentions) here")
    ev.set_defaults(run=_cmd_evaluate)

    st = sub["evaluate-status"]
    st.add_argument("--gold", type=Path, required=True, help="gold statuses JSONL")
    st.add_argument("--actions", type=Path, required=True, help="published actions Parquet")
    st.add_argument("--metrics", type=Path, help="write the headline accuracy as JSON here")
    st.add_argument("--details", type=Path, help="write the full report with the confusion matrix here")
    st.set_defaults(run=_cmd_evaluate_status)

    sub["report"].add_argument("notebooks", type=Path, nargs="+", help="jupytext .py or .ipynb notebooks, in report order")
    sub["report"].add_argument("-o", "--output", type=Path, required=True, help="HTML file to write")
    sub["report"].set_defaults(run=_cmd_report)

    sub["annex"].add_argument("outputs", type=Path, help="folder of the published tables (outputs)")
    sub["annex"].add_argument("-o", "--output", type=Path, required=True, help="HTML file to write")
    sub["annex"].set_defaults(run=_cmd_annex)

    sub["schema"].set_defaults(run=_cmd_schema)

    pub = sub["publish"]
    pub.add_argument("--rows", type=Path, required=True, help="rows Parquet (from the PDF)")
    pub.add_argument("--mentions", type=Path, required=True, help="mentions Parquet from the tag stage")
    pub.add_argument("--entities", type=Path, required=True, help="entities Parquet from the tag stage")
    pub.add_argument("--sources", type=Path, nargs="+", required=True, help="source files, hashed into datapackage.json")
    pub.add_argument("--out-dir", type=Path, required=True, help="folder for the published files")
    pub.add_argument("--status-gold", type=Path, required=True, help="gold statuses the status model is trained on")
    pub.add_argument("--hierarchy", type=Path, help="organisation hierarchy CSV (default: the packaged pipeline/data/hierarchy.csv)")
    pub.set_defaults(run=_cmd_publish)

    corpus = sub["corpus"]
    corpus.add_argument("folder", type=Path, metavar="DIR", help="folder of .pdf/.txt/.tsv documents (searched recursively)")
    corpus.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="dataset folder to write (and resume)")
    corpus.add_argument("--workers", type=int, default=2, metavar="N", help="worker processes of the local Dask cluster")
    corpus.add_argument("--scheduler", metavar="ADDRESS", help="use an existing Dask cluster, e.g. tcp://10.0.0.5:8786")
    corpus.add_argument("--force", action="store_true", help="redo every document, even those already current in OUT")
    corpus.set_defaults(run=_cmd_corpus)
    return parser


def program_name(argv0: str) -> str:
    """``annex-pipeline`` when run through the installed script, else ``python -m pipeline``."""
    return "annex-pipeline" if Path(argv0).name.startswith("annex-pipeline") else "python -m pipeline"


class _Terminated(BaseException):
    """SIGTERM, raised like Ctrl-C so that temporary files are removed on the way out."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


def _configure_logging(verbose: int) -> None:
    """Library logging (pdfminer, pdfplumber) and Python warnings: silent, or on stderr with ``-v`` (``-vv``: debug)."""
    logging.captureWarnings(True)
    root = logging.getLogger()
    if verbose:
        level = logging.INFO if verbose == 1 else logging.DEBUG
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    else:
        root.addHandler(logging.NullHandler())
        root.setLevel(logging.CRITICAL + 1)
        # The pipeline's own warnings (a glyph kept as U+FFFD, …) are for the user: one line each.
        ours = logging.getLogger("pipeline")
        ours.setLevel(logging.WARNING)
        ours.propagate = False
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        ours.addHandler(handler)


def _paths(args: argparse.Namespace) -> tuple[list[Path], list[Path]]:
    """The command's input and output files."""
    def given(*names: str) -> list[Path]:
        found: list[Path] = []
        for name in names:
            value = getattr(args, name, None)
            found.extend(value if isinstance(value, list) else [value] if value is not None else [])
        return found

    params = [Path(args.params)] if args.params else []
    if args.command == "publish":
        from pipeline import schema

        outputs = [args.out_dir / f"{t.name}.parquet" for t in schema.PUBLISHED] + [args.out_dir / "datapackage.json"]
        return params + given("rows", "mentions", "entities", "sources", "status_gold", "hierarchy"), outputs
    if args.command == "corpus":  # OUT is a folder the corpus run manages itself
        return params + given("folder"), []
    if args.command == "annex":
        return params, given("output")
    if args.command == "tag":
        return params + given("rows"), given("mentions", "entities")
    return params + given("source", "pdf_rows", "text_rows", "rows", "gold", "mentions", "actions", "notebooks", "files"), \
        given("output", "metrics", "details")


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


GC_THRESHOLDS = (10_000, 50, 100)
"""The cyclic collector's thresholds for a command's process (Python's are (700, 10, 10)). The
commands allocate millions of short-lived objects that reference counting frees; at the default
the collector runs about 300 times a tag stage and walks the model's and registry's objects each
time (0.1 s of a 2.5 s stage)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure is one line on stderr and a documented exit code (pipeline.errors)."""
    gc.set_threshold(*GC_THRESHOLDS)
    args = build_parser(program_name(sys.argv[0])).parse_args(argv)
    _configure_logging(args.verbose)
    if threading.current_thread() is threading.main_thread():  # signal handlers can only be set there
        signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        _check_paths(args)
        args.run(args)
        sys.stdout.flush()
        gc.freeze()  # the interpreter's last collection at exit would walk every object left (0.15 s)
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
