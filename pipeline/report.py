"""Report stage: execute the exploration notebooks on the published data and render one HTML page."""
from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pipeline.errors import InputFileError, PipelineError


class NotebookError(PipelineError):
    """A notebook cell failed while building the report."""

    exit_code = 8


def execute(path: str | Path, timeout: int = 600):
    """Run a jupytext (percent .py) or .ipynb notebook headless and return it with its outputs."""
    import jupytext
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from traitlets.config import Config

    path = Path(path)
    try:
        notebook = jupytext.read(path)
    except (OSError, ValueError) as error:
        raise InputFileError(path, f"cannot read notebook: {error}") from None
    for index, cell in enumerate(notebook.cells):
        cell.id = f"{path.stem}-{index}"  # stable ids: the same notebook renders to the same bytes
    # The kernel starts in the current folder (the project root under DVC), so it imports this
    # checkout's pipeline package and finds ./outputs.
    with tempfile.TemporaryDirectory(prefix="annex-kernel-") as sockets:
        # IPC (Unix socket) transport: the kernel stays off TCP, so it does not warn about plain-text traffic.
        ipc = Config({"KernelManager": {"transport": "ipc", "ip": str(Path(sockets) / "kernel")}})
        client = NotebookClient(notebook, kernel_name="python3", timeout=timeout, record_timing=False, config=ipc,
                                resources={"metadata": {"path": str(Path.cwd())}})
        try:
            client.execute()
        except CellExecutionError as error:
            last = [line for line in str(error).splitlines() if line.strip()][-1]
            raise NotebookError(path, f"a cell failed: {last}") from None
    return notebook


def render(notebooks: Sequence[str | Path], output: str | Path) -> None:
    """Execute each notebook and write them, in order, as one self-contained HTML file."""
    import nbformat
    from nbconvert import HTMLExporter

    from pipeline.io import write_text_atomic

    executed = [execute(path) for path in notebooks]
    combined = nbformat.v4.new_notebook(metadata=executed[0].metadata)
    for notebook in executed:
        combined.cells.extend(notebook.cells)
    # Readers get the prose, figures and tables; the code stays in the notebooks.
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    html, _ = exporter.from_notebook_node(combined, resources={"metadata": {"name": "Defra third sector annex: organisations"}})
    # Figures are embedded; the template's CDN scripts (require.js, MathJax) serve widgets and
    # maths the notebooks do not use, and would make the page reach the network.
    html = _EXTERNAL_SCRIPT.sub("", html)
    write_text_atomic(output, html)


_EXTERNAL_SCRIPT = re.compile(r'<script[^>]*\ssrc="https?://[^"]*"[^>]*>\s*</script>\n?')
