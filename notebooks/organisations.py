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
# Exploration of the published dataset built from Defra's *Third Sector Strategy One Year On:
# detailed progress annex* (November 2009). Every figure is drawn from `outputs/` as the pipeline
# last published it (`dvc repro` rebuilds it); `pipeline.load()` returns the tables as DataFrames.

# %%
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd

import pipeline

plt.rcParams.update({"figure.dpi": 90, "axes.titleweight": "bold", "axes.spines.top": False, "axes.spines.right": False})
data = pipeline.load()
actions, entities, mentions, links = data.actions, data.entities, data.mentions, data.action_entities
orgs = entities[entities["label"] == "ORG"].set_index("entity_id")
org_links = links[links["entity_id"].isin(orgs.index)].merge(actions[["action_id", "theme", "chapter", "chapter_no", "status"]], on="action_id")
display = orgs["acronym"].fillna(orgs["name"]).map(lambda name: name if len(name) <= 34 else name[:32] + "…")
org_links["organisation"] = org_links["entity_id"].map(display)
print(f"{len(actions)} actions, {len(orgs)} organisations, {len(mentions)} mentions, {len(org_links)} organisation-action links")

# %% [markdown]
# ## Organisations involved in the most actions

# %%
top = org_links.groupby("organisation")["action_id"].nunique().sort_values().tail(20)
ax = top.plot.barh(figsize=(8, 7), color="#3b7d4f")
ax.set(title="Organisations named in the most actions", xlabel="Number of actions", ylabel="Organisation")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Involvement by theme and chapter
# Number of actions in each chapter that name each of the 15 most-involved organisations.

# %%
leaders = top.index[-15:][::-1]
grid = (
    org_links[org_links["organisation"].isin(leaders)]
    .groupby(["organisation", "chapter_no"])["action_id"].nunique()
    .unstack(fill_value=0)
    .reindex(index=leaders, columns=sorted(actions["chapter_no"].unique()), fill_value=0)
)
fig, ax = plt.subplots(figsize=(11, 7))
image = ax.imshow(grid.values, cmap="Greens", aspect="auto")
ax.set_xticks(range(len(grid.columns)), [str(c) for c in grid.columns])
ax.set_yticks(range(len(grid.index)), grid.index)
for (row, col), value in pd.DataFrame(grid.values).stack().items():
    if value:
        ax.text(col, row, value, ha="center", va="center", fontsize=8)
ax.set(title="Actions per chapter naming each organisation", xlabel="Strategy chapter (number)", ylabel="Organisation")
fig.colorbar(image, ax=ax, label="Number of actions")
plt.tight_layout()
plt.show()
chapters = actions.drop_duplicates("chapter_no")[["chapter_no", "theme", "chapter"]].set_index("chapter_no")
chapters

# %% [markdown]
# ## By sector: third sector, public bodies and government

# %%
by_sector = (
    org_links.assign(sector=org_links["entity_id"].map(orgs["sector"]).astype("string").fillna("not in registry"))
    .groupby(["sector", "theme"], observed=True)["action_id"].nunique()
    .unstack(fill_value=0)
)
ax = by_sector.loc[by_sector.sum(axis=1).sort_values().index].plot.barh(stacked=True, figsize=(9, 5), colormap="Set2")
ax.set(title="Actions naming an organisation of each sector", xlabel="Number of actions", ylabel="Sector")
ax.legend(title="Theme")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Who appears together: organisation co-occurrence network
# Organisations named in the same action are joined; thicker lines mean more shared actions.

# %%
graph = nx.Graph()
for _, group in org_links.groupby("action_id"):
    names = sorted(set(group["organisation"]))
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            weight = graph.get_edge_data(first, second, {"weight": 0})["weight"]
            graph.add_edge(first, second, weight=weight + 1)
keep = [n for n, degree in sorted(graph.degree, key=lambda x: (-x[1], x[0]))[:30]]
core = nx.Graph()  # built node by node: a subgraph view would order nodes by hash, and the layout with them
core.add_nodes_from(keep)
core.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if u in core and v in core)
position = nx.spring_layout(core, seed=7, k=0.9)
fig, ax = plt.subplots(figsize=(11, 9))
nx.draw_networkx_edges(core, position, ax=ax, width=[core[u][v]["weight"] for u, v in core.edges], alpha=0.35)
nx.draw_networkx_nodes(core, position, ax=ax, node_size=[120 * core.degree(n) for n in core], node_color="#9cc9a8")
nx.draw_networkx_labels(core, position, ax=ax, font_size=8)
ax.set_title("Co-occurrence of the 30 most connected organisations (node size: number of partners)")
ax.axis("off")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Money by action and organisation

# %%
money = mentions[mentions["label"] == "MONEY"].copy()
named = org_links.groupby("action_id")["organisation"].agg(lambda names: ", ".join(sorted(set(names))[:4]))
money["who"] = money["action_id"].map(named).fillna("(no organisation named)")
money["label_text"] = money["action_id"] + " " + money["text"]
money = money.sort_values("amount_gbp")
fig, ax = plt.subplots(figsize=(10, 5))
ax.barh(money["label_text"], money["amount_gbp"] / 1e6, color="#c28f2c")
for y, (amount, who) in enumerate(zip(money["amount_gbp"] / 1e6, money["who"])):
    ax.text(amount, y, f"  {who}", va="center", fontsize=8)
ax.set_xscale("log")
ax.set(title="Amounts of money mentioned, by action (organisations named in the action)", xlabel="£ million (log scale)",
       ylabel="Action and amount as written")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Timeline of the dates mentioned

# %%
dated = mentions.dropna(subset=["date_start"]).merge(actions[["action_id", "chapter_no", "action_no"]], on="action_id")
dated = dated.sort_values(["chapter_no", "action_no"]).reset_index(drop=True)
order = {action_id: i for i, action_id in enumerate(actions["action_id"])}
dated["row"] = dated["action_id"].map(order)
near = dated[(dated["date_start"] >= "2007-01-01") & (dated["date_end"] <= "2012-12-31")]
colours = {"action": "#4c72b0", "progress": "#55a868", "next_actions": "#c44e52"}
fig, ax = plt.subplots(figsize=(11, 7))
for field, group in near.groupby("field", observed=True):
    ax.hlines(group["row"], group["date_start"], group["date_end"] + pd.Timedelta(days=1), color=colours[field], lw=4, label=field)
ax.axvline(pd.Timestamp("2009-11-01"), color="grey", ls="--", lw=1)
ax.text(pd.Timestamp("2009-11-01"), -0.5, " report date", color="grey", va="bottom")
firsts = actions.drop_duplicates("chapter_no")
ax.set_yticks([order[a] for a in firsts["action_id"]], [f"Ch. {c}" for c in firsts["chapter_no"]])
ax.invert_yaxis()
ax.set(title="Periods mentioned, 2007–2012, action by action", xlabel="Date", ylabel="Action (grouped by chapter)")
ax.legend(title="Cell", loc="lower left")
plt.tight_layout()
plt.show()
far = dated.drop(near.index)
print(f"{len(near)} dated mentions fall in 2007–2012; the {len(far)} others:")
far[["action_id", "field", "text", "date_start", "date_end"]]

# %% [markdown]
# ## How the commitments stand, by chapter

# %%
status = actions.groupby(["chapter_no", "status"], observed=False)["action_id"].count().unstack(fill_value=0)
ax = status.plot.barh(stacked=True, figsize=(9, 6), color=["#55a868", "#8fbfe0", "#e0b35a", "#c44e52", "#bbbbbb"])
ax.set(title="Status of the actions in each chapter", xlabel="Number of actions", ylabel="Chapter")
ax.invert_yaxis()
ax.legend(title="Status")
plt.tight_layout()
plt.show()
