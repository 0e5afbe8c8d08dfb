"""Views for analysts, built from the published tables (pure pandas; ``pipeline.load()`` adds them)."""
from __future__ import annotations

import pandas as pd

from pipeline.hierarchy import inside_defra
from pipeline.schema import ORGANISATIONS


def action_order(actions: pd.DataFrame) -> pd.CategoricalDtype:
    """Action ids as an ordered category in annex order (1.2 before 1.10)."""
    ordered = actions.sort_values(["chapter_no", "action_no"])["action_id"]
    return pd.CategoricalDtype(list(ordered), ordered=True)


def display_names(entities: pd.DataFrame) -> pd.Series:
    """'RSPB (Royal Society for the Protection of Birds)' where there is an acronym, else the name; by entity_id."""
    names = entities.set_index("entity_id")
    with_acronym = names["acronym"].notna() & (names["acronym"] != names["name"])
    return names["name"].where(~with_acronym, names["acronym"] + " (" + names["name"] + ")")


def organisations(actions: pd.DataFrame, entities: pd.DataFrame, mentions: pd.DataFrame,
                  action_entities: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation: names, sector, parent, inside or outside Defra, actions and mentions.

    Rows are sorted by number of actions (most first), then name.
    """
    orgs = entities[entities["label"] == "ORG"].set_index("entity_id")
    names = display_names(entities)
    parents = orgs["parent_entity_id"].dropna().to_dict()
    order = action_order(actions)
    linked = action_entities[action_entities["entity_id"].isin(orgs.index)].assign(
        action_id=lambda f: f["action_id"].astype(order))
    spans = linked.groupby("entity_id")["action_id"].agg(["min", "max", "nunique"])
    counts = mentions[mentions["entity_id"].isin(orgs.index)].groupby("entity_id").size()
    view = pd.DataFrame({
        "entity_id": orgs.index,
        "display_name": orgs.index.map(names),
        "name": orgs["name"].to_numpy(),
        "acronym": orgs["acronym"].to_numpy(),
        "sector": orgs["sector"].to_numpy(),
        "parent_entity_id": orgs["parent_entity_id"].to_numpy(),
        "parent_name": orgs["parent_entity_id"].map(names).to_numpy(),
        "outside_defra": [not inside_defra(e, parents) for e in orgs.index],
        "n_actions": orgs.index.map(spans["nunique"]).fillna(0).astype("int32"),
        "first_action": pd.Categorical(orgs.index.map(spans["min"]), dtype=order),
        "last_action": pd.Categorical(orgs.index.map(spans["max"]), dtype=order),
        "n_mentions": orgs.index.map(counts).fillna(0).astype("int32"),
    })
    view["sector"] = view["sector"].astype(entities["sector"].dtype)
    return view[ORGANISATIONS.column_names].sort_values(["n_actions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
