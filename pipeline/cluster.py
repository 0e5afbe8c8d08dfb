"""Running a corpus on Dask: a LocalCluster of worker processes, or an existing cluster's scheduler.

Dask (``dask.distributed``) does the scheduling, the worker processes, their memory limits and
the re-submission of a task whose worker died; this module submits one task per document
(``pipeline.corpus.process_document``), records each result in the ledger as it arrives, and
shows progress. Workers read the documents and write the partitions themselves, so on a cluster
the corpus folder and OUT must be on a filesystem every worker mounts at the same path.
"""
from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.corpus import Settings, Source, cleanup, discover, is_current, one_line, process_document, read_ledger, record, write_ledger
from pipeline.errors import CorpusError, PipelineError

LEDGER_EVERY_SECONDS = 2.0
"""How often the ledger is rewritten while documents complete (and once at the end)."""


@dataclass(frozen=True)
class Summary:
    documents: int
    ok: int
    failed: int
    skipped: int
    seconds: float

    def line(self, out: Path) -> str:
        return (f"{self.documents} documents: {self.ok} ok, {self.failed} failed, {self.skipped} unchanged (skipped) "
                f"in {self.seconds:.1f} s → {out}")


@contextlib.contextmanager
def connect(workers: int, scheduler: str | None, verbose: bool) -> Iterator[Any]:
    """A Dask client: on ``scheduler`` if given, else on a LocalCluster of ``workers`` single-threaded
    worker processes (one document at a time per worker)."""
    from dask.distributed import Client, LocalCluster

    quiet = logging.WARNING if verbose else logging.ERROR
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as error:
            raise PipelineError(scheduler, f"cannot reach the Dask scheduler: {error}") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, silence_logs=quiet,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        yield client


def _progress(total: int) -> Any:
    from tqdm import tqdm

    # disable=None: a bar on a terminal, nothing in a log file.
    return tqdm(total=total, unit="doc", desc="documents", file=sys.stderr, disable=None)


def run_corpus(folder: Path, out: Path, settings: Settings, *, workers: int = 2, scheduler: str | None = None,
               force: bool = False, verbose: bool = False) -> Summary:
    """Process every document under ``folder`` not already current in ``out``; raise CorpusError
    when every document failed."""
    try:
        from dask.distributed import as_completed
    except ImportError:
        raise PipelineError(None, "corpus mode needs Dask: pip install 'defra-annex-pipeline[corpus]'") from None
    if workers < 1:
        raise PipelineError(None, f"--workers must be at least 1, not {workers}")
    started = time.perf_counter()
    out = Path(out).resolve()
    sources = discover(folder, exclude=out)
    previous = read_ledger(out)
    cleanup(out, previous)  # files a killed run left behind
    ledger: dict[str, Mapping[str, Any]] = {s.key: previous[s.key] for s in sources if s.key in previous}
    todo = [s for s in sources if force or not is_current(previous.get(s.key), s, settings)]
    counts = {"ok": 0, "failed": 0}
    if todo:
        with connect(workers, scheduler, verbose) as client:
            if verbose:
                print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr)
            futures = {
                client.submit(process_document, s, out, settings, key=f"document-{i}-{s.sha256[:12]}", pure=False): s
                for i, s in enumerate(todo)
            }
            written = time.monotonic()
            with _progress(len(todo)) as bar:
                for future in as_completed(futures):
                    source = futures.pop(future)
                    result = _result(future, source, settings)
                    ledger[source.key] = result
                    counts[result["status"]] += 1
                    bar.set_postfix(done=counts["ok"], failed=counts["failed"], left=len(futures), refresh=False)
                    bar.update()
                    if time.monotonic() - written > LEDGER_EVERY_SECONDS:
                        write_ledger(out, ledger)
                        written = time.monotonic()
    write_ledger(out, ledger)
    cleanup(out, ledger)
    summary = Summary(len(sources), counts["ok"], counts["failed"], len(sources) - len(todo), time.perf_counter() - started)
    if summary.failed == summary.documents:
        first = ledger[min(ledger)]["error"]
        raise CorpusError(out / "documents.parquet", f"all {summary.documents} documents failed; first: {first}")
    return summary


def _result(future: Any, source: Source, settings: Settings) -> Mapping[str, Any]:
    """The task's ledger row; a task Dask gave up on (its worker died each time) is a failed document."""
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - KilledWorker, a lost connection: this document failed
        return record(source, settings, 0.0, error=one_line(error, source.path))
