# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Who does Defra work with, on what, and how do the commitments stand?
#
# Drawn from Defra's *Third Sector Strategy One Year On: detailed progress annex* (November 2009),
# as the pipeline last published it. Organisations count once per action whose text (commitment,
# progress report or next actions) names them. Defra's own units and boards (its Third Sector
# Team, its third sector Advisory Board, its Communications Directorate …) are shown apart from the
# partners outside Defra. To check any figure against the annex's own words, open the evidence
# browser, `outputs/annex.html`.

# %%
import json
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from IPython.display import Markdown, display
from matplotlib.ticker import FuncFormatter

import pipeline

ROOT = Path.cwd() if (Path.cwd() / "outputs").is_dir() else Path.cwd().parent
plt.rcParams.update({"figure.dpi": 90, "axes.titleweight": "bold", "axes.spines.top": False, "axes.spines.right": False,
                     "axes.titlesize": 12, "axes.titlelocation": "left"})
data = pipeline.load(ROOT / "outputs")
actions, mentions, organisations = data.actions, data.mentions, data.organisations
SECTOR_NAMES = {"central_government": "Central government", "public_body": "Public bodies and agencies",
                "third_sector": "Third sector (charities, trusts, social enterprises)", "private": "Private companies",
                "partnership": "Partnerships, boards and forums", "international": "International bodies", "other": "Other"}
STATUS_NAMES = {"complete": "Complete", "in_progress": "In progress", "no_progress": "No progress",
                "dropped_or_superseded": "Dropped or superseded", "unclear": "Unclear"}
STATUS_COLOURS = ["#2e7d32", "#64a0d8", "#e0a030", "#a83240", "#aaaaaa"]
CELL_NAMES = {"action": "Commitment (2008)", "progress": "Progress report", "next_actions": "Next actions"}
outside = organisations[organisations["outside_defra"]].set_index("entity_id")
inside = organisations[~organisations["outside_defra"]].set_index("entity_id")
org_links = data.action_entities.merge(organisations[["entity_id", "display_name", "outside_defra"]], on="entity_id")
defra_id = inside.index[inside["parent_entity_id"].isna()][0]
n_defra = int(inside.loc[defra_id, "n_actions"])
n_defra_family = org_links.loc[~org_links["outside_defra"], "action_id"].nunique()
n_partnered = org_links.loc[org_links["outside_defra"], "action_id"].nunique()


def wrap(label: str, width: int = 42) -> str:
    return "\n".join(textwrap.wrap(label, width))


def top_with_ties(counts: pd.Series, n: int, unit: str) -> tuple[pd.Series, str]:
    """The n largest counts and every other one tied with the n-th, and a note saying so."""
    ordered = counts.sort_values(ascending=False, kind="stable")
    cut = ordered.iloc[min(n, len(ordered)) - 1]
    kept = ordered[ordered >= cut]
    if len(kept) > n:
        note = f"top {n}, widened to all {len(kept)} with {cut} {unit} or more, as several are tied at {cut}"
    else:
        note = f"top {n}" + (f"; the next has {ordered.iloc[n]} {unit}" if len(ordered) > n else "")
    return kept, note


def acronym_key(entity_ids) -> Markdown:
    """The acronyms among these organisations, spelled out."""
    named = outside.loc[sorted(set(entity_ids))].dropna(subset=["acronym"]).sort_values("acronym")
    return Markdown("**Acronyms:** " + "; ".join(f"{a}: {n}" for a, n in zip(named["acronym"], named["name"])))


display(Markdown(
    f"**{len(actions)} actions** name **{len(organisations)} organisations**: {len(outside)} outside Defra and "
    f"{len(inside)} that are Defra or its own units. Defra itself is named in {n_defra} actions, and Defra or one of "
    f"its units in {n_defra_family}; {n_partnered} actions name at least one organisation outside Defra."))

# %% [markdown]
# ## Who does Defra work with outside Defra?

# %%
counts = outside.set_index("display_name")["n_actions"]
top, note = top_with_ties(counts, 20, "actions")
fig, ax = plt.subplots(figsize=(10, 0.34 * len(top) + 1.2))
ax.barh([wrap(n, 60) for n in top.index[::-1]], top.values[::-1], color="#3b7d4f")
for y, value in enumerate(top.values[::-1]):
    ax.text(value, y, f" {value}", va="center", fontsize=9)
ax.set(title=f"Partners outside Defra named in the most actions ({note})", xlabel="Number of actions naming the organisation")
ax.xaxis.get_major_locator().set_params(integer=True)
plt.tight_layout()
plt.show()

# %% [markdown]
# Defra's own units and boards, for comparison (Defra itself is named in most actions and is left out here):

# %%
units = inside.drop(index=defra_id).set_index("display_name")["n_actions"].sort_values(kind="stable")
fig, ax = plt.subplots(figsize=(10, 0.34 * len(units) + 1.2))
ax.barh([wrap(n, 60) for n in units.index], units.values, color="#8a8a8a")
for y, value in enumerate(units.values):
    ax.text(value, y, f" {value}", va="center", fontsize=9)
ax.set(title=f"Defra's own units and boards named in the actions (all {len(units)})", xlabel="Number of actions naming the unit")
ax.xaxis.get_major_locator().set_params(integer=True)
plt.tight_layout()
plt.show()

# %% [markdown]
# ## On what? Partners by chapter of the strategy

# %%
leaders, lead_note = top_with_ties(counts, 15, "actions")
chapters = actions.drop_duplicates("chapter_no").set_index("chapter_no")["chapter"].astype(str)
grid = (
    org_links[org_links["display_name"].isin(leaders.index)]
    .merge(actions[["action_id", "chapter_no"]], on="action_id")
    .groupby(["display_name", "chapter_no"])["action_id"].nunique()
    .unstack(fill_value=0)
    .reindex(index=leaders.index, columns=chapters.index, fill_value=0)
)
fig, ax = plt.subplots(figsize=(11, 0.42 * len(grid) + 2))
image = ax.imshow(grid.values, cmap="Greens", aspect="auto", vmin=0)
ax.set_xticks(range(len(grid.columns)), [str(c) for c in grid.columns])
ax.set_yticks(range(len(grid.index)), [wrap(n, 50) for n in grid.index])
dark = grid.values.max() * 0.55
for (row, col), value in pd.DataFrame(grid.values).stack().items():
    if value:
        ax.text(col, row, value, ha="center", va="center", fontsize=9, color="white" if value > dark else "black")
ax.set(title=f"Actions per chapter naming each partner outside Defra ({lead_note})", xlabel="Chapter of the strategy (see the key below)")
fig.colorbar(image, ax=ax, label="Number of actions", fraction=0.03)
plt.tight_layout()
plt.show()
display(Markdown("**Chapters:** " + "; ".join(f"{n}. {name}" for n, name in chapters.items())))

# %% [markdown]
# ## Partners outside Defra by sector

# %%
by_sector = (
    org_links[org_links["outside_defra"]]
    .assign(sector=lambda f: f["entity_id"].map(outside["sector"]).astype("string").map(SECTOR_NAMES).fillna("Not in the registry"))
    .merge(actions[["action_id", "theme"]], on="action_id")
    .groupby(["sector", "theme"], observed=True)["action_id"].nunique()
    .unstack(fill_value=0)
)
by_sector = by_sector.loc[by_sector.sum(axis=1).sort_values().index]
fig, ax = plt.subplots(figsize=(11, 4.5))
by_sector.plot.barh(stacked=True, ax=ax, color=["#4c72b0", "#dd8452", "#55a868"], width=0.7)
ax.set(title="Actions naming a partner outside Defra, by the partner's sector", xlabel="Number of actions", ylabel="")
ax.legend(title="Theme of the strategy", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Who appears together: partners outside Defra named in the same action
# Each line joins two partners named in the same action; thicker lines mean more shared actions.
# Node size shows the number of other partners outside Defra named alongside it anywhere in the annex.

# %%
short = outside["acronym"].fillna(outside["name"])
graph = nx.Graph()
for _, group in org_links[org_links["outside_defra"]].groupby("action_id"):
    names = sorted(set(short[group["entity_id"]]))
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            weight = graph.get_edge_data(first, second, {"weight": 0})["weight"]
            graph.add_edge(first, second, weight=weight + 1)
degrees = pd.Series(dict(graph.degree)).sort_index()
kept, net_note = top_with_ties(degrees, 25, "partners")
# Nodes on a circle, grouped by community, with labels outside it: no label can cover another.
communities = nx.community.greedy_modularity_communities(graph.subgraph(kept.index), weight="weight")
ring = [node for community in sorted(communities, key=lambda c: (-len(c), min(c))) for node in sorted(community)]
core = nx.Graph()  # built node by node: a subgraph view would order nodes by hash, and the layout with them
core.add_nodes_from(ring)
core.add_edges_from((u, v, d) for u, v, d in sorted(graph.edges(data=True)) if u in core and v in core)
position = nx.circular_layout(core)
fig, ax = plt.subplots(figsize=(12, 11))
nx.draw_networkx_edges(core, position, ax=ax, width=[core[u][v]["weight"] * 1.2 for u, v in core.edges], alpha=0.3)
nx.draw_networkx_nodes(core, position, ax=ax, node_size=[30 * graph.degree(n) for n in core], node_color="#3b7d4f")
for node, (x, y) in position.items():
    ax.text(x * 1.08, y * 1.08, wrap(node, 26), ha="left" if x >= 0 else "right", va="center", fontsize=9)
ax.set_xlim(-1.6, 1.6)
ax.set_ylim(-1.2, 1.2)
ax.set_title(f"The most connected partners outside Defra ({net_note})")
ax.axis("off")
plt.tight_layout()
plt.show()
display(acronym_key(outside.index[short.isin(kept.index)]))

# %% [markdown]
# ## Money mentioned, by action

# %%
money = mentions[mentions["label"] == "MONEY"].copy()
named = org_links[org_links["outside_defra"]].assign(short=lambda f: f["entity_id"].map(short))
partners = named.groupby("action_id")["short"].agg(lambda names: ", ".join(sorted(set(names))[:4]))
money["who"] = money["action_id"].map(partners).fillna("(no partner outside Defra named)")
money["label_text"] = money["action_id"] + ": " + money["text"]
money = money.sort_values("amount_gbp")


def pounds(value: float, _position: object = None) -> str:
    if value >= 1e6:
        return f"£{value / 1e6:g}m"
    if value >= 1e3:
        return f"£{value / 1e3:g}k"
    return f"£{value:g}"


fig, ax = plt.subplots(figsize=(11, 0.34 * len(money) + 1.5))
ax.barh(money["label_text"], money["amount_gbp"], color="#c28f2c")
for y, (amount, who) in enumerate(zip(money["amount_gbp"], money["who"])):
    ax.text(amount, y, f"  {who}", va="center", fontsize=8)
ax.set_xscale("log")
ax.xaxis.set_major_formatter(FuncFormatter(pounds))
ax.xaxis.set_minor_formatter(FuncFormatter(lambda value, position: ""))
ax.set_xlim(right=money["amount_gbp"].max() * 8)
ax.set(title="Amounts of money mentioned (partners outside Defra named in the same action)",
       xlabel="Amount (log scale: each step is ten times the last)", ylabel="Action: amount as written")
plt.tight_layout()
plt.show()
display(acronym_key(named.loc[named["action_id"].isin(money["action_id"]), "entity_id"]))

# %% [markdown]
# ## When: the periods mentioned

# %%
dated = mentions.dropna(subset=["date_start"]).merge(actions[["action_id", "chapter_no", "action_no"]], on="action_id")
dated = dated.sort_values(["chapter_no", "action_no"]).reset_index(drop=True)
order = {action_id: i for i, action_id in enumerate(actions.sort_values(["chapter_no", "action_no"])["action_id"])}
dated["row"] = dated["action_id"].map(order)
near = dated[(dated["date_start"] >= "2007-01-01") & (dated["date_end"] <= "2012-12-31")]
colours = {"action": "#4c72b0", "progress": "#55a868", "next_actions": "#c44e52"}
fig, ax = plt.subplots(figsize=(11, 7))
for field, group in near.groupby("field", observed=True):
    ax.hlines(group["row"], group["date_start"], group["date_end"] + pd.Timedelta(days=1), color=colours[field], lw=4,
              label=CELL_NAMES[field])
ax.axvline(pd.Timestamp("2009-11-01"), color="grey", ls="--", lw=1)
ax.text(pd.Timestamp("2009-11-01"), -1, " date of the report", color="grey", va="bottom")
firsts = actions.sort_values(["chapter_no", "action_no"]).drop_duplicates("chapter_no")
ax.set_yticks([order[a] for a in firsts["action_id"]], [f"Chapter {c}" for c in firsts["chapter_no"]])
ax.invert_yaxis()
ax.set(title="Periods mentioned, 2007–2012, action by action", xlabel="Date", ylabel="Actions, in annex order")
ax.legend(title="Where the date is written", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
plt.tight_layout()
plt.show()
far = dated.drop(near.index)
display(Markdown(f"{len(near)} dated mentions fall in 2007–2012; the {len(far)} others: " + "; ".join(
    f"{a} “{t}”" for a, t in zip(far["action_id"], far["text"]))))

# %% [markdown]
# ## How do the commitments stand?

# %%
metrics = json.loads((ROOT / "metrics" / "details" / "status.json").read_text(encoding="utf-8"))
status = (actions.assign(status=actions["status"].cat.rename_categories(STATUS_NAMES))
          .groupby(["chapter_no", "status"], observed=False)["action_id"].count().unstack(fill_value=0))
status.index = [f"{n}. {wrap(chapters[n], 40)}" for n in status.index]
fig, ax = plt.subplots(figsize=(11, 7))
status.plot.barh(stacked=True, ax=ax, color=STATUS_COLOURS, width=0.75)
ax.set(title="Status of the actions in each chapter", xlabel="Number of actions", ylabel="")
ax.invert_yaxis()
ax.legend(title="Status", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
plt.tight_layout()
plt.show()
totals = actions["status"].cat.rename_categories(STATUS_NAMES).value_counts().reindex(STATUS_NAMES.values())
display(Markdown(
    "Overall: " + ", ".join(f"{name.lower()} {n}" for name, n in totals.items()) + f" (of {len(actions)}). "
    "Each status is read from the progress report by the guidelines' definitions, with the deciding sentence kept in "
    f"`status_evidence`; on the annotated chapters it agrees with careful annotators on {metrics['accuracy']:.0%} of actions "
    f"when each chapter is judged by rules trained on the others ({metrics['correct']} of {metrics['total']})."))
