"""Every DVC stage lists, in its deps, each project module its command imports (so `dvc status`
cannot stay clean while an output is stale). Each stage's command runs for real, writing into a
temporary folder, with Python's import tracing on (inherited by child processes, e.g. a notebook kernel)."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, some_texts

STAGES = yaml.safe_load((ROOT / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
_IMPORTED = re.compile(r"^import time:\s+\d+\s+\|\s+\d+\s+\|\s+(\S+)\s*$")


def _paths(entries) -> list[str]:
    return [next(iter(e)) if isinstance(e, dict) else e for e in entries or []]


def imported_project_files(stage: dict, tmp: Path) -> set[str]:
    """Repository-relative files of the project modules the stage's command imports."""
    command = stage["cmd"]
    for written in _paths(stage.get("outs")) + _paths(stage.get("metrics")) + _paths(stage.get("plots")):
        command = command.replace(written, str(tmp / written.replace("/", "_")))
    if "reference/texts" in command:  # the same command on ten of the texts: the imports are the same, in seconds not minutes
        gold, texts = some_texts(tmp / "some")
        command = command.replace("reference/gold/mentions-texts.jsonl", str(gold)).replace("reference/texts", str(texts))
    environment = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    argv = [sys.executable if word == "python" else word for word in shlex.split(command)]
    done = subprocess.run(argv, cwd=ROOT, env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    files = set()
    for line in done.stderr.splitlines():
        match = _IMPORTED.match(line)
        if not match or not match.group(1).startswith("pipeline"):
            continue
        parts = match.group(1).split(".")
        for candidate in (Path(*parts).with_suffix(".py"), Path(*parts, "__init__.py")):
            if (ROOT / candidate).is_file():
                files.add(candidate.as_posix())
    return files


# Tracing train_ner means training the model (about 2 minutes): it runs with `pytest -m slow`.
@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n == "train_ner" else n for n in sorted(STAGES)])
def test_stage_deps_cover_every_imported_module(name, tmp_path):
    stage = STAGES[name]
    deps = _paths(stage.get("deps"))
    imported = imported_project_files(stage, tmp_path)
    missing = sorted(f for f in imported if not any(f == d or f.startswith(d.rstrip("/") + "/") for d in deps))
    assert imported, f"stage {name} imported no project module: the trace did not run"
    assert missing == [], f"stage {name} imports modules its deps do not list"
