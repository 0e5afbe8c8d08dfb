"""Status of each action from the guidelines' definitions, with the phrase that decides it.

Each status the guidelines define ("Status of an action" in reference/gold/GUIDELINES.md) has
cue families written from its definition, not from the dev examples:

- ``complete``: the report opens by saying the action is complete, says the kind of thing
  commitments deliver has been done ("has been set up", "was published", "held"), or reports
  the commitment's own verb as done ("Establish a board" → "has established the board");
- ``in_progress``: work under way, continuing or partly done ("ongoing", "continues",
  "is developing", "at an early stage");
- ``no_progress``: not started or stalled with nothing done ("no progress", "has not been",
  "delayed");
- ``dropped_or_superseded``: abandoned or replaced ("superseded", "disbanded", "no longer",
  "decided not to", "better done as part of");
- ``unclear``: no report at all, or "-".

Reports often carry cues of several kinds ("nothing has been organised, although an event was
held"), so which kind wins is learned: :func:`train` picks the precedence of the families, and
the status of a report with no cue, that scores best on the training actions. The published
statuses use the order learned on the whole dev gold; :func:`leave_one_chapter_out` measures the
same procedure on chapters it was not trained on. The order is a small discrete model, so it is
searched exhaustively here rather than fitted with a library.
"""
from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import InputFileError
from pipeline.schema import STATUSES


@dataclass(frozen=True)
class Family:
    name: str
    status: str
    pattern: re.Pattern[str]
    in_next_actions: bool = False
    """Whether the next actions are searched too (after the progress report)."""


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


FAMILIES = (
    Family("declared_complete", "complete", re.compile(r"^\W*(?:action\s+|this\s+(?:action|commitment)\s+is\s+)?completed?\b", re.IGNORECASE),
           in_next_actions=True),
    Family("dropped", "dropped_or_superseded", _words(
        r"supersed\w*", r"disband\w*", r"dropped", r"abandon\w*", r"withdrawn", r"no longer", r"replaced by",
        r"(?:decided|decision (?:has been |was )?taken|agreed) not to", r"will not (?:be )?(?:taken forward|pursued|proceed)",
        r"better done (?:as part of|through|by)", r"folded into", r"subsumed"), in_next_actions=True),
    Family("nothing_done", "no_progress", _words(
        r"no (?:progress|action|activity|work|further progress)", r"no \w+ (?:has|have) been", r"not (?:yet )?(?:started|begun|commenced|taken place|happened)",
        r"(?:has|have) not (?:been|yet|contributed|started|made|taken|happened)", r"nothing (?:has|to report)",
        r"(?:been )?(?:delayed|postponed|stalled)", r"on hold")),
    Family("under_way", "in_progress", _words(
        r"on-?going", r"continu\w*", r"under ?way", r"in progress", r"in hand", r"on the way", r"early stages?",
        r"in discussions?", r"(?:is|are|has been|have been) (?:\w+ly )?\w+ing", r"will run", r"still", r"so far",
        r"partly", r"partially", r"first phase", r"next steps?")),
    Family("delivered", "complete", _words(
        r"(?:has|have|had) been (?:\w+ly )?(?:set up|established|published|launched|held|completed|delivered|achieved|"
        r"agreed|signed|appointed|produced|updated|introduced|issued|created|formed|made|run|implemented|finalised|"
        r"organised|commissioned|announced|adopted)",
        r"(?:was|were) (?:\w+ly )?(?:set up|established|published|launched|held|completed|delivered|signed|appointed|"
        r"produced|updated|introduced|issued|created|formed|implemented|finalised|organised|commissioned|announced|adopted)",
        r"(?:has|have) (?:\w+ly )?(?:established|published|launched|held|completed|delivered|achieved|agreed|signed|"
        r"appointed|produced|updated|introduced|issued|created|implemented|finalised|organised|commissioned|used)",
        r"(?:set up|established|published|launched|held|completed) (?:in|on|at|during|last)",
        r"(?:is|are|was|were) (?:now )?complete")),
)
COMMITMENT_DONE = Family("commitment_done", "complete", re.compile(r"(?!)"))
"""The commitment's own verb reported as done; matched by :func:`cues`, not by a fixed pattern."""
FAMILY_NAMES = ("declared_complete", "dropped", "nothing_done", COMMITMENT_DONE.name, "under_way", "delivered")
"""The guidelines' own reading, first in the search, so it wins ties: a commitment reported done is complete
even if follow-on work continues."""
_STATUS_OF = {f.name: f.status for f in (*FAMILIES, COMMITMENT_DONE)}

_VERB_FORMS = {"hold": "held", "set": "set", "run": "run", "make": "made", "write": "written", "build": "built",
               "take": "taken", "give": "given", "hold up": "held up", "lead": "led", "bring": "brought"}
_LEADING_VERB = re.compile(r"^(?:(?:we|defra)(?: and [\w ]+?)? will (?:also )?|to )?(?P<verb>[a-z]+)(?P<particle> up)?\b",
                           re.IGNORECASE)
_NOT_DELIVERABLE = {"continue", "work", "involve", "encourage", "support", "help", "engage", "promote", "explore",
                    "highlight", "consider", "apply", "embed", "review", "as", "following", "through", "building",
                    "working", "with", "in", "the"}


def _past_participle(verb: str) -> str:
    if verb in _VERB_FORMS:
        return _VERB_FORMS[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + "ed"


def commitment_verb(action: str) -> str | None:
    """The verb a one-off commitment opens with ("Establish …", "We will set up …"), as its past participle.

    Open-ended verbs ("continue", "work with", "involve", "support") commit to no single deliverable: None.
    """
    match = _LEADING_VERB.match(action.strip())
    if not match or match["verb"].lower() in _NOT_DELIVERABLE:
        return None
    return _past_participle(match["verb"].lower()) + (match["particle"] or "")


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9(\"'‘“])")


def _sentence_at(text: str, position: int) -> str:
    """The sentence of ``text`` holding ``position``, as written."""
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        if boundary.start() >= position:
            return text[start:boundary.start()].strip()
        start = boundary.end()
    return text[start:].strip()


def _is_empty(progress: str | None) -> bool:
    return progress is None or not re.sub(r"[\s\-–—.]", "", progress)


def cues(action: str | None, progress: str | None, next_actions: str | None) -> dict[str, str]:
    """Each cue family that fires, with the sentence of the report holding its first match."""
    found: dict[str, str] = {}
    if _is_empty(progress):
        return found
    assert progress is not None
    for family in FAMILIES:
        for text in (progress, next_actions if family.in_next_actions else None):
            match = family.pattern.search(text or "")
            if match:
                found[family.name] = _sentence_at(text or "", match.start())
                break
    verb = commitment_verb(action or "")
    if verb:
        match = re.search(rf"\b(?:has|have|had|was|were|been)\b[^.;]{{0,40}}\b{re.escape(verb)}\b", progress, re.IGNORECASE)
        if match:
            found[COMMITMENT_DONE.name] = _sentence_at(progress, match.start())
    return found


@dataclass(frozen=True)
class StatusModel:
    """Which cue family wins when several fire, and the status of a report with no cue."""

    precedence: tuple[str, ...]
    default: str

    def classify(self, action: str | None, progress: str | None, next_actions: str | None) -> tuple[str, str | None]:
        """(status, evidence): the deciding sentence, or the report's first sentence when no cue fires."""
        if _is_empty(progress):
            return "unclear", None
        assert progress is not None
        found = cues(action, progress, next_actions)
        for name in self.precedence:
            if name in found:
                return _STATUS_OF[name], found[name]
        return self.default, _sentence_at(progress, 0)


@dataclass(frozen=True)
class Example:
    action_id: str
    action: str | None
    progress: str | None
    next_actions: str | None
    status: str


def read_gold(path: str | Path) -> dict[str, str]:
    """Gold statuses by action id from a JSONL file of {"action_id", "status"} objects."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(path, f"cannot read gold: {error}") from None
    gold: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                record = json.loads(line)
                gold[record["action_id"]] = record["status"]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputFileError(path, f"not a gold status ({type(error).__name__}: {error})", line=number) from None
            if record["status"] not in STATUSES:
                raise InputFileError(path, f"status {record['status']!r} is not one of {', '.join(STATUSES)}", line=number)
    return gold


def examples(actions: Iterable[Mapping[str, Any]], gold: Mapping[str, str]) -> list[Example]:
    """The gold actions with their text cells (``actions``: records with action_id, action, progress, next_actions)."""
    return [Example(a["action_id"], a["action"], a["progress"], a["next_actions"], gold[a["action_id"]])
            for a in actions if a["action_id"] in gold]


def untrained() -> StatusModel:
    """The model where no gold is at hand (corpus documents): the families in the guidelines' order
    with ``in_progress`` for a report with no cue, which is what every leave-one-chapter-out fold
    of the dev gold learns (``metrics/details/status.json``)."""
    return StatusModel(FAMILY_NAMES, "in_progress")


def train(examples: Sequence[Example]) -> StatusModel:
    """The precedence and default status with the most training actions right.

    Ties go to the order closest to the guidelines' listing (the first in itertools' order),
    so training is deterministic.
    """
    found = [(cues(e.action, e.progress, e.next_actions), e.status, _is_empty(e.progress)) for e in examples]
    best: tuple[int, StatusModel] | None = None
    for precedence in itertools.permutations(FAMILY_NAMES):
        for default in ("in_progress", "complete", "unclear"):
            correct = 0
            for cue, gold, empty in found:
                if empty:
                    predicted = "unclear"
                else:
                    predicted = next((_STATUS_OF[n] for n in precedence if n in cue), default)
                correct += predicted == gold
            if best is None or correct > best[0]:
                best = (correct, StatusModel(precedence, default))
    assert best is not None
    return best[1]


def chapter_of(action_id: str) -> str:
    return action_id.split(".", 1)[0]


def leave_one_chapter_out(examples: Sequence[Example]) -> dict[str, object]:
    """Train on all chapters but one, predict the one left out; every chapter in turn."""
    chapters = sorted({chapter_of(e.action_id) for e in examples}, key=int)
    predicted: dict[str, str] = {}
    folds = {}
    for chapter in chapters:
        model = train([e for e in examples if chapter_of(e.action_id) != chapter])
        held = [e for e in examples if chapter_of(e.action_id) == chapter]
        for e in held:
            predicted[e.action_id] = model.classify(e.action, e.progress, e.next_actions)[0]
        right = sum(predicted[e.action_id] == e.status for e in held)
        folds[chapter] = {"accuracy": round(right / len(held), 4), "correct": right, "total": len(held),
                          "precedence": list(model.precedence), "default": model.default}
    report = evaluate_status({e.action_id: e.status for e in examples}, predicted)
    report["folds"] = folds
    return report


def evaluate_status(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, object]:
    """Accuracy and confusion matrix (gold status → predicted status → count) over the gold actions."""
    matrix = {g: {p: 0 for p in STATUSES} for g in STATUSES}
    for action_id, status in gold.items():
        matrix[status][predicted.get(action_id, "unclear")] += 1
    correct = sum(matrix[s][s] for s in STATUSES)
    return {"accuracy": round(correct / len(gold), 4) if gold else 0.0, "correct": correct, "total": len(gold),
            "confusion": matrix}


def headline(report: Mapping[str, object]) -> dict[str, object]:
    """The figures ``dvc metrics show`` lists; the confusion matrix stays in the details file."""
    return {"accuracy": report["accuracy"], "total": report["total"]}


def confusion_table(report: Mapping[str, object]) -> str:
    """The confusion matrix as text: rows are gold statuses, columns predictions."""
    matrix = report["confusion"]
    assert isinstance(matrix, dict)
    short = {s: s.split("_")[0][:8] for s in STATUSES}
    lines = [f"accuracy {report['accuracy']:.3f} ({report['correct']}/{report['total']})",
             "gold / predicted".ljust(24) + "".join(f"{short[p]:>10}" for p in STATUSES)]
    for g in STATUSES:
        lines.append(f"{g:24}" + "".join(f"{matrix[g][p]:>10}" for p in STATUSES))
    return "\n".join(lines)
