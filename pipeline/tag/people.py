"""Rules for PERSON mentions the registry does not list.

- a title and a name: "Dr Ruth Davis", "Lord Smith" (the title left out);
- a known given name (``pipeline/data/given_names.txt``) and a capitalised surname: "Fiona Reynolds";
- any two capitalised words that the sentence shows to be a person: a job title before them
  ("Environment Secretary Hilary Benn"), a role after them ("Stuart Etherington, chief executive
  of …"), or a verb of speech ("… said Nick Hurd", "Nick Hurd said");
- the same in capitals ("HILARY BENN") when the given name is a known one;
- a surname alone, anywhere in a document that names the person in full ("Mr Benn", "Hurd added").
"""
from __future__ import annotations

import re

from pipeline.tag.common_words import common_words
from pipeline.tag.entities import Found, areas, in_a_headline, places
from pipeline.tag.people_lists import people_beside
from pipeline.tag.person_names import (FULL_NAME, HONOURS, NAME_WORD, NOT_NAMES, NOT_SURNAMES, SURNAME, TITLES, WELSH_JOBS,
                                       could_be_surname, given_names, plausible)
from pipeline.tag.words import CELTIC_OPENERS, GENERIC_WORDS, JOB_WORDS, NOT_NAME_STARTS, ORG_HEADS, THING_WORDS

_TITLED_PERSON = re.compile(
    rf"\b(?:{TITLES}[ ])+(?P<name>(?:[A-Z]\.[ ]?){{1,3}}{SURNAME}|(?:[A-Z][ ]){{1,2}}{SURNAME}|(?:{NAME_WORD}|{SURNAME})(?:[ ][A-Z]\.)?(?:[ ]{SURNAME})?)\b")
"""One title or more and a name, or initials before a surname ("Mrs B. Rix", "Cllr A. N. Other", "Ms C Cutts", "the Very Rev Dr
Houston McKelvey")."""
_DOTTED_INITIALS = re.compile(rf"(?<![\w.])(?:[A-Z]\.){{2,3}}[ ]?{SURNAME}\b(?![ ][A-Z])")
"""Two or three dotted initials before a surname, as minutes list members ("Councillors C.P.J. Elmore and R.A. Penrose"); not
before another capitalised word ("U.K. Government Office")."""
_INITIALLED = re.compile(r"(?:(?:[A-Z]\.[ ]?){1,3}|[A-Z]{1,3}[ ]|(?:[A-Z][ ]){2,3})(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
                         rf"(?![ ](?!(?:Councillors?|Aldermen|Alderman|Members?|Officers?|Head|Director|Apologies|{HONOURS})\b)[A-Z])")
"""Initials and a surname, not before another capitalised word ("U.K. Government") but for a heading of minutes run on
after it ("… and J McGrath Councillors - …") or an honour ("M Henderson MBE")."""
_INITIALLED_LIST = re.compile(
    rf"(?<![\w.])(?:(?:{TITLES}[ ])?{_INITIALLED.pattern}(?:[ ]{HONOURS})?(?:, | and |; ))+(?:{TITLES}[ ])?{_INITIALLED.pattern}")
"""Two people or more listed by initials and surname, as minutes record those present ("Councillors RM Lewis and M Williams",
"L. Burnett, R.F. Curtis and G. John", "M Henderson MBE, W A Leathem, S P Porter and J Tinsley")."""
_INITIALLED_LINES = re.compile(rf"(?m)(?:^[ \t]*(?:{TITLES}s?[ \t]+)?{_INITIALLED.pattern}[ \t]*\n(?:[ \t]*\n)?){{2,}}"
                               rf"^[ \t]*(?:{TITLES}s?[ \t]+)?{_INITIALLED.pattern}[ \t]*$")
"""Three people or more listed by initials and surname one to a line, as minutes record those present ("R. Jones\n\nT.
Sharrem\n\nB. Pagett")."""
_SPACED_ITEM = r"(?:[A-Z][ ]){1,3}(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_INITIALLED_RUN = re.compile(rf"(?<![\w.’'])(?:{_SPACED_ITEM}(?:[ ]\([^()\n]{{1,60}}\))?[ ]){{2,}}{_SPACED_ITEM}(?![\w’'])")
"""Three people or more listed by initials and surname with only spaces between, as minutes flattened from a table give
those present ("R A Montgomery T J Catherwood P E Groogan"), each perhaps with a role in brackets ("J J Tohill (Director of
Finance) C W Burrows (Director …)")."""
_SURNAMES_LIST = re.compile(
    rf"\b(?:Councillors|Cllrs|Aldermen)[ \t]+(?P<list>(?:[A-Z]\.?[ \t])?{SURNAME}(?:[ \t]\([^()\n]{{1,20}}\))?"
    rf"(?:(?:,[ \t]|[ \t]and[ \t])(?:[A-Z]\.?[ \t])?{SURNAME}(?:[ \t]\([^()\n]{{1,20}}\))?)+)")
"""Members listed by surname after a plural title ("Councillors Clarke, Cuddy, Monteith (7.03 pm), G Shiels and Wilson",
"Aldermen McCoubrey and McKee", "Councillors M. Clark, Donnelly …")."""
_LISTED_SURNAME = re.compile(rf"(?:[A-Z]\.?[ \t])?{SURNAME}")
_NAME_AND_INITIALS = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) \((?P<initials>[A-Z]{2,3})\)")
"""A name with its bearer's initials in brackets, as minutes introduce each person ("Arfon Hughes (AH)")."""
_MINISTER_SURNAME = re.compile(
    rf"\b(?:Minister|Commissioner) (?P<name>{SURNAME})(?= (?:said|says|added|was|is|has|had|will|visited|announced|welcomed|told"
    rf"|explained|also|today|met|provided|presented|outlined|stressed|noted|highlighted|and|to)\b|[,:]| &)")
"""A minister or a commissioner named by title and surname alone, as a release names its own minister: "Minister Muir said",
"Commissioner Hogan also provided …"."""
_TITLED_LIST = re.compile(
    rf"\b(?:Councillors|Cllrs|Ministers|Messrs|Aldermen|Commissioners)[ ](?P<items>{_LISTED_SURNAME.pattern}"
    rf"(?:(?:,[ ]|[ ]and[ ]|,[ ]and[ ]){_LISTED_SURNAME.pattern})+)\b")
"""Surnames listed after a plural title, as minutes and releases name several ("Ministers Murphy, Poots and Mallon",
"Councillors C O’Neill, McEldowney and J Shiels")."""
_CAPITALISED = re.compile(rf"\b{NAME_WORD}\b")
_PEERAGE = re.compile(r"(?:Lord|Baroness|Baron|Lady) [A-Z][a-z]+ of [A-Z]")
"""A peer's title and territorial designation: the name may be a place's ("Baroness Scotland of Asthal"; not "Lord
Mayor of Belfast")."""
_SURNAME_AFTER = re.compile(rf"(?:[ ](?:[A-Z]\.){{1,2}}|[ ][A-Z])?[ ](?P<last>{SURNAME})\b")  # "Andrew R.T. Davies"
ROLE = (
    r"(?:chief|director|chair|chairman|chairwoman|head|minister|secretary|spokes(?:man|woman|person)|manager|officer"
    r"|founder|president|leader|co-?ordinator|trustee|MP|professor|campaigner|editor|councillor|member|adviser|advisor"
    r"|partner|deputy|executive|presenter|coordinator|volunteer|fundraiser|representative|resident|treasurer|organiser|CEO)"
)
_JOB_BEFORE = (
    r"(?:Minister|Secretary|Executive|Director|Chairman|Chairwoman|Chair|Officer|Manager|Councillors?|Cllrs|Founder|President"
    r"|[Ss]pokes(?:man|woman|person)|MP|Leader|Commissioner|Advocate|Ambassador|Coordinator|Co-ordinator)"
)
_DASHED_INITIALLED = re.compile(
    rf"\b(?:{_JOB_BEFORE}|Aldermen|Alderman|Clerk|Head)(?: of [A-Z][\w&]*(?: (?:[A-Z][\w&]*|&|and|of))*)?[ \t]*[–-][ \t]+"
    rf"(?:{TITLES}[ ])?(?P<name>{_INITIALLED.pattern})")
"""One person by initials and surname after a role and a dash, as minutes give a role's holder ("Head of Arts & Culture –
U Fay", "Alderman – M Girvan")."""
_BODY_DASH_PERSON = re.compile(
    rf"(?m)^[ \t]*(?:[-•*·][ \t]+)?[A-Z#][^\n–—]{{1,80}}?[ \t]+[–—][ \t]+(?P<name>{NAME_WORD}(?:[ ]{SURNAME}){{1,2}})[ \t]*$")
"""A list's line of a body and after a long dash its person, as a shortlist names each nominee ("- Quarriers – Christopher
Mathers")."""
_ROLE_AFTER = re.compile(rf"\b{FULL_NAME}(?:\s+\(pictured\))?,\s+(?i:(?:the\s+|a\s+|its\s+)?"
                         rf"(?:(?!(?:with|and|from|to|in|on|by|at)\b)[\w'’-]+\s+){{0,3}}{ROLE})\b")
_AGED = re.compile(rf"\b{FULL_NAME},\s+(?:aged\s+)?\d{{1,3}},\s")
"""A name and an age between commas, as news gives them: "Eirol Evans, 23, who has volunteered …"."""
_WHO_AFTER = re.compile(rf"\b{FULL_NAME},\s+(?:who(?!\s+(?:were|are|have)\b)|whose)\s")  # "Sabrina Sully, whose family ran …";
# not a group's plural: "Riddell Fiddles, who were awarded …"
_BYLINE = re.compile(rf"(?m)^[Bb]y\s+{FULL_NAME}\s*$")
_LETTERS_AFTER = re.compile(rf"\b{FULL_NAME},?\s+(?:MP|MSP|MLA|AM|MEP|OBE|MBE|CBE|BEM|QC|KC)\b(?![ \t]+[A-Z][a-z]+[ \t][A-Z])")
# "Johann Lamont, MSP"; not a portfolio before the next person's letters: "… and Land Reform, MSP Roseanna Cunningham"
_ASKED_BY = re.compile(rf"(?m)^\s*(?:Asked|Answered) by:?\s+{FULL_NAME}\b")  # a parliamentary question's furniture
_PARTY_NAMES = (r"(?:Scottish |Welsh )?(?:Labour|Conservative|Green|Liberal Democrats?)(?: Party)?|Scottish National Party|SNP"
                r"|Plaid Cymru|DUP|Sinn F[ée]in|UUP|SDLP|Alliance|Independent")
_SPEAKER_LINE = re.compile(
    rf"(?m)^{FULL_NAME}\s+(?:(?:[A-Z][\w ]{{0,30}}?\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]m\b|,\s+\d{{1,2}}\s[A-Z][a-z]+)"
    rf"|(?:{_PARTY_NAMES})[ \t]*$)")
"""A speaker's line in a debate's record: "Trish Godman Labour 5:00 pm", "Trish Godman Labour 4:59, 3 May 2006",
"Linda Fabiani Scottish National Party"."""
_MEMBER_ASKING = re.compile(rf"\b{FULL_NAME}\s+\([A-Z][\w ,.'’&-]{{1,40}}\)\s+"
                            rf"\((?:Lab|Con|LD|Lib Dem|SNP|PC|DUP|SDLP|UUP|SF|Green|Ind|Alliance)[\w/ -]{{0,10}}\)")
"""A member asking in Hansard: "Pat Glass (North West Durham) (Lab)"."""
CREDIT_OPENER = r"(?:(?:Photo|Picture|Pic|Image)(?:graph)?(?:\s+credit)?:|©)\s+"
"""A photograph credit's opening, before the photographer and their body: "Photo: Hans J Marter/Shetland News"."""
_CREDIT = re.compile(rf"(?m)(?:^|\.\s+|\s){CREDIT_OPENER}{FULL_NAME}(?=\s*(?:/|$|,|\.))")
_OFFICE_OF_A_PLACE = re.compile(
    rf"\b(?:the|The)\s+(?:Lord[- ]Lieutenant|High Sheriff|Lord Mayor|Deputy Mayor|Mayor|Provost|Lord Provost|Chair(?:man)?"
    rf"|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Ll]eader)\s+of\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|&))*"
    rf",\s+{FULL_NAME}(?=\s*[;,.]|\s+and\b|\s*$)")
"""An office and the person holding it after a comma: "the Mayor of Guildford, Sallie Barker;"."""
_SELF_EVIDENT = (_ROLE_AFTER, _WHO_AFTER, _AGED, _BYLINE, _LETTERS_AFTER, _ASKED_BY, _SPEAKER_LINE, _CREDIT, _OFFICE_OF_A_PLACE, _MEMBER_ASKING)
"""Evidence about the person whatever comes before the name ("celebrated with Ebony Powell, volunteer at …"), also
on a line of capitalised words."""
_CAPITALISED_BEFORE = re.compile(rf"(?<![.!?:]\s)(?<!^)\b(?!{TITLES}\b)(?!(?:{_JOB_BEFORE})\b)(?!(?i:{ROLE})\b)[A-Z][\w'’-]*[a-z] $")
"""A capitalised word (no title, job or role: "Resident Morwenna Torlesse said") just before an unknown given name:
the name may be a longer one's end ("the Trans Pennine Trail said")."""
_JOB_OF_BEFORE = re.compile(rf"\b{_JOB_BEFORE} of [A-Z][a-z]+\s+{FULL_NAME}\b")
"""A job in a department before a known given name: "our Director of Enterprise Richard Bridge"."""
_JOB_COMMA_BEFORE = re.compile(rf"\b{_JOB_BEFORE},?[ \t]*\n?[ \t]*(?<=\s){FULL_NAME}\b")
"""A job and a name after it, on the next line at most ("Assembly Equality Manager\nStephanie Mallon"; not across a blank
line: "… Manager\n\nBusiness Admin Manager")."""
_IN_CONTEXT = [
    _JOB_COMMA_BEFORE,
    _JOB_OF_BEFORE,
    re.compile(rf"(?m)^\s*{FULL_NAME},?\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w’' &-]{{2,60}}?,?\s+(?:said|says|added|told|explained)\b"),
    *_SELF_EVIDENT,
    re.compile(rf"\b{FULL_NAME}\s+(?:(?:today|yesterday|also|has|have|had|will|would)\s+)?"
               rf"(?:said|says|added|explained|commented|told|warned|issued|announced|welcomed|urged)\b"),
    re.compile(rf"\b(?:chief executive|director|chair(?:man|woman)?|presenter|ambassador|founder|president|leader|campaigner"
               rf"|trustee|editor|manager|co-?ordinator|officer|spokes(?:man|woman|person)|minister|councillor|farmer"
               rf"|professor|representative|volunteer|fundraiser|treasurer|organiser)\s+{FULL_NAME}\b"),
    # on one line: not "… the committee said\nBorth Carnival Committee …"
    re.compile(rf"\b(?:said|says|added|explained|commented)[ \t]+{FULL_NAME}\b"),
    re.compile(rf"\b{FULL_NAME}\s+(?:[A-Z][a-z]+\s+)?(?:co-?ordinator|manager|officer|director|chair(?:man|woman)?|volunteer)"
               rf"\s+(?:said|says|added|explained)\b"),  # "Shelly Hart Volunteers co-ordinator said"
    re.compile(rf"\bMember for [A-Z][\w -]+ \({FULL_NAME}\)"),  # Hansard: "the hon. Member for Leominster (Bill Wiggin)"
    re.compile(rf"\b(?:of|at|for) (?:the )?[A-Z][\w’' ]{{2,60}}, {FULL_NAME}, (?:has|had|have|who|said|says|added|told|wrote|is|was)\b"),
    re.compile(rf"\b(?:CEO|MD|chief exec|MP|MSP|MLA|MEP)\s+{FULL_NAME}\b"),  # "introduced MSP Tavish Scott"
    re.compile(rf"\b(?:chief executive|director|chair(?:man|woman)?|secretary|minister|spokes(?:man|woman|person)|manager"
               rf"|officer|founder|president|leader),\s+{FULL_NAME}\b"),
]
"""Two capitalised words that the sentence shows to be a person's name, whatever the given name."""
_CAPITALS = re.compile(r"\b(?=(?P<first>[A-Z]{2,})\s+(?P<last>(?:MC|MAC|O')?[A-Z]{2,}(?:-[A-Z]{2,})?)\b)")
"""Two words in capitals, each pair looked at in turn ("… OPPENHEIM AND MARK MCGANN": not only "OPPENHEIM AND")."""
_TITLED_CAPITALS = re.compile(r"\b(?:MR|MRS|MS|MISS|DR|CLLR|SIR|DAME|PROFESSOR)\.?[ ](?P<name>[A-Z]{2,}[ ](?:MC|MAC|O')?[A-Z]{2,}(?:-[A-Z]{2,})?)\b")
"""A title and a name in capitals, whatever the given name: a witness list's "MS CERI DAVIES"."""
_ROLE_OF_THE_PREVIOUS = re.compile(r"[A-Za-z][\w'’-]*,\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
"""Before a job and a comma, a name and a comma: the job is that person's, and what follows the comma their body
("Laura Hopper, Chief Executive Officer, Plan Zheroes")."""
NAMED_AFTER_WORDS = {
    "Nature", "Reserve", "Park", "Centre", "Center", "Hall", "House", "Memorial", "Building", "Library", "Room", "Wing",
    "Ward", "Lecture", "Fund", "Foundation", "Trust", "Award", "Awards", "Prize", "Medal", "Fellowship", "Scholarship",
    "Institute", "School", "Academy", "Centenary", "Stadium", "Garden", "Gardens", "Wood", "Woods", "Way", "Bridge",
    "Solicitors", "Associates", "Partnership", "Group", "Ltd", "Limited", "LLP", "Consulting", "Architects", "Accountants",
    "Photography", "Design", "Designs", "Catering", "Builders", "Engineering", "Consultancy", "Studio", "Studios",
    "Butchers", "Bakery", "Bakers", "Pharmacy", "Dairy", "Garage", "Motors", "Florists", "Hairdressers", "Meats", "Foods",
    "Homeplace", "Gallery", "Museum", "Theatre", "Arena", "Opticians", "Jewellers", "Chemists", "Joinery", "Haulage", "Taxis",
    "Festival", "Trophy", "Cup", "Shield",
}
"""Capitalised words after a person's name that make the whole a thing or a firm named after them ("Jan Hobbs Nature
Reserve", "Anthony Collins Solicitors", "Maggie Booth Photography")."""
_DETERMINERS = {"The", "This", "That", "These", "Those", "Our", "Their", "His", "Her", "Its", "My"}
"""Words that open the next sentence after a given name, never a surname ("… Alderman S Martin The Monthly Meeting …")."""
_NAMED_AFTER = re.compile(r" (?P<word>[A-Z][a-z]+)\b")
_OF_A_BODY = re.compile(r"\b(?:of|from|at|with)\s+(?:the\s+)?$")
"""Before a name in "Morag Petrie of Stepping Stones said": the name is the body the speaker is from."""


def _runs_into_a_memorial(text: str, end: int) -> bool:
    """A person's name that runs on into a thing named after them ("Jan Hobbs Nature Reserve")."""
    following = _NAMED_AFTER.match(text, end)
    return bool(following) and following["word"] in NAMED_AFTER_WORDS


def _initialled_people(text: str) -> list[Found]:
    """The people ``_INITIALLED_LIST``, ``_INITIALLED_LINES`` and ``_INITIALLED_RUN`` list (without their titles), those ``_SURNAMES_LIST`` lists
    after a plural title, and those ``_NAME_AND_INITIALS`` gives their initials (two such at least, or one with a known given
    name)."""
    found = []
    for listed in (*_INITIALLED_LIST.finditer(text), *_INITIALLED_LINES.finditer(text)):
        for item in _INITIALLED.finditer(text, listed.start(), listed.end()):
            if could_be_surname(re.split(r"[ .]", item.group())[-1]):
                found.append(Found(item.start(), item.end(), item.group()))
    for listed in _INITIALLED_RUN.finditer(text):
        for item in re.finditer(_SPACED_ITEM, listed.group()):
            if could_be_surname(item.group().split()[-1]):
                found.append(Found(listed.start() + item.start(), listed.start() + item.end(), item.group()))
    found += [Found(m.start("name"), m.end("name"), m["name"]) for m in _DASHED_INITIALLED.finditer(text)
              if could_be_surname(re.split(r"[ .]", m["name"])[-1])]
    initialled = []
    for m in _NAME_AND_INITIALS.finditer(text):
        words = m["name"].split()[-len(m["initials"]):]  # "Apologies Rhianwen Edwards (RE)": the initials say where the name starts
        if "".join(w[0] for w in words) == m["initials"] and could_be_surname(words[-1]) and words[-1] not in THING_WORDS \
                and words[0].lower() not in common_words() and words[0].lower() not in CELTIC_OPENERS \
                and not any(w.lower() in ORG_HEADS for w in words):
            initialled.append(Found(m.end("name") - len(" ".join(words)), m.end("name"), " ".join(words)))
    for listed in _SURNAMES_LIST.finditer(text):
        bare = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), listed["list"])  # "(7.03 pm)": when they arrived
        found += [Found(listed.start("list") + m.start(), listed.start("list") + m.end(), m.group()) for m in _LISTED_SURNAME.finditer(bare)
                  if could_be_surname(m.group().split()[-1]) and m.group().split()[-1] not in areas()]
    return found + [f for f in initialled if len(initialled) > 1 or f.text.split()[0] in given_names()]  # a list of them, or
    # a known given name: not "Myasthenia Gravis (MG)"


_MORE_CAPITALS = re.compile(rf"[ ](?!{HONOURS}\b)(?!(?:{'|'.join(sorted(WELSH_JOBS))})\b)[A-Z]")
_HONOUR_NEXT = re.compile(rf"[ ]{HONOURS}\b")
"""A fourth capitalised word, no post-nominal or Welsh job: the run is no three-part name ("Peter Grant Hill Farm …"; but "Alun Ffred
Jones AM", "Marc Wyn Jones Clerc", though not "Dai Jones Llanilar MBE", where a village follows the name)."""


def people(text: str) -> list[Found]:
    """Named people found by the module's rules (surnames alone are ``surname_mentions``)."""
    found = [Found(m.start("name"), m.end("name"), m["name"]) for m in _TITLED_PERSON.finditer(text)
             if m["name"].split()[0] not in NOT_NAMES  # not "Mr. Speaker"
             and m["name"].split()[0].lower() not in GENERIC_WORDS  # not "the Councillor Community Grant scheme"
             and (m["name"].split()[-1].lower() not in NOT_SURNAMES  # not "Lord Mayors Mansion", but "Cllr Pauline Church"
                  or len(m["name"].split()) == 2 and m["name"].split()[0] in given_names())
             and not (m.group().startswith("Bishop ") and m["name"].split()[0] not in given_names())  # not "near Bishop Auckland"
             and not (m.group().startswith("Miss ") and m["name"] in places())  # a pageant's title: "Miss Chard"
             or m["name"].split()[0] in areas() and _PEERAGE.match(text, m.start())]
    found += [Found(m.start(), m.end(), m.group()) for m in _DOTTED_INITIALS.finditer(text)
              if could_be_surname(m.group().rsplit(".", 1)[-1].strip()) and not m.group().startswith(("U.K.", "U.S.", "E.U.", "U.N."))]
    found += _initialled_people(text)
    nominees = [m for m in _BODY_DASH_PERSON.finditer(text) if m["name"].split()[0] not in NOT_NAMES
                and m["name"].split()[-1].lower() not in ORG_HEADS]  # not "– The Access Hub"
    if len(nominees) > 2 and sum(m["name"].split()[0] in given_names() for m in nominees) * 2 >= len(nominees):
        found += [Found(m.start("name"), m.end("name"), m["name"]) for m in nominees]  # three or more, half with known given names
    found += [Found(m.start(), m.end(), m.group()) for listed in _TITLED_LIST.finditer(text)
              for m in _LISTED_SURNAME.finditer(text, listed.start("items"), listed.end("items"))
              if m.group().split()[-1] not in NOT_NAMES and could_be_surname(m.group().split()[-1])]
    found += [Found(m.start("name"), m.end("name"), m["name"]) for m in _MINISTER_SURNAME.finditer(text)
              if could_be_surname(m["name"]) and m["name"] not in areas() | NOT_NAMES and m["name"].lower() not in common_words()]
    names = given_names()
    for first in _CAPITALISED.finditer(text):
        if first.group() not in names and not all(part in names for part in first.group().split("-")):
            continue  # a known given name, or two joined ("John-William Halcrow")
        last = _SURNAME_AFTER.match(text, first.end())
        if last and first.group() not in NOT_NAMES and last["last"] not in _DETERMINERS and could_be_surname(last["last"]):
            third = _SURNAME_AFTER.match(text, last.end())
            if third and third["last"].lower() in NOT_SURNAMES:
                continue  # "Carmel Baptist Chapel": a building's name
            if (third and could_be_surname(third["last"]) and third["last"] not in NOT_NAMES | NAMED_AFTER_WORDS
                    and (third["last"] not in areas() or last["last"] in names) and not _MORE_CAPITALS.match(text, third.end())
                    and not (_HONOUR_NEXT.match(text, third.end()) and third["last"] in places())):
                last = third  # "Kuldip Singh Kainth", "Donald James Preston" (a middle given name before a place's name)
            found.append(Found(first.start(), last.end(), text[first.start():last.end()]))
    for pattern in _IN_CONTEXT:
        for m in pattern.finditer(text):
            if pattern is _JOB_OF_BEFORE and m["first"] not in names:
                continue  # "Chief Executive of Shelter Kettle Robb": the body's name may run on
            if pattern is _JOB_COMMA_BEFORE and "," in text[m.start():m.start("first")] and _ROLE_OF_THE_PREVIOUS.search(
                    text, max(0, m.start() - 60), m.start()):
                continue  # a witness list: "Laura Hopper, Chief Executive Officer, Plan Zheroes, Vera Zakharov, …"
            if m["first"] not in names and _CAPITALISED_BEFORE.search(text, max(0, m.start("first") - 30), m.start("first")):
                continue  # "the Trans Pennine Trail said": the end of a longer name
            if m["first"] in NOT_NAME_STARTS and m["first"] not in JOB_WORDS and not re.fullmatch(TITLES, m["first"]):
                continue  # "However Constance said": a sentence's opening word and a surname
            if m["first"][0].isupper() and m["last"][0].isupper() and plausible(m["first"], m["last"]) \
                    and (pattern in _SELF_EVIDENT or not _OF_A_BODY.search(text, max(0, m.start("first") - 12), m.start("first"))) \
                    and not (m["first"] not in names and pattern not in _SELF_EVIDENT
                             and in_a_headline(text, m.start("first"), m.end("last"))):
                found.append(Found(m.start("first"), m.end("last"), text[m.start("first"):m.end("last")]))
    for m in _CAPITALS.finditer(text):
        if m["first"].title() in names and plausible(m["first"].title(), m["last"].title()):
            found.append(Found(m.start("first"), m.end("last"), text[m.start("first"):m.end("last")]))
    found += [Found(m.start("name"), m.end("name"), m["name"]) for m in _TITLED_CAPITALS.finditer(text)]
    found += people_beside(text, found)
    for name in {f.text for f in found if " " in f.text}:  # a name found once is a name wherever it is written
        found += [Found(m.start(), m.end(), m.group())  # in another case too: a list of witnesses in lower case
                  for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text, re.IGNORECASE)
                  if m.group() == name or not _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())]
    things = {f.text for f in found if _WHICH_AFTER.match(text, f.end)}  # "Glyn Wylfa, which includes the cafe"
    return sorted({f for f in found if not _runs_into_a_memorial(text, f.end) and f.text not in things
                   and not _SAINT_BEFORE.search(text, max(0, f.start - 7), f.start)}, key=lambda f: (f.start, f.end))


_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint) $")
"""A saint's name is a church's, a charity's or a place's ("St Vincent de Paul", "St Helens"), no person's."""


_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]* $")
"""A name's other-case form just after a capitalised word is the end of a longer name ("Elly de Decker")."""
_WHICH_AFTER = re.compile(r",\s+which\b")
"""A name that "which" follows is a thing's or a body's, wherever else it is written."""
