"""The project's own error types: each is a user-facing, one-line message with its exit code."""
from __future__ import annotations

from pathlib import Path


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
        text = f"{where}: {self.detail}" if where else self.detail
        return " ".join(text.split())


class InputFileError(PipelineError):
    """The file is missing, unreadable, empty or not decodable."""

    exit_code = 3


class TableFormatError(PipelineError):
    """The text export does not hold the annex table as expected."""

    exit_code = 4


class PdfError(PipelineError):
    """The PDF cannot be read, or does not hold the annex table."""

    exit_code = 5


class ValidationError(PipelineError):
    """A table about to be published breaks the schema's rules."""

    exit_code = 6


class CrosscheckError(PipelineError):
    """The PDF and text extractions disagree beyond the allowed threshold."""

    exit_code = 7


class CorpusError(PipelineError):
    """Every document of a corpus run failed (each one's error is in OUT/documents.parquet)."""

    exit_code = 9
