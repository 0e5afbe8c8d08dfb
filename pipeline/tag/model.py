"""The statistical entity recogniser: trained by the ``train_ner`` stage, loaded by the tagger.

Training runs ``spacy train`` (``spacy.cli.train.train``) on the config committed under
``configs/`` with its fixed seed, on the data ``train_data`` builds, and writes the best model to
``pipeline/models/ner`` (committed, about 2 MB) with the run's timing stripped from its meta, so a
fresh clone's ``dvc repro`` only retrains when the config, the data or this code changes.
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from pipeline.errors import InputFileError
from pipeline.extract.cells import Row
from pipeline.tag import train_data
from pipeline.tag.evaluate import Scored


def model_path() -> Path:
    """The packaged trained model."""
    return Path(str(resources.files("pipeline") / "models" / "ner"))


def load_model(path: Path | None = None) -> Language:
    """The trained tok2vec + ner pipeline (the tagger adds its entity ruler after the ner).

    The tokenizer is not read from disk: the config builds English's default one, which is what
    training saved (``configs/ner.cfg`` does not change it), and reading the saved copy again
    costs 0.2 s of rule loading at every start."""
    path = path or model_path()
    try:
        return spacy.load(path, exclude=["tokenizer"])
    except OSError:
        raise InputFileError(path, "no trained entity model here (run `dvc repro train_ner`)") from None


def silver_spans(texts: Sequence[str], tagger: Any) -> list[list[tuple[int, int, str]]]:
    """ORG and PERSON spans the registry and rules (a tagger without a model) find in each text."""
    from pipeline.tag.tagger import Document

    result = tagger.tag([Document(str(i), "text", t) for i, t in enumerate(texts)])
    spans: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for m in result.mentions:
        if m.label in train_data.SILVER_LABELS:
            spans[int(m.key)].append((m.start, m.end, m.label))
    return spans


def build_corpus(govner_dir: Path, rows: Sequence[Row], gold: Sequence[Scored], tagger: Any, out_dir: Path) -> dict[str, int]:
    """Write ``train.spacy`` and ``dev.spacy`` into ``out_dir``; return document counts per source."""
    nlp = spacy.blank("en")
    govner = train_data.govner_docs(nlp, govner_dir / "train.spacy")
    train_data.add_silver(govner, silver_spans([d.text for d in govner], tagger))
    annex = train_data.annex_docs(nlp, rows, gold)
    dev = train_data.govner_docs(nlp, govner_dir / "dev.spacy")
    train_data.write_docbin([*govner, *annex], out_dir / "train.spacy")
    train_data.write_docbin(dev, out_dir / "dev.spacy")
    return {"govner_train": len(govner), "annex_gold": len(annex), "govner_dev": len(dev)}


def train(config: Path, govner_dir: Path, rows: Sequence[Row], gold: Sequence[Scored], tagger: Any, out: Path) -> dict[str, Any]:
    """Train on the built corpus with ``spacy train`` and write the best model to ``out`` (atomically)."""
    from spacy.cli.train import train as spacy_train

    if not config.is_file():
        raise InputFileError(config, "training config not found")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        counts = build_corpus(govner_dir, rows, gold, tagger, work)
        spacy_train(config, work / "run", overrides={"paths.train": str(work / "train.spacy"),
                                                      "paths.dev": str(work / "dev.spacy")})
        nlp = spacy.load(work / "run" / "model-best")
        performance = {k: v for k, v in nlp.meta.get("performance", {}).items() if k != "speed"}
        nlp.meta["performance"] = performance  # the run's speed would make the files differ run to run
        nlp.config["paths"].update({"train": None, "dev": None})  # nor would the temporary corpus paths
        staged = out.parent / f".{out.name}.tmp"
        shutil.rmtree(staged, ignore_errors=True)
        staged.parent.mkdir(parents=True, exist_ok=True)  # dvc repro removes the output folder first
        nlp.to_disk(staged)
        shutil.rmtree(out, ignore_errors=True)
        staged.rename(out)
    return {"documents": counts, "dev_scores": performance}
