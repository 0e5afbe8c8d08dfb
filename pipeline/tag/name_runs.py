"""Organisations named by their shape: a run of capitalised words and connectors that ends in an
organisation word ("Marine Conservation Society", "Department for Culture, Media and Sport"), cut
to the name (no job title, person, sentence opener, place or day around it) and split where the run
holds several names ("Women's Institute and Department for Transport"). The word tests they share
with the other rules are in ``entities.py``."""
from __future__ import annotations

import re

from pipeline.tag.common_words import common_words
from pipeline.tag.person_names import POST_NOMINALS, given_names
from pipeline.tag.run_edges import (a_body_alone, a_holder, an_acronym_and_a_body, ends_a_list, heads_title,
                                    in_headline_trimmed, person_opening_a_line, places_after_a_head, spaced, venue_goes_on,
                                    with_brand_possessive, with_listed_subjects)
from pipeline.tag.entities import (DIGIT_CAPITAL, NAME_OPENERS, NATION_BRANDS, ORDINAL, Found, acts_as_organisation, ends_a_name,
                                   for_a_nation, in_a_headline, linked_places, looks_like_organisation, nation_brand, opens_a_sentence,
                                   person_before, places, words_of)
from pipeline.tag.words import (CALENDAR_WORDS, CELTIC_OPENERS, COMMUNITY_PLACES, CONNECTORS, GENERIC_WORDS, HEADLINE_VERBS, JOBS_AFTER_A_NAME, JOBS_BEFORE_A_BODY, JOB_WORDS, KIND_ACRONYMS,
                                LEGISLATURE, NAMING_TITLES, NATION_ADJECTIVES, NATION_SUFFIXES, NOT_NAME_STARTS, NUMBERED_PARTS, ON_OPENERS, ORG_HEADS, QUANTIFIERS,
                                STREET_WORDS, THING_WORDS, TITLE_ENDS, WORK_BEFORE_A_PLACE)


def _split_at_and(run: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The run's parts between "and", "&" and commas; not before "District" ("Chorley and District Young Farmers")."""
    parts: list[list[re.Match[str]]] = [[]]
    for previous, word, following in zip([None, *run], run, [*run[1:], None]):
        if word.group().lower() in {"and", "&"} and not (following is not None and following.group() == "District"):
            parts.append([])
        else:
            if previous is not None and not spaced(previous, word) and parts[-1]:
                parts.append([])
            parts[-1].append(word)
    return parts


_MINISTERS = {"Minister", "Secretary"}
"""Words of a minister's title: a run holding one before "and" is a person and a body ("Floods Minister Emma Hardy and
Environment Agency …")."""


def _organisations_in_parts(run: list[re.Match[str]]) -> list[Found]:
    """Names in a run that is no name as a whole: its parts between "and", "&" and commas, each
    with as many following parts joined by "and" as still make one name ("Devon and Cornwall
    Housing Association and Neil Sinden" gives "Devon and Cornwall Housing Association")."""
    parts = [p for p in _split_at_and(run) if p]
    position = {id(w): k for k, w in enumerate(run)}
    found: list[Found] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            words = run[position[id(parts[i][0])]:position[id(parts[j - 1][-1])] + 1]
            if j - i > 1 and not all(spaced(a, b) for a, b in zip(words, words[1:])):
                continue  # parts joined by "and" only, not commas
            if any(parts[k][-1].group() in THING_WORDS for k in range(i, j - 1)) or any(
                    w.group() in _MINISTERS for k in range(i, j - 1) for w in parts[k]):
                continue  # "Shetland Classic Motor Show and Shetland Probus Club": an event and a body; a minister and a body
            if any(person_before([w.group() for w in parts[k]]) or parts[k][0].group() in JOBS_BEFORE_A_BODY | TITLE_ENDS
                   for k in range(i + 1, j)):
                continue  # "Tumpy Green Riding for the Disabled and Ralph Darby of Dursley Community Centre": a person of the next body
            if any(a_body_alone(parts[k]) and a_body_alone(parts[k + 1]) and not venue_goes_on(parts[k], parts[k + 1])
                   for k in range(i, j - 1)):
                continue  # "Zoological Society of London and Bangor University": two bodies
            name = _organisation_in(words if j - i > 1 else parts[i])
            if name:
                found.append(name)
                i = j
                break
        else:
            i += 1
    return found


def _organisation_in(run: list[re.Match[str]]) -> Found | None:
    """The run as an organisation's name, trimmed of words that cannot open or close one."""
    words = list(run)
    lead = int(bool(words) and words[0].group() == "THE")  # a heading's job in capitals: "THE CHAIRMAN of Shetland Charitable Trust"
    for _ in range(2):  # "Chief Executive of the Widget Trust", "Chair of Trustees of the Pembrokeshire Foodbank"
        titled = next((i for i in range(lead, len(words)) if not a_holder(words[i].group())), len(words))
        if lead < titled < len(words) and words[titled].group() in {"of", "at", "for"}:
            words, lead = words[titled + 1:], 0
    words = words[person_before([w.group() for w in words]):]
    placed = next((i for i in (len(words) - 2, len(words) - 3) if i > 0 and words[i].group() in {"in", "to"}
                   and (words[0].string[words[i + 1].start():words[-1].end()] in places() and (i > 1 or words[i].group() == "to")
                        or i == len(words) - 2 and i > 1 and words[i].group() == "in"
                        and words[-1].group().lower() not in ORG_HEADS and words[-1].group() not in NATION_SUFFIXES
                        and looks_like_organisation(words[0].string[words[0].start():words[i - 1].end()]))), None)
    if placed is not None:  # "Feckenham Community Shop in Worcestershire", "… in Northern Ireland": where the body is;
        words = words[:placed]  # "welcome the Federation to Maghera": where it came
    ons = [i for i, w in enumerate(words) if w.group() == "on"]
    if ons and words[ons[0] - 1].group().lower() in ON_OPENERS and any(w.group() == "and" for w in words[:ons[0]]):
        words = words[:ons[0]]  # "Science and Technology Committee on Waste Reduction": a committee named by its subjects, then
        # a report's subject
    elif len(ons) > 1 and words[ons[0] - 1].group().lower() in ON_OPENERS:
        words = words[:ons[1]]  # "Select Committee on Public Administration on Third Sector Commissioning": an inquiry's subject
    streets = [i for i in range(len(words) - 4, len(words) - 1) if i > 1 and words[i].group() in {"on", "in", "at"}
               and words[-1].group() in STREET_WORDS and (i > len(words) - 4 or words[i + 1].group() == "the")]
    if streets:
        words = words[:streets[0]]  # "Horbury Group on South Grove", "Museum of Edinburgh on the Royal Mile": where the body is
    if len(words) > 3 and words[-2].group() in {"on", "in", "by", "until", "from", "since"} and words[-1].group() in CALENDAR_WORDS:
        words = words[:-2]  # "Londonderry Rural Area Partnership on Friday": when
    words = words[:heads_title(words)]  # "Tŷ Hafan Chief Executive Maria Timon Samra": the body, its head's title and name
    honour = max((i for i, w in enumerate(words) if w.group() in POST_NOMINALS), default=None)
    if honour is not None and honour < len(words) - 2:
        words = words[honour + 1:]  # a signature's "Alun Ffred Jones AM Chair Environment and Sustainability Committee": its
        # person, their role, the body
    named = len(words) - 1 if words and words[-1].group() in POST_NOMINALS else len(words)
    if named > 3 and words[named - 2].group() in given_names() and words[named - 3].group().lower() in ORG_HEADS:
        words = words[:named - 2]  # "… Cultural Association Keith Buchanan MLA": the body's person after it
    job_after = False
    an_office = len(words) > 2 and words[0].group() == "Office" and words[1].group() == "of"  # "Office of the Permanent Secretary"
    while words and (words[-1].group().lower() in CONNECTORS or (words[-1].group() in JOB_WORDS and len(words) > 2 and not an_office)):
        job_after = job_after or words[-1].group() in JOB_WORDS
        words.pop()  # "Scottish Land Fund Committee Chair"
    last_head = max((i for i, w in enumerate(words) if w.group().lower() in ORG_HEADS), default=0)
    if job_after and 0 < last_head < len(words) - 1 and len(words) - last_head <= 3 and words[0].group() not in given_names():
        words = words[:last_head + 1]  # "Highland Council Events Officer": the council's events officer
    titled_body = len(words) > 3 and words[0].group() in NAMING_TITLES and words[-1].group().lower() in ORG_HEADS \
        and not any(w.group().lower() in CONNECTORS for w in words)  # "Sir James Knott Trust"
    while words and not titled_body and (
        words[0].group() in NOT_NAME_STARTS
        or words[0].group() in JOBS_BEFORE_A_BODY and len(words) > 2  # a caption's "… Manager CDM Community Transport"
        or words[0].group().lower() in CONNECTORS
        or words[0].group() in QUANTIFIERS and len(words) > 2 and words[1].group() == "of"  # "Some of the Housing Association's …"
        or words[0].group() in _TIME_PREPOSITIONS and len(words) > 3 and words[1].group() in CALENDAR_WORDS  # "Last November Diane …"
        or words[0].group() in CALENDAR_WORDS and len(words) > 2 and _TIME_WORD_BEFORE.search(words[0].string, 0, words[0].start())
        or (words[0].group().isupper() and "-" in words[0].group() and len(words) > 1)  # a lead-in: "NEWLY-ELECTED Newry … Council"
        or (words[0].group().endswith(("ing", "ed")) and len(words) > 1
            and words[1].group().lower() in (CONNECTORS - {"and", "&"}) | {"by"})  # not "Mentoring and Befriending Foundation"
    ):
        opener = words.pop(0).group()  # "As Chair of the Widget Commission", "Speaking to the X Society"
        if opener in _TIME_PREPOSITIONS and len(words) > 2 and words[0].group() in CALENDAR_WORDS:
            words.pop(0)  # "In February Shetland Islands Council decided": when, then who
    words = words[person_opening_a_line(words):]
    if len(words) > 2 and words[1].group() in {"to", "for"} and words[0].group().lower() not in ORG_HEADS | NAME_OPENERS:
        rest = words[3:] if words[2].group() == "the" else words[2:] if opens_a_sentence(words[0].string, words[0].start()) else []
        if len(rest) > 1 and looks_like_organisation(" ".join(w.group() for w in rest)):
            words = rest  # "Grants to the Widget Trust", "Thanks to the National Trust", "Money for St Richard’s Hospice"
    if len(words) > 3 and words[0].group() in THING_WORDS and words[1].group() in {"of", "by"}:
        words = words[3:] if words[2].group() == "the" else words[2:]  # "Report of the Science and Technology Committee", "Report
        # by East Kintyre Community Council": its author
    if not words or any(w.group() in {"Award", "Awards", "Prize", "Medal"} for w in words[:-1]) or _OF_THE_YEAR.search(
            words[0].string, words[0].start(), words[-1].end()) or any(
            w.group() in THING_WORDS and n.group() in {"of", "on", "into"} for w, n in zip(words, words[1:])):
        return None  # "Queen’s Award for Voluntary Service", "Economic Survey of Charities": an award, a document
    text = words[0].string
    if len(words) == 3 and words[1].group() in {"for", "of", "to"} and words[2].group().lower() in ORG_HEADS \
            and words[0].group().lower() not in ORG_HEADS | {"friends"} and opens_a_sentence(text, words[0].start()):
        return None  # "Demand for Hospice services …": a sentence's first word and a head alone
    behind = next((i for i in (len(words) - 2, len(words) - 3, len(words) - 4) if i > 0
                   and (words[i].group().lower() in ORG_HEADS or words[i].group() in KIND_ACRONYMS
                        or words[i].group().isupper() and len(words[i].group()) > 1 and i == len(words) - 2)  # "UFU Rally"
                   and (i > len(words) - 4 or words[-3].group() == "Annual")), None)  # "Slemish Area WI AGM"
    if behind is not None and words[-1].group() in _A_BODYS_EVENTS:
        if all(w.group().lower() in GENERIC_WORDS | CONNECTORS or w.group() in NATION_ADJECTIVES for w in words[:behind + 1]):
            return None  # "Scottish Charity Awards": a nation's awards, no body's
        return _organisation_in(words[:behind + 1])  # "National Emergencies Trust Appeal", "Grampian Car Club Endurance Race",
        # "… Council for Voluntary Service Annual General Meeting"
    head = words[-1].group().lower()
    if head.endswith("s") and head in ORG_HEADS and any(w.group() == "and" for w in words) and all(
            len(p) <= 2 and not any(w.group().lower() in ORG_HEADS | CONNECTORS for w in p) for p in _split_at_and(words[:-1])):
        return None  # "Derry and Limavady Councils": each place's own body, no one name
    start, end = words[0].start(), words[-1].end()
    if _DOTTED.fullmatch(words[-1].group()) and text.startswith(".", end):
        end += 1  # an abbreviation's last dot: "Hwb Dolgellau C.I.C."
    elif words[-1].group().endswith(("'s", "’s")):
        end -= 2
    elif words[-1].group().endswith(("s'", "s’")):
        end -= 1  # a plural's possessive: "National Federation of Women’s Institutes’ (NFWI)"
    name = text[start:end]
    if words[-1].group() == "Fund" and len(words) > 1:
        return Found(start, end, name) if acts_as_organisation(text, start, end) else None
    if looks_like_organisation(name) or for_a_nation([w.group() for w in words]) or nation_brand(text, start, end):
        return Found(start, end, name)
    for size in (1, 2):  # "Migrant Centre NI", "Volunteer Centre Dacorum", "Voluntary Action North Lanarkshire"
        if len(words) > size + 1 and text[words[-size].start():end] in NATION_SUFFIXES | places() \
                and (looks_like_organisation(before := text[start:words[-size - 1].end()]) or before.lower() in WORK_BEFORE_A_PLACE):
            return Found(start, end, name)
    if (head := places_after_a_head(words)) is not None and looks_like_organisation(text[start:words[head].end()]):
        return Found(start, end, name)  # "Showmen’s Guild South Wales and Northern Ireland"
    heads = [i for i, w in enumerate(words[1:-1], start=1) if w.group().lower() in ORG_HEADS and (words[i + 1].group() == "in" or (
        words[i + 1].group() == "of" and words[-1].group().isupper()) or (
        words[i + 1].group() == "of" and i + 3 < len(words) and words[i + 2].group() == "the"
        and looks_like_organisation(text[words[i + 3].start():words[-1].end()])) or (
        words[i + 1].group() == "on" and _ISLAND.match(text, words[i + 1].end())))]
    if heads:  # "Betws Family Centre in Carmarthenshire", "… Community Company on the Isle of Skye": the place is not part of
        # the name; "Criminal Records Unit of the WCVA", "… Unit of the Wales Council for Voluntary Action": a body's unit
        return _organisation_in(words[:heads[-1] + 1])
    return None


_A_BODYS_EVENTS = {"Appeal", "Appeals", "Award", "Awards", "Conference", "Race", "Rally", "Tournament", "Gala", "Festival", "Fair", "Show",
                   "AGM", "Meeting", "Clubhouse", "Pavilion", "Headquarters", "Premises"}
"""Last words of an appeal, award or event a body runs, or of its building, named after it: the body is named inside
("… Rugby Football Club Clubhouse")."""
_OF_THE_YEAR = re.compile(r"\bof the Year\b")
"""An award's title: "Club of the Year", "Volunteer of the Year Award"."""
_WELSH_ARTICLES = {"y", "yr"}
"""Welsh "the" between a place-name's capitalised words: "Bwlch y Groes Community Hall Committee"."""
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
"""An abbreviation written with dots, its last dot left out by the word pattern ("C.I.C")."""
_TIME_PREPOSITIONS = {"In", "On", "By", "Since", "Until", "From", "During", "Last", "This", "Next", "Every"}
_TIME_WORD_BEFORE = re.compile(r"\b(?:last|next|this|in|on|since|until|from|during|by|early|late|mid-)\s$")
"""Before a month or a day opening a run: the run's first word is when, and the name follows ("last November Diane Dixon
Associates conducted …")."""
_CAPITAL_NEXT = re.compile(r" [A-Z][a-z]")
_ISLAND = re.compile(r" (?:the )?Isles? of ")

_PERSON_TITLES = {"Cllr", "Coun", "Councillor", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Rev", "Revd"}
"""Titles that open a person's name, so end an organisation's name before them."""
_COMMITTEE_OF_SUBJECTS = re.compile(
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )+[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:and|&) [A-Z][a-z]+(?: [A-Z][a-z]+)*"
    r" (?:Committee|Commission|Council|Board|Forum|Panel|Group)\b")
"""A committee named by its subjects, listed with commas ("Environment, Planning and Countryside Committee")."""
_NAME_MAKERS = ORG_HEADS | CELTIC_OPENERS | {"fund", "friends", "campaign", "government", "assembly", "parliament", "hall", "shop",
                                             "shed", "home", "energy", "transport", "action"} | {n.lower() for n in NATION_BRANDS} \
    | {a.lower() for a in KIND_ACRONYMS}
"""Words one of which a run must hold to be an organisation's name by its shape."""


_LEGISLATURES = {"government", "assembly", "parliament", "executive"}
"""Last words of a government's or legislature's name, after which "and" starts another body
("Scottish Government and Moray Council")."""


def _for_places(run: list[re.Match[str]]) -> bool:
    """A run ending in an organisation word, "for" or "of" and places: the places may go on in a list."""
    at = next((i for i in range(len(run) - 2, 0, -1) if run[i].group() in {"for", "of"}), None)
    return at is not None and run[at - 1].group().lower() in ORG_HEADS and all(w.group() in places() for w in run[at + 1:])


def _split_after_heads(run: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The run cut at each "and" or "&" after an organisation word, a job's word ("Youth Parliament Member and …"), or an
    organisation word and where it is ("Clydesdale Bank and Yorkshire Bank", "Sullom and Gunnister Public Hall and Kaimhill
    Primary School", "Brandywell Health Forum in Derry-Londonderry and Ligoniel Improvement
    Association", "Race Council Cymru and …"), not at one inside a name ("Devon and Cornwall Housing Association")."""
    parts: list[list[re.Match[str]]] = [[]]
    for k, word in enumerate(run):
        last = [w.group().lower() for w in parts[-1][-2:]]
        placed = any(a.group().lower() in ORG_HEADS and b.group() == "in" for a, b in zip(parts[-1], parts[-1][1:])) or (
            bool(parts[-1]) and parts[-1][-1].group() in NATION_SUFFIXES and any(w.group().lower() in ORG_HEADS for w in parts[-1]))  # "Archives and
        # Records Council Wales and Race Council Cymru", "… Monuments of Wales and Sport Wales"
        if word.group().lower() in {"and", "&"} and len(parts[-1]) > 1 and not venue_goes_on(parts[-1], run[k + 1:]) and (
                last[-1] in ORG_HEADS | _LEGISLATURES or parts[-1][-1].group() in JOB_WORDS or parts[-1][-1].group() in KIND_ACRONYMS or " ".join(last) in COMMUNITY_PLACES or placed):
            parts.append([])
        else:
            parts[-1].append(word)
    return [p for p in parts if p]


_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z]['’]s $")
_DATED_WORDS = {"Session", "Spring", "Summer", "Autumn", "Winter"}
_YEAR_NEXT = re.compile(r"\s+(?:19|20)\d\d\b")
"""A word before a year that makes a date, not a name's last word ("Session 2004–05", "Spring 2009")."""


_CAPITALS_AFTER = re.compile(r"(?: [A-Z][\w'’-]*)+")
_VERBS_IN_CAPITALS = {"WAS", "WERE", "IS", "ARE", "BE", "BEEN", "HAS", "HAVE", "HAD", "WILL", "HELD", "WE", "WHICH", "USE", "GET"}
"""Words of a heading or quotation in capitals that no name holds: they end a run ("THE ANNUAL PARISH MEETING WAS HELD IN …",
"… BAR REVENUE WHICH WE USE …")."""


def unknown_organisations(text: str) -> list[Found]:
    """Capitalised names ending in an organisation word ("Marine Conservation Society").

    A name is a run of capitalised words and connectors ("of", "for", "and", "&", and "the" after
    "of"/"for"/"on"/"to") separated by single spaces, or by commas after "Department for …"-like
    openings ("Department for Culture, Media and Sport"); a possessive ("Defra's") ends a run. A
    run that is no name as a whole may hold names joined by "and" or commas.
    """
    found: list[Found] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        if len(run) == 3 and run[0].group() in _PERSON_TITLES and run[1].group() in given_names():
            run.clear()  # a titled person whose surname is an organisation's word: "Cllr Pauline Church"
            return
        if len(run) > 2 and run[1].group() in {"and", "&"} and run[0].group().lower() in ORG_HEADS \
                and _POSSESSIVE_BEFORE.search(text, max(0, run[0].start() - 4), run[0].start()):
            del run[:2]  # the possessive's body is its own name: "Lough’s Agency and Clooney Residents Association"
        if len(run) > 4 and run[-3].group() == "and" and run[-2].group() in given_names() \
                and run[-1].group().lower() not in ORG_HEADS:
            del run[-3:]  # a person listed after the body: "Friends of Bashfordsland Wood and Oakfield Glen and Catherine Hunter"
        if len(run) > 3 and run[1].group() in {"and", "&"} and run[0].group() in places() and text.endswith(" in ", 0, run[0].start()):
            del run[:2]  # "based in Somerset and Lincoln Hometown Football Club": the place ends the clause before
        legislature = LEGISLATURE.match(text, run[0].start()) if run else None
        if legislature and any(w.group() == "Committee" and w.start() >= legislature.end() for w in run):
            del run[:len(words_of(legislature.group()))]  # "Northern Ireland Assembly Committee for Social Development": two bodies
        if not any(re.sub(r"['’]s$", "", w.group().lower()) in _NAME_MAKERS for w in run):
            run.clear()  # no word that can make a name an organisation's: most runs, decided at once
            return
        if listed := _listed_name_before_and(run):
            found.extend(listed)
            run.clear()
            return
        split_at_and = _split_at_and(run)
        ended = len(run) - next(i for i, w in enumerate(reversed(run)) if w.group().lower() not in CONNECTORS)
        items = _split_at_and(run[:ended])  # without a connector that ends the run: "the IFA and Ulster GAA to …"
        if ends_a_list(run, items) or an_acronym_and_a_body(items):
            found.extend(Found(p[0].start(), p[-1].end(), text[p[0].start():p[-1].end()]) for p in items)
            run.clear()
            return
        whole = _organisation_in(run)
        before_and = split_at_and[:-1]
        if not whole or any(part[-1].group() in THING_WORDS for part in before_and if part) or any(
                w.group() in _MINISTERS for part in before_and for w in part) or any(  # "Floods Minister Emma Hardy and …"
                person_before([w.group() for w in part]) for part in split_at_and[1:]) or any(  # "… and Ralph Darby of …"
                part[0].group() in JOBS_BEFORE_A_BODY | TITLE_ENDS for part in split_at_and[1:] if part) or any(  # "CRN and
                # Convener of the Western Isles Council": a second job's body
                a_body_alone(a) and a_body_alone(b) and not venue_goes_on(a, b) for a, b in zip(split_at_and, split_at_and[1:]) if a and b):
            parts = _organisations_in_parts(run)  # "Zoological Society of London and Bangor University": two bodies
        else:  # "Devon and Cornwall Housing Association" is one; "Clydesdale Bank and Yorkshire Bank" are two
            pieces = _split_after_heads(run)
            split = [None if part[-1].group() in JOB_WORDS else _organisation_in(part) for part in pieces]
            generic = [len(part) > 1 and (part[-1].group().lower() in ORG_HEADS or part[-1].group() in JOB_WORDS
                                           or part[-1].group().lower() in _LEGISLATURES
                                           and (part[0].group() in NATION_ADJECTIVES or part[0].group() in places()))
                       for part in pieces]  # the registry's to find, or a person's role ("Youth Parliament Member and …"):
            # "Local Government Association and Association of Drainage Authorities"
            parts = [p for p in split if p] if len(split) > 1 and any(split) and all(map(any, zip(split, generic))) \
                else [whole]
        found.extend(parts)  # "Women's Institute and Department for Transport"
        run.clear()

    words = words_of(text)
    linked = linked_places(text, words)
    for word in words:
        token = word.group()
        capital = ((token[0].isupper() or DIGIT_CAPITAL.match(token) is not None
                    or ORDINAL.fullmatch(token) is not None and text.startswith(" ", word.end())
                    and text[word.end() + 1:word.end() + 2].isupper()  # "195th BB Pipe Band", not "21st December"
                    and text[word.end() + 1:word.end() + 12].split(" ")[0].rstrip(",.") not in CALENDAR_WORDS)
                   and token not in {"The", "A", "An"}
                   and token not in _VERBS_IN_CAPITALS  # "… MEETING WAS HELD IN BUXTON VILLAGE HALL"
                   and not (token in HEADLINE_VERBS and in_a_headline(text, word.start(), word.end()))
                   and not token.endswith("-based")  # "Sutherland-based Golspie … Network"
                   and not (token in _DATED_WORDS and _YEAR_NEXT.match(text, word.end())))  # "… Committee Session 2004–05"
        connector = token.lower() in CONNECTORS - {"the"} or token in _WELSH_ARTICLES and bool(run) and _CAPITAL_NEXT.match(
            text, word.end()) is not None or (
            token == "the" and bool(run) and run[-1].group().lower() in {"of", "for", "on", "to"}
            or token == "the" and len(run) > 3 and run[-1].group() == "and" and run[0].group() == "Department"
            or token == "by" and len(run) == 1 and _CAPITAL_NEXT.match(text, word.end()) is not None
            and not run[0].group().endswith("ed")  # not "Organised by Shetland Amenity Trust"
            and not run[0].group().isupper()  # not "the purchase of MWR by European Metal Recycling Ltd"
            and run[0].group() not in CALENDAR_WORDS  # not "made on Monday by Pembrokeshire County Council"
            and not text.endswith((" in ", " at "), 0, run[0].start())  # not "launched in Newtownards by Thriving Life Church"
        )  # "Department for Environment, Transport and the Regions", a place's "by": "Bromley by Bow Centre"
        connector = connector or any(start < word.start() < end for start, end in linked) or (  # a place's own words: "Stanford
            # in the Vale Parish Council"; a number inside a name: "Trillick 2020 Community Group"
            token.isdigit() and len(token) <= 4 and bool(run) and run[-1].group()[0].isupper()
            and (ahead := _CAPITALS_AFTER.match(text, word.end())) is not None and ahead.group().split()[-1].lower() in ORG_HEADS
            and run[-1].group() not in CALENDAR_WORDS | NOT_NAME_STARTS | THING_WORDS | NUMBERED_PARTS
            and (len(run) > 1 or not opens_a_sentence(text, run[0].start())))
        gap = text[run[-1].end():word.start()] if run else ""
        listed = (gap == ", " and capital and len(run) > 2 and text.startswith((" and ", ", "), word.end())
                  and (run[0].group().lower() in ORG_HEADS and run[1].group() in {"of", "for"}
                       or len(run) == 4 and run[0].group() == "Select" and run[2].group() == "on"))  # one-word items: "…, Food and Rural Affairs", "Select Committee on Environment, …"
        listed = listed or (gap == ", " and (token in places() or token == "and") and _for_places(run))
        # places listed after a body's "for": "Wildlife Trust for Bedfordshire, Cambridgeshire, and Northamptonshire"
        slashed = gap == "/" and capital and run[-1].group()[0].isupper() and run[-1].group().lower() not in ORG_HEADS
        # "Manor Street/Cliftonville Community Group", not "Purbeck District Council/Swanage Town Council"
        saint = len(run) > 1 and run[-2].group() in {"St", "St.", "Saint"}  # "St Richard’s Hospice"
        listed = listed or (gap == ", " and capital and _COMMITTEE_OF_SUBJECTS.match(text, run[0].start()) is not None)
        continues = (bool(run) and (spaced(run[-1], word) or listed or slashed) and (saint or not ends_a_name(run[-1].group()))
                     and token not in _PERSON_TITLES  # "… Joint Council Committee Cllr Allan Rainey"
                     and not (token in JOBS_AFTER_A_NAME and run[-1].group().lower() in ORG_HEADS))
        if not (continues and (capital or connector)):
            flush()
        if continues and (capital or connector) or capital:
            run.append(word)
    flush()
    return [with_brand_possessive(text, in_headline_trimmed(text, with_listed_subjects(text, f)))
            for f in found if not _AWARD_AFTER.match(text, f.end) and not (
                _INDEFINITE_BEFORE.search(text, max(0, f.start - 4), f.start)
                and all(w.lower() in common_words() or w.lower() in ORG_HEADS for w in f.text.split())
                and not any(w in CONNECTORS for w in f.text.split()) and not _LOWER_WORD_AFTER.match(text, f.end))]  # "run a
            # Day Nursery.": a kind; not "a Housing Executive grant", where the article is the grant's


def _listed_name_before_and(run: list[re.Match[str]]) -> list[Found]:
    """A name listing its subjects with commas that "and" and another name follow ("Department for
    the Environment, Food and Rural Affairs and Defra's …"): the listed name, and the other when
    its shape makes it one."""
    text = run[0].string
    if sum(w.group() == "and" for w in run) < 2 or not any(text[a.end():b.start()] == ", " for a, b in zip(run, run[1:])):
        return []
    for i in range(len(run) - 1, 1, -1):
        if run[i].group() == "and" and (name := _organisation_in(run[:i])) and ", " in name.text:
            other = _organisation_in(run[i + 1:]) if i + 1 < len(run) else None
            return [name, *([other] if other else [])]
    return []


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s$")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_AWARD_AFTER = re.compile(r" (?:award|awards|prize|category)\b")
"""A lower-case award word after a name makes it an award's ("the Grassroots Voluntary Group award")."""
