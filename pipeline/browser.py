"""Evidence browser: ``outputs/annex.html``, one self-contained static page of the annex's own words.

Every action with its three text cells, each tagged mention highlighted in displaCy's entity
style (``spacy.displacy``, manual mode) with its label and a link to the entity's entry;
cross-references highlighted as links to the action they name; the status with the sentence
that decided it; and an entity index listing each organisation's and person's actions.
No scripts, fonts or images: the page works offline and from ``file://``.
"""
from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from pipeline import Dataset
from pipeline.schema import STATUSES, TEXT_FIELDS
from pipeline.views import display_names

COLOURS = {"ORG": "#7aecec", "PERSON": "#aa9cfc", "DATE": "#bfe1d9", "MONEY": "#e4e7d2", "REF": "#feca74"}
LABEL_NAMES = {"ORG": "organisation", "PERSON": "person", "DATE": "date or period", "MONEY": "amount of money",
               "REF": "cross-reference to another action"}
STATUS_NAMES = {"complete": "Complete", "in_progress": "In progress", "no_progress": "No progress",
                "dropped_or_superseded": "Dropped or superseded", "unclear": "Unclear"}
STATUS_COLOURS = {"complete": "#2e7d32", "in_progress": "#1565c0", "no_progress": "#b26a00",
                  "dropped_or_superseded": "#8e2430", "unclear": "#555555"}
FIELD_NAMES = {"action": "Commitment (2008 strategy)", "progress": "Progress one year on", "next_actions": "Next actions"}
assert set(STATUS_NAMES) == set(STATUSES) and set(FIELD_NAMES) == set(TEXT_FIELDS)


def action_anchor(action_id: str) -> str:
    return f"action-{action_id}"


def entity_anchor(entity_id: str) -> str:
    return f"entity-{entity_id}"


def render_cell(text: str | None, spans: list[dict]) -> str:
    """One cell's text with its spans (start, end, label, optional kb_id and kb_url) marked by displaCy."""
    from spacy import displacy

    if not text:
        return '<p class="empty">(empty)</p>'
    ordered, last_end = [], 0
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        if span["start"] >= last_end:  # displaCy draws no overlaps; published spans have none
            ordered.append(span)
            last_end = span["end"]
    return displacy.render({"text": text, "ents": ordered, "title": None}, style="ent", manual=True, page=False,
                           jupyter=False, options={"colors": COLOURS})


def _cell_spans(data: Dataset) -> dict[tuple[str, str], list[dict]]:
    """Spans to mark per (action, cell): every mention, and each cross-reference that overlaps none."""
    spans: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for m in data.mentions.itertuples(index=False):
        span = {"start": int(m.start), "end": int(m.end), "label": str(m.label)}
        if isinstance(m.entity_id, str):
            span |= {"kb_id": "entry", "kb_url": "#" + entity_anchor(m.entity_id)}
        spans[(m.action_id, str(m.field))].append(span)
    for link in data.action_links.drop_duplicates(["from_action", "field", "start"]).itertuples(index=False):
        cell = spans[(link.from_action, str(link.field))]
        if all(link.end <= s["start"] or s["end"] <= link.start for s in cell):
            cell.append({"start": int(link.start), "end": int(link.end), "label": "REF", "kb_id": link.to_action,
                         "kb_url": "#" + action_anchor(link.to_action)})
    return spans


def _links(ids: list[str], anchor, label: Mapping[str, str] | None = None) -> str:
    return ", ".join(f'<a href="#{anchor(i)}">{html.escape(label[i] if label else i)}</a>' for i in ids)


def _action_html(row, spans, refs_out: list[str], refs_in: list[str], named: list[str], names: Mapping[str, str]) -> str:
    status = str(row.status)
    parts = [f'<article class="action" id="{action_anchor(row.action_id)}">',
             f'<h3>{row.action_id} <span class="status" style="background:{STATUS_COLOURS[status]}">'
             f'{STATUS_NAMES[status]}</span> <span class="meta">{html.escape(str(row.timing))} · PDF page'
             f'{"" if row.page_start == row.page_end else "s"} {row.page_start}'
             f'{"" if row.page_start == row.page_end else "–" + str(row.page_end)}</span></h3>']
    for field in TEXT_FIELDS:
        parts.append(f'<h4>{FIELD_NAMES[field]}</h4>')
        parts.append(render_cell(getattr(row, field) if isinstance(getattr(row, field), str) else None,
                                 spans.get((row.action_id, field), [])))
    evidence = row.status_evidence if isinstance(row.status_evidence, str) else "the progress report is empty"
    parts.append(f'<p class="evidence"><b>Status: {STATUS_NAMES[status]}</b>, because: “{html.escape(evidence)}”</p>')
    if named:
        parts.append(f'<p class="named">Named here: {_links(named, entity_anchor, names)}</p>')
    if refs_out:
        parts.append(f'<p class="refs">Refers to: {_links(refs_out, action_anchor)}</p>')
    if refs_in:
        parts.append(f'<p class="refs">Referred to by: {_links(refs_in, action_anchor)}</p>')
    parts.append("</article>")
    return "\n".join(parts)


def _entity_html(entity, actions: list[str], names: Mapping[str, str], n_mentions: int) -> str:
    facts = []
    if isinstance(entity.sector, str):
        facts.append(entity.sector.replace("_", " ").capitalize())
    if isinstance(entity.parent_entity_id, str):
        facts.append(f'part of <a href="#{entity_anchor(entity.parent_entity_id)}">{html.escape(names[entity.parent_entity_id])}</a>')
    facts.append(f"{n_mentions} mention{'s' * (n_mentions != 1)} in {len(actions)} action{'s' * (len(actions) != 1)}")
    return (f'<li class="entity" id="{entity_anchor(entity.entity_id)}"><b>{html.escape(names[entity.entity_id])}</b> '
            f'<span class="meta">({"; ".join(facts)})</span><br>Actions: {_links(actions, action_anchor)}</li>')


def build_page(data: Dataset) -> str:
    """The whole evidence browser as one HTML string."""
    names = display_names(data.entities).to_dict()
    spans = _cell_spans(data)
    order = {a: i for i, a in enumerate(data.actions.sort_values(["chapter_no", "action_no"])["action_id"])}

    def by_order(ids: Iterable[str]) -> list[str]:
        return sorted(set(ids), key=order.__getitem__)

    links = data.action_links
    refs_out = {a: by_order(g["to_action"]) for a, g in links.groupby("from_action")}
    refs_in = {a: by_order(g["from_action"]) for a, g in links.groupby("to_action")}
    named = defaultdict(list)
    entity_actions = defaultdict(list)
    for link in data.action_entities.itertuples(index=False):
        named[link.action_id].append(link.entity_id)
        entity_actions[link.entity_id].append(link.action_id)
    n_mentions = data.mentions["entity_id"].value_counts().to_dict()

    body = []
    chapters = []
    for (chapter_no, theme, chapter), group in data.actions.sort_values(["chapter_no", "action_no"]).groupby(
            ["chapter_no", "theme", "chapter"], observed=True, sort=False):
        chapters.append(f'<li><a href="#chapter-{chapter_no}">{chapter_no}. {html.escape(str(chapter))}</a></li>')
        body.append(f'<section class="chapter" id="chapter-{chapter_no}"><h2>Chapter {chapter_no}: '
                    f'{html.escape(str(chapter))} <span class="meta">({html.escape(str(theme))})</span></h2>')
        for row in group.itertuples(index=False):
            body.append(_action_html(row, spans, refs_out.get(row.action_id, []), refs_in.get(row.action_id, []),
                                     sorted(named[row.action_id], key=lambda e: names[e].lower()), names))
        body.append("</section>")

    orgs = data.organisations.set_index("entity_id")
    groups = [("Organisations outside Defra", orgs.index[orgs["outside_defra"]]),
              ("Defra and its own units and boards", orgs.index[~orgs["outside_defra"]]),
              ("People", data.entities.loc[data.entities["label"] == "PERSON", "entity_id"])]
    entities = data.entities.set_index("entity_id", drop=False)
    index = ['<section id="entities"><h2>Entity index</h2>']
    for title, ids in groups:
        ordered = sorted(ids, key=lambda e: names[e].lower())
        index.append(f"<h3>{title} ({len(ordered)})</h3><ul>")
        index.extend(_entity_html(entities.loc[e], by_order(entity_actions[e]), names, n_mentions.get(e, 0)) for e in ordered)
        index.append("</ul>")
    index.append("</section>")

    legend = " ".join(f'<mark style="background:{c}" class="key">{label}</mark> {LABEL_NAMES[label]}'
                      for label, c in COLOURS.items())
    counts = data.actions["status"].value_counts()
    statuses = " ".join(f'<span class="status" style="background:{STATUS_COLOURS[s]}">{STATUS_NAMES[s]}</span> {counts.get(s, 0)}'
                        for s in STATUSES)
    return _PAGE.format(
        n_actions=len(data.actions), n_mentions=len(data.mentions), legend=legend, statuses=statuses,
        chapters="\n".join(chapters), body="\n".join(body), index="\n".join(index))


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Defra third sector annex (2009): evidence browser</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; color: #222; }}
h2 {{ border-bottom: 2px solid #ccc; padding-bottom: .2rem; margin-top: 2.5rem; }}
h4 {{ margin: .8rem 0 0; font-size: .9rem; color: #555; }}
.meta {{ font-weight: normal; font-size: .85rem; color: #555; }}
.status {{ color: #fff; border-radius: .3rem; padding: .1rem .45rem; font-size: .8rem; font-weight: bold; }}
.action {{ border-top: 1px solid #ddd; padding: .5rem 0 1rem; }}
.evidence {{ background: #f6f6f6; border-left: 4px solid #999; padding: .4rem .7rem; }}
.empty {{ color: #777; font-style: italic; }}
.key {{ padding: .1rem .4rem; border-radius: .3rem; font-weight: bold; font-size: .8rem; }}
.entity {{ margin: .4rem 0; }}
:target {{ outline: 3px solid #f5a623; outline-offset: 4px; }}
nav ul {{ columns: 2; }}
</style>
</head>
<body>
<header>
<h1>Third Sector Strategy One Year On: detailed progress annex (Defra, November 2009)</h1>
<p>Evidence browser: the {n_actions} actions in the annex's own words, with the {n_mentions} tagged mentions
highlighted. Each organisation or person links to its <a href="#entities">entry in the entity index</a>;
each cross-reference links to the action it names. The status of each action comes with the sentence
of the report that decided it.</p>
<p>Highlights: {legend}</p>
<p>Status: {statuses}</p>
<nav><h2>Chapters</h2><ul>
{chapters}
<li><a href="#entities">Entity index</a></li>
</ul></nav>
</header>
<main>
{body}
{index}
</main>
</body>
</html>
"""


def write_page(data: Dataset, output: str | Path) -> None:
    """Write the page atomically."""
    from pipeline.io import write_text_atomic

    write_text_atomic(output, build_page(data))

