"""The project's own error types: each is a user-facing, one-line message with its exit code.

Every exit code the command line can return:

===  ==========================================================================================
0    success
1    internal error (a bug; ``-v`` prints the traceback) or out of memory
2    wrong command-line usage, or an output path that resolves to one of the command's inputs
3    input file missing, empty, unreadable or not UTF-8; output path not writable (read-only,
     no space, a directory, a parent that is a file): the old output is left as it was
4    the text export does not hold the table as expected
5    the PDF cannot be read, does not hold the table, or breaks a resource limit
     (``extract.pdf.limits``); content was lost (pages or action ids missing) without
     ``--allow-partial``
6    a table about to be published breaks the schema's rules, or a published set is mixed
7    the PDF and the text export disagree beyond ``crosscheck.min_agreement``
8    a notebook cell failed while building the report
9    corpus mode: every document failed (each one's error is in ``OUT/documents.parquet``)
130  interrupted (Ctrl-C)
141  standard output closed early (``| head``): no message
143  terminated (SIGTERM)
===  ==========================================================================================
"""
from __future__ import annotations

from pathlib import Path

MAX_MESSAGE = 400
"""Longest error message printed, in characters; longer ones are cut with "…"."""

EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
EXIT_TERMINATED = 143


def quote(text: str, limit: int = 60) -> str:
    """``repr`` of a cell or word for a message, cut to ``limit`` characters."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


class PipelineError(Exception):
    """A problem with the user's input or data; the CLI prints it on one line and exits."""

    exit_code = 1

    def __init__(self, path: str | Path | None, message: str, *, line: int | None = None, page: int | None = None):
        self.path = None if path is None else str(path)
        self.line = line
        self.page = page
        self.detail = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where += f":{self.line}"
        if self.page is not None:
            where += f" (page {self.page})"
        text = " ".join((f"{where}: {self.detail}" if where else self.detail).split())
        return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


class InputFileError(PipelineError):
    """The file is missing, unreadable, empty or not decodable."""

    exit_code = 3


class OutputFileError(PipelineError):
    """An output path cannot be written; the old file is left as it was."""

    exit_code = 3


class TableFormatError(PipelineError):
    """The text export does not hold the annex table as expected."""

    exit_code = 4


class PdfError(PipelineError):
    """The PDF cannot be read, or does not hold the annex table."""

    exit_code = 5


class LimitError(PdfError):
    """The PDF breaks a resource limit (stream size, objects or time per page, pages, a reference cycle)."""


class LostContentError(PipelineError):
    """Pages or action ids the document holds were not read (``--allow-partial`` keeps what was read).

    ``rows`` holds what was read, when reading went on (``allow_partial``), else None.
    """

    exit_code = 5

    def __init__(self, path: str | Path | None, message: str, *, rows: list | None = None):
        super().__init__(path, message)
        self.rows = rows


class ValidationError(PipelineError):
    """A table about to be published breaks the schema's rules."""

    exit_code = 6


class CrosscheckError(PipelineError):
    """The PDF and text extractions disagree beyond the allowed threshold."""

    exit_code = 7


class UsageError(PipelineError):
    """The command line is inconsistent (an output that is also an input)."""

    exit_code = EXIT_USAGE


class CorpusError(PipelineError):
    """Every document of a corpus run failed (each one's error is in OUT/documents.parquet)."""

    exit_code = 9
