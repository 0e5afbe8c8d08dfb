"""The trained entity recogniser, its training data, long texts in batches, and scoring other texts."""
from __future__ import annotations

import json

import pytest
import spacy

from pipeline.errors import InputFileError
from pipeline.extract import read_rows
from pipeline.tag import make_tagger, train_data
from pipeline.tag.evaluate import Scored, Source, evaluate_splits, read_gold
from pipeline.tag.pieces import batches, chunks, may_name_more
from pipeline.tag.tagger import Document
from tests.conftest import GOLD, ROOT, run_cli, some_texts

ROWS = ROOT / "interim" / "rows_pdf.parquet"
PARAMS = {"report_date": "2009-11-01", "model_labels": ["ORG", "PERSON"]}


def test_chunks_cover_the_text_and_cut_after_paragraphs():
    text = "First paragraph here.\n\nSecond one, a little longer.\n\nThird."
    pieces = chunks(text, 30)
    assert pieces == [(0, "First paragraph here.\n\n"), (23, "Second one, a little longer.\n\n"), (53, "Third.")]
    assert "".join(p for _, p in pieces) == text
    assert chunks("no breaks at all", 5) == [(0, "no "), (3, "break"), (8, "s at "), (13, "all")]


def test_small_batches_give_the_same_mentions_as_one_batch():
    cells = [r.progress for r in read_rows(ROWS)[:40] if r.progress]
    text = "\n\n".join(cells)
    whole = make_tagger(PARAMS).tag([Document("t", "text", text)]).mentions
    batched = make_tagger(PARAMS)
    batched.chunk_chars = 500
    assert batched.tag([Document("t", "text", text)]).mentions == whole
    assert len(whole) > 40


def test_the_model_adds_names_no_list_has_and_the_registry_wins_where_both_speak():
    text = "Defra gave the money to Oxfam, said Sarah Wollaston."
    with_model = {(m.text, m.label, m.entity_id) for m in make_tagger(PARAMS).tag([Document("t", "text", text)]).mentions}
    without = {(m.text, m.label, m.entity_id) for m in make_tagger({**PARAMS, "model_labels": []}).tag([Document("t", "text", text)]).mentions}
    assert ("Defra", "ORG", "department-for-environment-food-and-rural-affairs") in with_model & without
    assert without <= with_model


def test_annex_training_docs_hold_the_gold_spans():
    nlp = spacy.blank("en")
    gold = read_gold(GOLD)
    docs = train_data.annex_docs(nlp, read_rows(ROWS), gold)
    spans = sum(len(d.ents) for d in docs)
    required = [g for g in gold if not g.optional]
    assert len(docs) == len({(g.action_id, g.field) for g in gold})
    texts = [e.text for d in docs for e in d.ents]
    assert spans == len(required) - 1  # "£4.75m" ends inside the token "4.75m."
    assert set(texts) == {g.text for g in required} - {"£4.75m"}


def test_even_chapter_gold_stops_the_training_data():
    with pytest.raises(InputFileError, match="even chapters"):
        train_data.annex_docs(spacy.blank("en"), read_rows(ROWS), [Scored("2.1", "action", "ORG", "Defra")])


def test_text_gold_is_keyed_by_doc_and_scored_per_split(tmp_path):
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text("\n".join(json.dumps(r) for r in [
        {"doc": "a", "start": 0, "end": 5, "text": "Defra", "label": "ORG", "canonical": "Defra", "value": None, "optional": False},
        {"doc": "b", "start": 0, "end": 4, "text": "WRAP", "label": "ORG", "canonical": "WRAP", "value": None, "optional": False},
    ]) + "\n")
    gold = read_gold(gold_file)
    assert gold[0] == Scored("a", "text", "ORG", "Defra", "Defra", None, False)
    predicted = [Scored("a", "text", "ORG", "Defra", "defra"), Scored("b", "text", "ORG", "RSPB", "rspb")]
    report = evaluate_splits(gold, predicted, [Source("a", "2009-01-01", "dev"), Source("b", "2009-01-01", "test")])
    assert sorted(report) == ["all", "dev", "test"]
    assert report["dev"]["labels"]["ORG"]["f1"] == 1.0
    assert report["test"]["labels"]["ORG"]["f1"] == 0.0
    assert report["all"]["labels"]["ORG"]["f1"] == 0.5


def test_evaluate_texts_command_writes_scores_per_split(tmp_path):
    metrics, details = tmp_path / "texts.json", tmp_path / "texts-details.json"
    gold, texts = some_texts(tmp_path)
    result = run_cli("evaluate", "--gold", str(gold), "--texts", str(texts), "--metrics", str(metrics), "--details", str(details))
    assert result.code == 0, result.stderr
    report = json.loads(details.read_text())
    assert sorted(json.loads(metrics.read_text())) == ["f1", "values"]  # the held-out half's headline
    assert sorted(report) == ["all", "dev", "test"]
    assert report["all"]["labels"]["MONEY"]["gold"] == report["dev"]["labels"]["MONEY"]["gold"] + report["test"]["labels"]["MONEY"]["gold"]


def test_missing_texts_folder_is_one_line(tmp_path):
    result = run_cli("evaluate", "--gold", "reference/gold/mentions-texts.jsonl", "--texts", str(tmp_path))
    assert result.code == 3
    assert result.stderr.strip().endswith("cannot read sources: [Errno 2] No such file or directory: '" + str(tmp_path / "sources.csv") + "'")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("text", "needed"),
    [
        ("Funding was agreed. It starts in March.", False),  # sentence openers and a month only
        ("The RSPB agreed to it.", False),  # a registry name, covered by its span
        ("We met the Kettlewick Widget Group today.", True),
        ("Progress:\nWork continues.", False),  # a line's first word
    ],
)
def test_the_model_runs_only_where_it_could_name_something_new(text, needed):
    from pipeline.tag.matcher import RegistryMatcher

    tagger = make_tagger({**PARAMS, "model_labels": []})
    doc = tagger.nlp.make_doc(text)
    matches = RegistryMatcher.build(tagger.registry, tagger.nlp, [text])(doc)
    assert may_name_more(doc, matches) is needed


def test_no_model_span_would_survive_in_a_cell_the_model_skips():
    from pipeline.tag.entities import could_be_name
    from pipeline.tag.matcher import RegistryMatcher
    from pipeline.tag.model_spans import not_an_organisation, whole_name

    cells = [r.progress for r in read_rows(ROWS) if r.progress]
    tagger = make_tagger(PARAMS)
    matcher = RegistryMatcher.build(tagger.registry, tagger.nlp, cells)
    skipped = 0
    for cell in cells:
        doc = tagger.nlp(cell)
        matches = matcher(doc)
        if may_name_more(doc, matches):
            continue
        skipped += 1
        covered = {i for span in matches for i in range(span.start_char, span.end_char)}
        kept = [e.text for e in doc.ents if e.label_ in tagger.model_labels and whole_name(cell, e.start_char, e.end_char)
                and could_be_name(e.text)
                and not (e.label_ == "ORG" and not_an_organisation(cell, e.start_char, e.end_char))
                and not covered & set(range(e.start_char, e.end_char))]
        assert kept == [], cell
    assert skipped > 20


def test_pieces_go_to_the_model_in_batches_of_about_the_chunk_size():
    pieces = [(0, 0, "a" * 40), (0, 40, "b" * 40), (0, 80, "c" * 40), (1, 0, "d" * 10)]
    assert [len(b) for b in batches(pieces, 60)] == [2, 2]
    assert [len(b) for b in batches(pieces, 1000)] == [4]
    assert list(batches([], 60)) == []


def test_common_words_command_reproduces_the_packaged_list(tmp_path):
    out = tmp_path / "common-words.txt"
    result = run_cli("common-words", "-o", str(out))
    assert result.code == 0, result.stderr
    assert out.read_bytes() == (ROOT / "pipeline" / "data" / "common-words.txt").read_bytes()
    words = set(out.read_text().splitlines())
    assert {"green", "belt", "civic", "health"} <= words and not {"munlochy", "novelis"} & words


def test_towns_command_reproduces_the_packaged_list_without_words_names_or_months(tmp_path):
    out = tmp_path / "towns.txt"
    result = run_cli("towns", "--geonames", str(ROOT / "raw" / "geonames" / "gb-cities500.tsv"), "-o", str(out))
    assert result.code == 0, result.stderr
    assert out.read_bytes() == (ROOT / "pipeline" / "data" / "towns.txt").read_bytes()
    towns = set(out.read_text(encoding="utf-8").splitlines())
    assert {"Craigavon", "Donaghcloney", "Benbecula", "Talgarth", "Needham Market"} <= towns
    assert not {"Street", "Hope", "Douglas", "March", "Akrotiri"} & towns  # a word, a given name, a month; not the UK's


def test_towns_command_names_a_missing_or_wrong_file(tmp_path):
    result = run_cli("towns", "--geonames", str(tmp_path / "absent.tsv"), "-o", str(tmp_path / "towns.txt"))
    assert (result.code, result.stderr.strip()) == (3, f"error: {tmp_path / 'absent.tsv'}: file not found")
    wrong = tmp_path / "wrong.tsv"
    wrong.write_text("geonameid\tname\n1\tCraigavon\n", encoding="utf-8")
    result = run_cli("towns", "--geonames", str(wrong), "-o", str(tmp_path / "towns.txt"))
    assert (result.code, result.stderr.strip()) == (3, f"error: {wrong}:1: not a GeoNames table: no name and admin1code columns")
    assert not (tmp_path / "towns.txt").exists()


@pytest.mark.parametrize(("span", "dropped"), [
    ("Green Belt", True), ("Civic Health", True), ("Every Action Counts", True),
    ("Munlochy Hall", False), ("Royal Agricultural Societies", False), ("Durham Community Action", False),
    ("Welsh Senate of Older People", False), ("NPPF", False),
])
def test_a_model_span_of_common_words_alone_is_no_name(span, dropped):
    from pipeline.tag.model_spans import not_an_organisation

    text = f"We met them about {span} on Monday."
    start = text.index(span)
    assert not_an_organisation(text, start, start + len(span)) is dropped
