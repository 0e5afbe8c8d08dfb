"""Bodies named by the shape of a list or a table: grant lists ("Name (£amount)", "£amount for Name", "- Name - £amount", a
numbered line above its amount), a project list's "Name — its project", lists of attendees and representatives
("Ben Lloyd (BL), WCVA", "Lynne Larby - Nairn Beekeepers") and a table's "Organisation" column."""
from __future__ import annotations

import re
from collections import Counter

from pipeline.tag.common_words import common_words
from pipeline.tag.entities import Found, places
from pipeline.tag.person_names import TITLES, given_names
from pipeline.tag.words import CONNECTORS, GENERIC_WORDS, JOB_WORDS, JOBS_AFTER_A_NAME, ORG_HEADS, TITLE_ENDS

_RECIPIENT_HEADING = re.compile(r"(?:organi[sz]ation|recipient|grantee|applicant|group)s?(?: name)?", re.IGNORECASE)


def table_organisations(text: str) -> list[Found]:
    """The cells under an "Organisation" (or "Recipient", "Group") heading of a table written with "|"."""
    found: list[Found] = []
    column: int | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        cells = line.rstrip("\n").split("|")
        if len(cells) < 3:
            column = None
        elif column is None:
            column = next((i for i, c in enumerate(cells) if _RECIPIENT_HEADING.fullmatch(c.strip())), None)
        elif column < len(cells):
            cell = cells[column]
            name = cell.strip()
            if name and name[0].isupper():
                start = offset + sum(len(c) + 1 for c in cells[:column]) + cell.index(name)
                found.append(Found(start, start + len(name), name))
        offset += len(line)
    return found


_AMOUNT_LISTED = re.compile(r"(?:^|[;:][ \t]*)(?:and\s+)?(?:The\s+)?(?P<name>[A-Z][^;:()\n£]{1,80}?)\s+\(£[\d,.]+(?:\s?(?:m|k|million))?\)",
                            re.MULTILINE)
"""A grant list's item, its amount in brackets, opening a line or after a colon or semicolon: "Bwlch y Groes Community Hall
Committee (£6,090); Solva Care (£7,269); …"."""
_COMMA_LISTED = re.compile(r"(?:,[ \t]*|\bincluding\s+)(?:and\s+)?(?:the\s+)?(?P<name>[A-Z][^;:,()\n£]{1,80}?)\s+\(£[\d,.]+(?:\s?(?:m|k|million))?\)")
"""The same after a comma or "including": "including City Harvest (£303,000), Food in Community (£1.5 million), and …"."""
_DASH_LISTED = re.compile(
    r"^[ \t]*[-•*–·][ \t]+(?P<name>(?:[A-Z]|\d{1,2}(?:st|nd|rd|th) [A-Z])(?:(?! [-–—] )[^;:()\n£]){1,80}?)"
    r"(?:\s+\([^()\n]{1,20}\))?\s+[-–—:]\s+[^\n£]{0,120}?£[\d,.]+", re.MULTILINE)
"""A bulleted grant list's item, its amount after a dash and perhaps the project: "- Biggar and District Community Heritage,
Biggar - £400 for …", "• Culbokie Community Trust – Culbokie Village Hub – £30,000"."""
_AMOUNT_AFTER = re.compile(
    r"(?:^|[,;][ \t]+|[ \t]and[ \t]+)(?:the[ \t]+)?(?P<name>[A-Z][\w'’&-]*(?:[ \t](?:[A-Z][\w'’&-]*|of|for|the|in|on|&))*?)"
    r"[ \t]+£[\d,.]+(?:[ \t]?(?:m|k|million))?(?=[,;.]|[ \t]+and\b|[ \t]*$)", re.MULTILINE)
"""A grant list's item with its amount after the name: "Gaada received £49,400, Ability Shetland £34,594, Advocacy Shetland
£35,000", a line "Wellesbourne Allotments £600"."""
_DASH_DESCRIBED = re.compile(
    r"^[ \t]*[-•*–·][ \t]+(?P<name>[A-Z](?:(?! [-–—] )[^;:()\n£]){1,80}?)[ \t]+[-–—][ \t]+(?:to[ \t]+)?[a-z]", re.MULTILINE)
"""A bulleted list's item, what the body will do after a dash: "• Hope Baptist Church, Bridgend - demolish their outside
toilets …"."""
_AMOUNT_FOR = re.compile(
    r"^[ \t]*(?:[-•*–·][ \t]+)?£[\d,.]+(?:[ \t]?(?:m|k|million))?[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t](?:[A-Z][\w'’&-]*|of|for|the|on|&))*?)(?=[ \t]*\(|:|,|[ \t]+(?:to|in)\b)", re.MULTILINE)
"""A grant list's line that opens with the amount: "• £143,333 for New Start Highland (Inverness): the project …"."""
_AMOUNT_FOR_INLINE = re.compile(
    r"(?:[,;:][ \t]+(?:and[ \t]+)?|[ \t]and[ \t]+|\b(?:was|were)[ \t]+)£[\d,.]+(?:[ \t]?(?:m|k|million))?[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?"
    r"(?:[a-z]+[ \t]+){0,2}?(?P<name>[A-Z][\w'’&-]*(?:[ \t](?:[A-Z][\w'’&-]*|of|for|the|in|on|&))*?)"
    r"(?=[,;.]|[ \t]+(?:and[ \t]+(?:£|the\b|[a-z])|which\b|who\b))")
"""A sentence's list of grants, each amount before its recipient: "There was £61 for print group Printers in the Sticks, £5,000
for Cwmni Theatr Arad Goch, £861 for Ray Ceredigion, which …, and £500 for Opera Teifi", "grants included: £5,000 to
Northumberland Pride, £4,000 to Berwickshire Swap, …"."""
_COMMA_AMOUNT = re.compile(r"(?:^|[:;][ \t]+)(?:and[ \t]+)?(?:the[ \t]+)?(?P<name>[A-Z][^;:,()\n£]{1,60}?),(?:[ \t]+[^;:,()\n£]{1,40},)?[ \t]+£[\d,.]+"
                           r"(?=[;.]|[ \t]*$)", re.MULTILINE)
"""A grant list's items parted by semicolons or lines, each amount after a comma and perhaps the body's place: "…: Borth
Coastguard, £200; Borth WI, £400; …", "PAMIS, Dundee, £100,000"."""
_COLON_AMOUNT = re.compile(
    r"^[ \t]*(?:[-•*–·][ \t]+)?(?:The[ \t]+)?(?P<name>[A-Z](?:(?! [-–—] )[^:\n£]){0,80}?)(?::|[ \t]+[-–—])[ \t]+£[\d,.]+", re.MULTILINE)
"""A grant list's line, the recipient before a colon or a dash and its amount: "Green Tye Players: £150 towards a new sound
system.", "Blueprint 22 - £1500"."""
_DASH_LINE = re.compile(r"^(?:[ \t]*[-•*·][ \t]+)?(?P<name>[A-Z](?:(?! [-–—] )[^;:()\n£.]){1,80}?)[ \t]+[–—][ \t]+\S[^\n]*$",
                        re.MULTILINE)
"""A list's line, a body and after a long dash its project or its person: "Creative Orkney — Creative Hub feasibility
study.", "- Quarriers – Christopher Mathers"."""
_NUMBERED_AMOUNT_BELOW = re.compile(
    r"^[ \t]*\d{1,2}[.)][ \t]+(?:The[ \t]+)?(?P<name>[A-Z][^\n()£:]{1,80}?)(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*\n(?:[ \t]*\n)?[^\n]*£[\d,.]+",
    re.MULTILINE)
"""A numbered grant table's line, the amount on the line below: "4.   Suffolk West Citizens Advice (MoneySmart)\n\n   2018/2019   £27,167"."""
_PERSON_DASH_BODY = re.compile(
    r"^[ \t]*(?:[-•*·][ \t]+)?[A-Z][a-z]+[ \t][A-Z][\w'’-]+[ \t]+[-–—][ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^,;:()\n]{0,60}?)[ \t]*$", re.MULTILINE)
"""A list of members' or representatives' line, a person and after a dash their body: "Lynne Larby - Nairn Beekeepers"."""
_ATTENDEE_LINE = re.compile(
    r"^[ \t]*(?:[-•*–·][ \t]+)?[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,3}[ \t]\([A-Z]{1,4}\),[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][^,;:()\n]{1,80}?)(?:[ \t]+\([A-Z][^()\n]{0,20}\))?[ \t]*$", re.MULTILINE)
"""A list of attendees' line, a person, their initials and their body: "• Gareth Coles (GC), Creative Lives"."""
_LOWER_CASE_TAIL = re.compile(r"(?P<branch> branch)$|(?:['’]s)?(?: (?!(?:of|for|and|the|in|on|upon|de|y|a)\b)[a-z][\w'’-]*)+$")
"""Lower-case words ending a list's item: what the body's part does, not its name ("… Belfast's security team", "… Belfast
branch")."""
_PLACE_AFTER = re.compile(r"(?:,| in) (?P<place>[A-Z][\w'’-]+(?:(?: (?:of|and|upon|on))? [A-Z][\w'’-]+){0,3})$")


def _a_dash_lines_body(name: str) -> bool:
    """Whether a list line's name can be a body: capitalised words (connectors and numbers aside: "Blueprint 22"), not all of
    them generic ("Team – St John Ambulance …": an award's category), not opening with a title, a given name or a job ("Jane Hall — Chair",
    "… (DM), Deputy Minister for …") nor ending in a job ("The Springboard Project" does not)."""
    words = name.split()
    return all(w[0].isupper() or w.isdigit() or w in CONNECTORS for w in words) \
        and any(w.lower() not in GENERIC_WORDS | CONNECTORS for w in words) \
        and words[0] not in given_names() | JOB_WORDS | TITLE_ENDS \
        and words[-1] not in (JOB_WORDS - {"Project"}) | TITLE_ENDS | JOBS_AFTER_A_NAME \
        and re.fullmatch(TITLES, words[0]) is None


def _a_persons_body(line: re.Match[str]) -> bool:
    """A person's dash line names a body: the person has a known given name, the body is no place ("Wendy Wilson - Cawdor"):
    two words or more, not all common words unless the last is an organisation's, or an acronym."""
    words = line["name"].split()
    return line.group().split()[0].lstrip("-•*") in given_names() and line["name"] not in places() and (
        len(words) > 1 or line["name"].isupper()) and not (
        all(w.lower() in common_words() for w in words) and words[-1].lower() not in ORG_HEADS)  # "Jane Hugo – Human Resource"


_INITIALS_AND_SURNAME = re.compile(r"(?:[A-Z]\.? ){1,3}[A-Z][a-z]+")


def _a_notes_speaker(text: str, name: str) -> bool:
    """A dash line's name that is a person's, as minutes give each member's words ("O P Huws – people, potential", "Gwynne –
    the band" where "Gwynne Williams" is written), or one common word ("Environment – a lot of work")."""
    return bool(_INITIALS_AND_SURNAME.fullmatch(name)) or " " not in name and (
        name.lower() in common_words() or re.search(rf"\b{re.escape(name)} [A-Z][a-z]+", text) is not None)


def listed_recipients(text: str) -> list[Found]:
    """The items of a list of three or more grants written "Name (£amount)", "Name £amount", "Name: £amount", "Name,
    £amount;", "£amount for Name" (a line's or a sentence's), "- Name - £amount", "- Name - what it will do", "Name — its
    project" or "1. Name" above its amount, a place after a comma left out ("Yr Hen Ysgol, St Dogmaels (£26,816)"), and the
    bodies of a list of three or more attendees or representatives ("• Ben Lloyd (BL), WCVA", "Lynne Larby - Nairn
    Beekeepers"). A common word on several items is a label, no body's."""
    found = []
    for pattern in (_AMOUNT_LISTED, _COMMA_LISTED, _DASH_LISTED, _DASH_DESCRIBED, _AMOUNT_AFTER, _AMOUNT_FOR, _AMOUNT_FOR_INLINE, _COLON_AMOUNT, _COMMA_AMOUNT,
                    _DASH_LINE, _ATTENDEE_LINE, _NUMBERED_AMOUNT_BELOW, _PERSON_DASH_BODY):
        items = [m for m in pattern.finditer(text) if pattern not in (_DASH_LINE, _ATTENDEE_LINE, _PERSON_DASH_BODY, _COLON_AMOUNT)
                 or _a_dash_lines_body(m["name"]) and (pattern is not _PERSON_DASH_BODY or _a_persons_body(m))]
        if pattern is _DASH_LINE:
            items = [m for m in items if not _a_notes_speaker(text, m["name"])]
        repeated = Counter(m["name"] for m in items)
        items = [m for m in items if repeated[m["name"]] == 1 or m["name"].lower() not in common_words()]  # a field's label on
        # each item ("Reason – The application met …"), not a body given two grants
        found += _listed_names(items) if len(items) >= 3 else []
    return found


def _listed_names(items: list[re.Match[str]]) -> list[Found]:
    """Each item's name, without the place after its comma or "in" ("Lynn Social Club in Larne"), a lower-case tail or a
    possessive's "’s"; two bodies sharing an item across a slash after an organisation word apart ("Purbeck District
    Council/Swanage Town Council (£400,000)")."""
    found = []
    for m in items:
        place = _PLACE_AFTER.search(m["name"])
        if place and place.group().startswith(" in") and place["place"] not in places():
            place = None  # "Faith in Families": no place
        name = m["name"][:place.start()] if place else m["name"]
        tail = _LOWER_CASE_TAIL.search(name)
        if tail and tail.start() > 0:
            name = name[:tail.start()]  # "Voluntary Service Belfast's security team"
            rest, _, last = name.rpartition(" ")
            if tail["branch"] and rest and last in places():
                name = rest  # "The Samaritans Belfast branch"
        name = re.sub(r"['’]s$", "", name)  # "Scottish Huntington’s": the span leaves a possessive out
        parts = name.split("/")
        if len(parts) == 2 and parts[0].split()[-1].lower() in ORG_HEADS and parts[1][:1].isupper():
            found += [Found(m.start("name"), m.start("name") + len(parts[0]), parts[0]),
                      Found(m.start("name") + len(parts[0]) + 1, m.start("name") + len(name), parts[1])]
        else:
            found.append(Found(m.start("name"), m.start("name") + len(name), name))
    return found
