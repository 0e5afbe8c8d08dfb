"""Status of each action, judged from its progress report (and next actions) by ordered rules.

The first rule that fires decides:

1. the progress report or the next actions open with "Complete"/"Action complete" → complete;
2. the commitment was dropped, superseded or folded into other work → dropped_or_superseded;
3. nothing was done ("No progress reported", "has not been organised", "delayed") → no_progress;
4. work goes on ("ongoing", "continue", "underway", "is developing", "will be", "in progress",
   or next actions that only say "on-going") → in_progress;
5. the work was done ("established", "set up", "published", "held", "launched") → complete;
6. any other report → in_progress; no report at all → unclear.
"""
from __future__ import annotations

import re

_COMPLETE_OPENING = re.compile(r"^\s*(?:action\s+)?complete(?:d)?\b", re.IGNORECASE)
_DROPPED = re.compile(
    r"supersed|disband|\bdropp(?:ed|ing)\b|better done as part of|no longer|"
    r"decision (?:has been|was) taken not to|will not be taken forward|\bwithdrawn\b",
    re.IGNORECASE,
)
_NO_PROGRESS = re.compile(
    r"\bno (?:progress|action|activity|work)\b|\b(?:has|have) not (?:been|yet|contributed|started)\b|"
    r"\bnot (?:yet )?(?:started|begun)\b|\bbeen delayed\b|\bon hold\b",
    re.IGNORECASE,
)
_IN_PROGRESS = re.compile(
    r"\bon-?going\b|\bcontinu(?:e|es|ing)\b|\b(?:has|have) continued\b|\bunder ?way\b|\bin progress\b|\bon the way\b|"
    r"\b(?:is|are|been) \w+ing\b|\bwill (?:run|be)\b|\bearly stage\b|\bin discussions?\b|\bdeveloping\b",
    re.IGNORECASE,
)
_ONGOING_ONLY = re.compile(r"^\s*(?:this (?:action|work) is )?on-?going(?: support)?\.?\s*$", re.IGNORECASE)
_DONE = re.compile(
    r"\bcompleted?\b|\bestablished\b|\b(?:has|have) been (?:set up|updated|delivered|achieved)\b|\bset up\b|"
    r"\b(?:was|were) published\b|\bpublished\b|\bheld\b|\blaunched\b|\b(?:has|have) used\b",
    re.IGNORECASE,
)


def classify_status(progress: str | None, next_actions: str | None) -> str:
    """One of complete, in_progress, no_progress, dropped_or_superseded, unclear."""
    if not progress:
        return "unclear"
    following = next_actions or ""
    if _COMPLETE_OPENING.search(progress) or _COMPLETE_OPENING.search(following):
        return "complete"
    if _DROPPED.search(progress) or _DROPPED.search(following):
        return "dropped_or_superseded"
    if _NO_PROGRESS.search(progress):
        return "no_progress"
    if _IN_PROGRESS.search(progress) or _ONGOING_ONLY.match(following):
        return "in_progress"
    if _DONE.search(progress):
        return "complete"
    return "in_progress"


def evaluate_status(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, object]:
    """Accuracy and confusion matrix (gold status → predicted status → count) over the gold actions."""
    from pipeline.schema import STATUSES

    matrix = {g: {p: 0 for p in STATUSES} for g in STATUSES}
    for action_id, status in gold.items():
        matrix[status][predicted.get(action_id, "unclear")] += 1
    correct = sum(matrix[s][s] for s in STATUSES)
    return {"accuracy": round(correct / len(gold), 4) if gold else 0.0, "correct": correct, "total": len(gold),
            "confusion": matrix}


def headline(report: dict[str, object]) -> dict[str, object]:
    """The figures ``dvc metrics show`` lists; the confusion matrix stays in the details file."""
    return {"accuracy": report["accuracy"], "total": report["total"]}


def confusion_table(report: dict[str, object]) -> str:
    """The confusion matrix as text: rows are gold statuses, columns predictions."""
    from pipeline.schema import STATUSES

    matrix = report["confusion"]
    assert isinstance(matrix, dict)
    short = {s: s.split("_")[0][:8] for s in STATUSES}
    lines = [f"accuracy {report['accuracy']:.3f} ({report['correct']}/{report['total']})",
             "gold / predicted".ljust(24) + "".join(f"{short[p]:>10}" for p in STATUSES)]
    for g in STATUSES:
        lines.append(f"{g:24}" + "".join(f"{matrix[g][p]:>10}" for p in STATUSES))
    return "\n".join(lines)
