"""Evidence in the sentence that a capitalised name is an organisation's, where no list has it and
no organisation word ends it: a description ("Producers Direct, a UK charity"), a role ("chairman of
Milk Marque"), a grant ("New Start Highland will use their award of £60,000"), or the shape of a grant
list, an attendee list or a table (``grant_lists.py``)."""
from __future__ import annotations

import re

from pipeline.tag.entities import Found, could_be_name, ends_a_name, in_a_headline, person_before, places
from pipeline.tag.common_words import common_words
from pipeline.tag.people import CREDIT_OPENER
from pipeline.tag.person_names import TITLES, given_names
from pipeline.tag.words import (CALENDAR_WORDS, CONNECTORS, COUNT_WORDS, GENERIC_WORDS, JOB_WORDS, NATION_ADJECTIVES,
                                NOT_NAME_STARTS, ORG_HEADS, PROGRAMME_NOUNS, TITLE_ENDS)
from pipeline.tag.boundaries import names_a_thing
from pipeline.tag.brands import PARTIES
from pipeline.tag.grant_lists import listed_recipients, table_organisations
from pipeline.tag.kinds import named_by_kind

KINDS_OF_BODY = (
    r"charity|charities|social enterprise|company|firm|business|retailer|supermarket|bank|building society|network"
    r"|organisation|organization|co-operative|cooperative|co-op|trust|foundation|funder|grant-?maker|think[- ]tank"
    r"|umbrella body|campaign group|pressure group|consultancy|partnership|association|body|newspaper|broadcaster"
    r"|community group|group|broker|insurer|brewery|hospice|provider|manufacturer|ensemble|choir|orchestra|developer|operator"
    r"|contractor|supplier|distillery|distiller|enterprise"
)
"""Words that say what kind of body a name is ("Cafédirect, the first coffee company")."""
_NAME_RUN = (r"(?:[A-Z]|\d+[A-Z])[\w'’&-]*(?:(?:[ ](?:the|of|for|on|to)(?:[ ]the)?)?[ ](?:[A-Z]|\d+[A-Z]|&)[\w'’&-]*"
             r"|[ ]in[ ][A-Z][a-z]+s(?![\w'’-])|[ ]\d+\b){0,3}")
"""Up to four capitalised words, with "the", "of", "for", "on" or "to" (and "the") between them, "in" before a plural,
or a number after ("Foundation 92", "Riding for the Disabled", "Faith in Families"; a place after "in" is cut)."""
_NAME_END = r"(?![\w'’&-]| [A-Z]| of (?:the )?[A-Z])"
"""After a name: not inside a word, nor before another capitalised word or "of" and one (the name would be longer:
"the Cornwall Area of Outstanding Natural Beauty Trust")."""
_NOT_A_ROLE = r"(?!['’]s\b|\s+(?:chief|executive|director|chair|manager|head|secretary|member))"
"""After a kind of body, a role makes the phrase a person's ("Nigel Higgins, the group chief executive", "the
charity's founder")."""
_FILLER = r"(?:(?!of\s)[\w’'-]+\s+)"
"""A word between "a"/"the" and the kind of body; not "of" ("a trustee of the charity" describes a person)."""
_DESCRIBED_AFTER = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_RUN})(?:\s+in\s+[A-Z][\w'’-]+)?(?:,|\s[-–—])\s+(?:which\s+is\s+)?(?:a|an|the)\s+{_FILLER}{{0,4}}?"
    rf"(?:{KINDS_OF_BODY})\b{_NOT_A_ROLE}")
_DESCRIBED_BEFORE = re.compile(rf"\b(?:{KINDS_OF_BODY}),?[ ][“\"‘']?(?P<name>{_NAME_RUN}){_NAME_END}")
_PROGRAMME_AFTER = re.compile(rf"\s+(?i:{PROGRAMME_NOUNS})\b")
_KIND_AFTER = re.compile(rf"\s+(?:{KINDS_OF_BODY})\b")
_DESCRIBED_IS = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_RUN})\s+(?:is|was)\s+(?:one\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:groups|organisations|organizations|charities)|(?:a|an)\s+{_FILLER}{{0,4}}?(?:{KINDS_OF_BODY}))\b{_NOT_A_ROLE}")
_DESCRIBED_BY_ROLE = re.compile(
    rf"\b(?:chairman|chairwoman|chairperson|chair|(?P<head>chief executive|CEO|founder|co-founder)|director|trustee|president|patron"
    rf"|(?P<titled>Chairman|Chairwoman|Chairperson|Chair|President|Patron|Director|Managing Director|Executive Director)"
    rf"(?P<said>(?=\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){{0,2}}[\w'’&-]+,?\s+(?:said|says|added)\b))?)"
    rf"\s+(?:of|at)\s+"
    rf"(?:the\s+)?(?P<name>{_NAME_RUN})(?![\w'’&-]| [A-Z]| of| for| and)")
_DESCRIBED_BEFORE_ROLE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_RUN})\s+(?:(?P<head>(?i:chief executive)|CEO)(?=,)|(?:chief executive|CEO|director|chair(?:man|woman)?"
    rf"|spokes(?:man|woman|person)|founder)\s+[A-Z][a-z]+\s+[A-Z])")
"""A body before its officer's role and name ("Oxfam director Jo Bloggs"), or before its head's role and a comma
("David Wright, Chyps chief executive, said"; "Teresa Canavan, Rural Action Chief Executive, explained"; "Tandem CEO, Alex
Mollart")."""
_GRANT_RECIPIENT = re.compile(
    rf"(?m)(?:^[ \t]*(?:[•*·–-]\s*|\(?\d{{1,2}}[.)]\s*)?|(?<=\. )|(?<=, )|(?<= and ))(?P<name>{_NAME_RUN})(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,?\s+"
    r"(?:(?:previously|recently|already|also|now|successfully|today|yesterday|this\s+week)\s+)?(?:(?:will|has|have|is to|are to)"
    r"\s+(?:also\s+)?(?:receive|received|see|get|use|be awarded|been awarded|been given|benefit(?:t?ed)? from (?:an? )?(?:award|grant))"
    r"|received|receives|receive|benefit(?:t?ed)? from (?:an? )?(?:award|grant)"
    r"|was awarded|were awarded|is awarded|are awarded|gets|wins|won|gains|gained|secures|secured|requested|requests|applied for|applies for"
    r"|application for|bid for)\b[^.\n]{0,40}?(?:£|\bfunding\b|\bmoney\b|\b(?:a|an)\s+(?:[\w-]+\s+)?grant\b)")
_WENT_TO = re.compile(
    rf"\b(?:award|grant|sum)\s+of\s+£[\d,.]+\s?(?:m|k|million)?\s+(?:went|goes|has gone|was given|was paid)\s+to\s+"
    rf"(?:the\s+)?(?P<name>{_NAME_RUN}(?:\s+in\s+[A-Z][\w'’-]+)?){_NAME_END}")
"""A grant's recipient after "went to": "The largest award of £2,500 went to Littlehampton Shopmobility in West Sussex" (a
cheque's or a donation's is ``_GIVEN_TO``'s)."""
_BOTH_AWARDED = re.compile(
    rf"(?<![\w'’&-])(?P<first>{_NAME_RUN}) (?:and|&) (?P<name>{_NAME_RUN}),? (?:have|were|will) both (?:been )?"
    r"(?:awarded|received|given|receive|get)\b")
"""Two recipients of one grant: "Space4U and Techniquest have both been awarded money"."""
_LONG_NAME_RUN = _NAME_RUN.replace("{0,3}", "{0,6}")
_RENAMED = re.compile(
    rf"(?<![\w'’&-])(?P<name>{_LONG_NAME_RUN})(?:,|\s+(?:was|is))?\s+(?:previously|formerly)\s+(?:known\s+as|called|named)\s+"
    rf"(?:the\s+)?(?P<old>{_LONG_NAME_RUN}){_NAME_END}")
"""A body and its former name: "Supporting Communities, previously known as NI Tenants Action Project", "Material Focus was
previously known as the WEEE Fund"."""
_GRANT_FOR = re.compile(
    rf"£[\d,.]+\s?(?:m|k|million)?\s+(?:for|to)\s+(?:the\s+)?(?P<name>{_NAME_RUN}(?:\s+in\s+[A-Z][a-z]+)?)(?:,\s+[A-Z][a-z]+)?"
    rf"(?:\s+to\s+[a-z]|,\s+(?:a|an)\s+[a-z])")
"""A grant list's recipient: "£250,000 for Krishna Cymru, Cardiff to refurbish …", "£9,980 for Blind in Business to offer …",
"£143,333 for New Start Highland in Inverness, a hub to …"."""
_AWARDED_TO = re.compile(
    rf"(?:\b(?:was|were|been|be)\s+(?:also\s+)?(?:awarded|allocated)|\baward(?:ed)?\s+£[\d,.]+\s?(?:m|k|million)?"
    rf"|£[\d,.]+\s?(?:m|k|million)?\s+(?:award|grant))\s+to\s+(?:the\s+)?"
    rf"(?P<name>{_NAME_RUN}){_NAME_END}(?! in (?:the )?[A-Z])")
"""A grant's recipient after "awarded to": "£18,000 was awarded to Evanton Community Trust", "agreed to award £275,000 to the
Mallaig and District Swimming Pool", "£10,000 award to Support for Ordinary Living"; not a place's first words ("Stanford in the Vale Parish Council")."""
_QUOTED_ALIAS = re.compile(rf"(?P<body>{_NAME_RUN}) \([‘'“\"](?P<name>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){{0,2}})[’'”\"]\)")
"""A body's short name defined in quotes after it: "the Mid Wales Community Energy Trust (‘Windfall’)"."""
_APPLICANT = re.compile(
    rf"(?m)^[ \t]*(?:Applicant|Lead applicant|Applicant organisation|Grantee|Grant holder)s?:[ \t]*(?P<name>{_NAME_RUN})[ \t]*$")
"""A grant decision's applicant line: "Applicant: Inspirate"."""
_SPEAKER_FROM = re.compile(
    rf"\b(?:(?P<title>{TITLES}) )?(?!(?:The|A|An|This|That) )(?P<speaker>[A-Z][a-z]+ [A-Z][\w'’-]+)"
    rf"(?:,? (?:of|from) (?:the )?|(?(title), (?:the )?|(?!)))(?P<name>{_NAME_RUN}),?"
    r" (?:said|says|added|explained|commented|told|gave|delivered|spoke|presented|outlined)\b")
"""A speaker's body: "Morag Petrie of Stepping Stones said", "Mrs Vicky Wyer of Churchgate Resurgance PB delivered …", or
between commas after a titled speaker: "Mr Chris White, FC Comets, gave a verbal presentation"."""
_JOB_AFTER = re.compile(r",\s+(?:the\s+)?(?:acting\s+|deputy\s+|new\s+)?(?i:head|director|chief|manager|chair|secretary|officer|co-?ordinator"
                        r"|leader|minister)\b")
"""After a name, its bearer's job: the name is a person's ("the social justice group, Sheenagh Adams, head of …")."""
_BASED_BEFORE = re.compile(rf"\b[A-Z][\w]+(?:-| (?:[A-Z][\w]+ )?)based (?P<name>{_NAME_RUN})(?![\w'’&-])")
"""A name placed by "-based" before it: "Glasgow-based Impact Arts", "St Dogmaels based Bluegreen Cymru"."""
_POSSESSIVE_ROLE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_RUN})['’]s\s+(?:new\s+)?(?:chief executive|chief officer|CEO|director|chair(?:man|woman)?"
    rf"|founder|trustees|volunteers|staff|members|spokes(?:man|woman|person)|board|patron|AGM|annual general meeting|annual report"
    rf"|(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){{1,4}}(?:Manager|Officer|Director|Co-?ordinator|Adviser|Advisor))\b")
"""A body named by the people or meetings it has: "Tandem's chief executive", "Kettle Green's volunteers", "Rural Action
Derbyshire’s AGM", "Belfast Harbour’s Communications and Corporate Responsibility Manager"."""
_POSSESSIVE_PERSON = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_RUN})['’]s\s+(?P<next>[A-Z][a-z]+)\s+[A-Z][a-z]+,\s+(?:who|the|its|our)\b")
"""A body before its person's name, the person described after it: "Co-Ownership’s Gillian Hughes, who oversees …"."""
_PEOPLE_AT = re.compile(
    rf"\b(?:(?i:staff|volunteers|employees|workers|trustees|colleagues)\s+(?:at|from)|(?i:volunteers?)\s+with"
    rf"|(?i:representatives?|spokes(?:man|woman|person))\s+(?:from|for|of))\s+(?:the\s+)?(?P<name>{_NAME_RUN}){_NAME_END}")
"""A body named by the people who work there or speak for it: "staff at Kettle Green", "volunteers from Riverside
Larder", "a previous volunteer with UISCE", "a representative from Merlin"."""
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$")
_NOT_GOING_ON = r"(?! (?:and|&) (?!The )[A-Z]|, [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,| and | &))"
"""Not before "and" and a capitalised word, nor a comma and a list: the name may go on ("Department for Energy and
Climate Change", "Department of Agriculture, Environment and Rural Affairs")."""
_SPONSORS_BEFORE = re.compile(rf"\b(?:our|the|its|their)\s+(?:main\s+|kind\s+|generous\s+)?(?:sponsors|funders)\s*:?\s+(?:the\s+)?"
                              rf"(?P<name>{_NAME_RUN}){_NAME_END}")
"""The first of a body's sponsors named after the word, a firm though it reads as a person's name ("thank our sponsors Arnold
Clark, Clyde Gateway, …")."""
_BACKED_BY = re.compile(
    rf"\b(?:sponsored|funded|part-funded|backed|donated|supported|presented|[Oo]rgani[sz]ed|employed)\s+by\s+(?:the\s+)?"
    rf"(?P<name>{_NAME_RUN}){_NAME_END}{_NOT_GOING_ON}"
    rf"|\b(?:grants?|funding|donations?|sponsorship|(?:sponsorship\s+)?money)\s+from\s+(?:the\s+)?(?P<giver>{_NAME_RUN}){_NAME_END}{_NOT_GOING_ON}"
    rf"|\bin\s+partnership\s+with\s+(?:the\s+)?(?P<partner>{_NAME_RUN}){_NAME_END}{_NOT_GOING_ON}")
"""A body that pays for something or someone: "sponsored by Novelis", "donated by Crown Paints", "a grant from Wexcombe",
"employed by Bilfinger", or works with another: "in partnership with Poppy Scotland"."""
_GIVEN_TO = re.compile(
    rf"\b(?:cheque|donation)s?\b[^.\n]{{0,40}}?\s(?:to|for)\s+(?:the\s+)?(?P<name>{_NAME_RUN}){_NAME_END}{_NOT_GOING_ON}")
"""A body a cheque or a donation goes to: "handed over their largest ever cheque - for £45,000 - to Action Cancer"."""
_APPEAL_AFTER = re.compile(r"\s+(?:charity\s+)?appeal\b")
_RAISED_FOR = re.compile(
    rf"\braised\s+(?:over\s+|more\s+than\s+|almost\s+)?£[\d,.]+(?:\s?(?:m|k|million))?\s+for\s+(?:the\s+)?(?P<name>{_NAME_RUN})"
    rf"{_NAME_END}{_NOT_GOING_ON}")
"""A body money was raised for: "raised £41,000 for Air Ambulance Northern Ireland"."""
_JOINED_AS = re.compile(rf"\bjoined\s+(?:the\s+)?(?P<name>{_NAME_RUN})\s+as\s+(?:a|an|its|the)\b")
"""A body someone joined in a role: "joined Orchard Link as a trustee"."""
_RUN_BY = re.compile(
    rf"\b(?:administered|managed|run|delivered|operated|organised|organized|hosted|co-?ordinated)\s+by\s+the\s+"
    rf"(?P<name>{_NAME_RUN}){_NAME_END}")
"""A body that runs something: "a grant fund administered by the Social Investment Business"."""
_TO_MANAGE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_RUN})\s+(?:(?:is|are)\s+set\s+to|will|to)\s+"
    rf"(?:manage|administer|take\s+over\s+(?:the\s+)?(?:management|administration|running))\b")
"""A body given something to manage: "appointed the Adventure Capital Fund to manage …", "The Adventure Capital Fund is
set to take over the management of …" (a fund that manages is a body, not a programme)."""
_WITNESS_BODY = re.compile(
    rf"\b[A-Z][\w'’-]+,\s+(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{'|'.join(sorted(JOB_WORDS | TITLE_ENDS))}),\s+(?:the\s+)?"
    rf"(?P<name>{_NAME_RUN})(?=,\s+(?P<next>[A-Z][a-z]+)\s+[A-Z]|[.;:]|\s+said\b|\s*$)", re.MULTILINE)
"""A body after a person's job in a list of witnesses or speakers: "Laura Hopper, Chief Executive Officer, Plan Zheroes,
Vera Zakharov, …", "Tim Baster, Executive Director, COIN said"."""
_CREDIT_BODY = re.compile(rf"(?m){CREDIT_OPENER}[A-Z][\w.'’ -]{{2,40}}/"
                          rf"(?P<name>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){{0,3}})(?=\s*$|\.\s|,)")
"""A photograph credit's body after the photographer: "Photo: Hans J Marter/Shetland News"."""
_TRADING_AS = re.compile(rf"\btrading\s+as\s+(?P<name>(?:[A-Z]\.){{1,3}}\s?{_NAME_RUN}|{_NAME_RUN}){_NAME_END}")
"""A sole trader's business: "John Millen, trading as K.M. Millen Grab Hire"."""
_TRADES = (r"(?:architects|solicitors|accountants|contractors|consultants|surveyors|builders|engineers|lawyers|auctioneers|specialists"
           r"|distillers|brewers|retailers|developers|manufacturers|suppliers|housebuilders|advisers|advisors|owners|operators)")
_TRADE_BEFORE = re.compile(rf"\b{_TRADES}(?:\s+and\s+(?:[a-z]+\s+)?{_TRADES})?,?\s+(?P<name>{_NAME_RUN}){_NAME_END}")
"""A firm after its trade in the plural: "architects Inkpen Downie", "wind farm owners Ventient Energy", "accountants and
business advisers Cassons" (after "architect" the name is a person's)."""
_PLACE_OPENERS = {"Lake", "Loch", "Lough", "River", "Mount", "Isle"}
"""First words of a lake's, river's or hill's name: with one word after, a place ("Lake Windermere")."""
_REGION = re.compile(r"(?:Co\.?|County) [A-Z][a-z]+|(?:North|South|East|West)(?:[- ](?:East|West))?[- ][A-Z][a-z]+")
"""A county or a region, never a body however the sentence describes it ("…, a leading agri-food business, Co Down")."""
_SAID_AFTER = re.compile(r",?\s+(?:said|says|added|explained)\b")
"""After a kind of body and a name: the name is the speaker's ("the amenity trust Mick Clifton said")."""
_THE_NAME_KIND = re.compile(
    rf"\b[Tt]he\s+(?P<name>{_NAME_RUN})\s+(?:charity|organisation|organization|social enterprise|community group|group)"
    rf"\s+(?:is|was|has|have|will|would|said|says|received|receives|got|gets|won|runs|aims)\b")
"""A name between "the" and a kind of body, as the sentence's subject: "The Space2Face Shetland charity is getting …"."""
_KIND_LIKE = re.compile(
    rf"\b(?:organisations|organizations|charities|companies|businesses|groups)\s+(?:like|such as)\s+(?:the\s+)?"
    rf"(?P<name>{_NAME_RUN}){_NAME_END}")
"""The first of the bodies a kind is exemplified by: "organisations like Johnsey Estates"."""


def _grant_recipients(text: str) -> list[Found]:
    """Names a grant went to or was asked for by ("Unlock has been awarded funding", "… received £500", "(1) Llandogo Hall
    requested £5,200", "Reeves Community Orchard application for £589", "Space4U and Techniquest have both been awarded", "an
    award of £2,500 went to Littlehampton Shopmobility", "MYTIME Young Carers has also benefited from an award of £2000");
    not a person ("Jane Smith received £500"), a place, nor the end of a longer name
    ("… Community and Environmental Association")."""
    found = []
    for m in (*_GRANT_RECIPIENT.finditer(text), *_AWARDED_TO.finditer(text), *_WENT_TO.finditer(text)):
        words = m["name"].split()
        before = text[max(0, m.start() - 30):m.start()].split()
        if words[0] in NOT_NAME_STARTS | COUNT_WORDS | {"The", "A", "An", "It", "We", "They", "This"} or (
                len(words) == 2 and words[0] in given_names()):
            continue
        if len(before) >= 2 and before[-1] == "and" and before[-2][0].isupper() or m["name"] in places():
            continue  # "Wales will receive £…": a place
        if m.re is _AWARDED_TO and _PROGRAMME_AFTER.match(text, m.end()):
            continue  # "allocated to the Community First programme"
        name = m["name"]
        placed = re.search(r" in (?P<place>[A-Z][\w'’-]+)$", name)
        if placed and placed["place"] in places():
            name = name[:placed.start()]  # "awarded to Barnardo’s in Leeds"
        if not re.search(r"\bSt\.? \S+$", name):  # a saint's possessive is the name's: "Ballymaguigan St Trea’s"
            name = re.sub(r"['’]s$", "", name)  # "ACEVO's bid for a strategic grant"
        based = re.match(r"[\w'’-]+-based ", name)  # "Glasgow-based Bike for Good"
        opened = m.start("name") + (based.end() if based else 0)
        found.append(Found(opened, m.start("name") + len(name), name[based.end():] if based else name))
    for m in _BOTH_AWARDED.finditer(text) if " both " in text else ():
        found += [Found(m.start(g), m.end(g), m[g]) for g in ("first", "name")
                  if m[g] not in places() and m[g].split()[0] not in given_names() | NOT_NAME_STARTS]
    return found


def _renamed_bodies(text: str) -> list[Found]:
    """A body's names before and after a renaming ("Supporting Communities, previously known as NI Tenants Action
    Project"), each a body's though its last word may be a project's."""
    if "previously" not in text and "formerly" not in text:
        return []
    return [Found(m.start(g), m.end(g), m[g]) for m in _RENAMED.finditer(text) for g in ("name", "old")
            if m[g] not in places() and m[g].split()[0] not in given_names() | NOT_NAME_STARTS | {"The"}
            and could_be_name(m[g].removesuffix(" Project").removesuffix(" Initiative"))]


_HEADED_PARAGRAPH = re.compile(rf"(?m)^(?:The\s)?(?P<name>{_NAME_RUN}):\s+(?P<rest>[^\n]{{0,120}})")
_KIND = re.compile(rf"\b(?:{KINDS_OF_BODY})\b", re.IGNORECASE)


def _headed_paragraphs(text: str) -> list[Found]:
    """Paragraphs each headed by a name and a colon, when one of them says its name is a body's
    ("Foundation 92: The Salford-based charity …", "Trees for Life: Trees for Life is …"); not a
    speaker's name in a transcript nor a common word ("Witnesses:")."""
    headed = list(_HEADED_PARAGRAPH.finditer(text))
    if len(headed) < 2 or not any(_KIND.search(m["rest"]) for m in headed):
        return []
    return [Found(m.start("name"), m.end("name"), m["name"]) for m in headed  # not Hansard's speakers
            if not re.match(rf"{TITLES} ", m["name"]) and m["name"].split()[0] not in given_names()  # "Miss McIntosh:", "Sam Younger:"
            and m["name"].lower() not in common_words() and not _ADVISER.fullmatch(m["name"])  # "Witnesses:", "Auditors:"
            and not re.search(r"-[a-z]", m["name"])]  # "Runners-up:"


_ADVISER = re.compile(r"(?i:(?:independent |internal |external )?(?:auditors?|solicitors?|bankers?|accountants?|examiner"
                      r"|(?:investment|legal) (?:advisers?|advisors?|managers?)))")
_ADVISER_LINE = re.compile(rf"(?m)^[ \t]*{_ADVISER.pattern}[ \t]*:[ \t]*(?P<name>[A-Z][^,;:()\n]{{1,60}}?)[ \t]*(?:[,;(]|$)")
"""A report's line naming a body's auditors, solicitors or bankers: "Auditors: Robinson Reed Layton, Peat House, …"."""
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-Z][\w'’-]* $")
_CAPITALISED_NEXT = re.compile(r" [A-Z]")
_BODIES_BY_THEIR_WORK = {"Project", "Initiative", "Appeal"}
"""Last words that make a name a programme's unless the sentence says it is a body ("Glasgow Wood Recycling Project, a
social enterprise")."""
_AGENT_NOUN = re.compile(r"[a-z]+(?:er|or)\b")
"""A kind of body that may also be a person's trade ("developer Michael McNamara")."""
_PARTNERS_FIRM = re.compile(
    r"(?<![\w&'’-])(?<![A-Z][a-z]\s)(?P<first>(?:Mc|Mac)?[A-Z][a-z]+) & (?P<second>(?:Mc|Mac)?[A-Z][a-z]+)(?![\w&'’-]| [A-Z])")
"""Two capitalised words joined by "&" and standing alone, a firm named after its founders ("Gordon & MacPhail",
"Marks & Spencer"): one of them, not both, a name a person may bear ("Mike & Carolyn" are two people), neither a place
("Tyne & Wear") nor a day."""


def _partners_firms(text: str) -> list[Found]:
    """The founders' firms ``_PARTNERS_FIRM`` finds in ``text``."""
    return [Found(m.start(), m.end(), m.group()) for m in _PARTNERS_FIRM.finditer(text)
            if (m["first"] in given_names()) != (m["second"] in given_names())  # not "Frodsham & Helsby" (places), "Mike & Carolyn"
            and not {m["first"], m["second"], m.group().replace("&", "and")} & (places() | CALENDAR_WORDS)
            and not any(re.fullmatch(TITLES, w) for w in (m["first"], m["second"]))]


def _heads_a_body(word: str, common_allowed: bool) -> bool:
    """Whether one word beside a head's role names the body ("chief executive of 4Children", "Chyps
    chief executive,", "Chairperson of Recap said"): not a place, a month or a generic word, nor,
    unless ``common_allowed``, a common word ("Interim CEO, …", "Director of Planning, said")."""
    return (word not in places() and word not in NATION_ADJECTIVES and word not in CALENDAR_WORDS
            and word.lower() not in GENERIC_WORDS and (common_allowed or word.lower() not in common_words()))


def described_organisations(text: str) -> list[Found]:
    """Capitalised names the sentence says are a body ("Producers Direct, a UK charity that …",
    "the food redistribution charity FareShare", "Lancashire's social enterprise network, Selnet"),
    a body named by its people, what it runs, a grant or a gift ("Tandem's chief executive", "staff at
    Kettle Green", "administered by the Social Investment Business", "£25,000 for Mentoring for All
    to …", "a cheque to Action Cancer", "raised £500 for Ashgrove Hospice"), a photograph's credit ("Photo: Hans J Marter/Shetland News"), a grant list's recipients
    ("• Greenhill Remakery will receive £9,000", a table's "Organisation" column), a numbered scout or guide group ("4th Frodsham Scouts"),
    a place's young farmers ("Craven Arms Young Farmers"), a firm after its trade ("architects Inkpen Downie") or a
    trader's ("trading as K.M. Millen Grab Hire"), a firm named after its founders ("Gordon & MacPhail"), a report's auditors,
    solicitors or bankers ("Auditors: Robinson Reed Layton"), and every other
    mention of those names in the text."""
    found = []
    for pattern in (_DESCRIBED_AFTER, _DESCRIBED_BEFORE, _DESCRIBED_IS, _DESCRIBED_BY_ROLE, _DESCRIBED_BEFORE_ROLE, _SPEAKER_FROM,
                    _BASED_BEFORE, _POSSESSIVE_ROLE, _PEOPLE_AT, _JOINED_AS, _QUOTED_ALIAS, _APPLICANT, _GIVEN_TO, _RAISED_FOR, _RUN_BY, _GRANT_FOR, _THE_NAME_KIND, _KIND_LIKE,
                    _BACKED_BY, _SPONSORS_BEFORE, _TO_MANAGE, _WITNESS_BODY, _POSSESSIVE_PERSON, _CREDIT_BODY, _TRADE_BEFORE,
                    _TRADING_AS):
        for m in pattern.finditer(text):
            group = next((g for g in ("giver", "partner") if pattern is _BACKED_BY and m[g]), "name")
            if pattern in (_BACKED_BY, _GIVEN_TO) and (re.search(r"['’]s\s|\+", text[m.start(group):m.end(group) + 1])
                                                       or _PROGRAMME_AFTER.match(text, m.end(group)) or _APPEAL_AFTER.match(text, m.end(group))):
                continue  # "funding from EU’s Life+ programme": a body's programme; "donations from the … scheme": a scheme
            named_as = re.sub(r"['’]s$", "", m[group])  # "Brighton Energy Co-operative’s chairman"
            words = named_as.split()
            if len(words) > 2 and words[-2] == "in" and words[-1] in places():
                words = words[:-2]  # "£5,000 for Hill Farm Group in Leeds to …"
                named_as = re.sub(r"\s+in\s+\S+$", "", named_as)
            if len(words) > 1 and re.fullmatch(TITLES, words[0]) and words[0] not in {"President", "Mayor"}:
                continue  # "funded by Lord Ashcroft": a person
            while words and (words[0] in NOT_NAME_STARTS | {"The", "THE", "A", "An"} | JOB_WORDS or words[0].endswith("-based")):
                words.pop(0)  # "from Glasgow-based Impact Arts, spoke"
            words = words[person_before(words):]  # "Patrick Twist of Pinsent Masons, the law firm"
            if len(words) > 1 and ends_a_name(words[0]):
                words = words[1:]  # "chair of BIG’s England Committee": the body's unit
            said = pattern is _DESCRIBED_BY_ROLE and m["said"] is not None  # "Chairperson of Recap said"
            if pattern in (_DESCRIBED_BY_ROLE, _DESCRIBED_BEFORE_ROLE) and len(words) == 1 and not words[0].isupper() and not (
                    m["head"] and _heads_a_body(words[0], common_allowed=pattern is _DESCRIBED_BY_ROLE)
                    or said and _heads_a_body(words[0], common_allowed=False)):
                continue  # "director of Planning", "Marketing director Jo": one capitalised word is no evidence
            if (said or pattern is _DESCRIBED_BY_ROLE and m["titled"]) and all(w.lower() in common_words() | CONNECTORS | {"&"} or w.endswith("ing") for w in words):
                continue  # "Director of Environmental Services, said", "Chair of Planning Committee": a department's common words
            if words and (words[-1].endswith(("'", "’")) or words[-1].endswith("-based")):
                continue  # "charity CEOs’ salaries": a plural's possessive is no name; "charity, Liverpool-based …": where
            if pattern is _DESCRIBED_BEFORE and _KIND_AFTER.match(text, m.end(group)):
                continue  # "… Toddler group, Zumba group": a list of kinds of group, the name no body's
            if pattern in (_DESCRIBED_BEFORE, _SPEAKER_FROM) and _JOB_AFTER.match(text, m.end(group)) or pattern is _SPEAKER_FROM and (
                    m["title"] and JOB_WORDS & set(words) or m["speaker"].split()[-1].lower() in ORG_HEADS):
                continue  # "…, Sheenagh Adams, head of …": a person; "Mr Tom Hall, Chief Officer, said": a job; "Diocese of St
                # Asaph gave": a body, no speaker
            if ((pattern is _DESCRIBED_BEFORE and ("," in text[m.start():m.start(group)] or _SAID_AFTER.match(text, m.end(group))
                                                  or _AGENT_NOUN.match(m.group()))
                 or pattern in (_BACKED_BY, _PEOPLE_AT, _TO_MANAGE, _TRADE_BEFORE, _JOINED_AS, _GIVEN_TO, _RAISED_FOR, _DESCRIBED_BEFORE_ROLE))
                    and 0 < len(words) <= 3 and words[0] in given_names() and words[-1].lower() not in ORG_HEADS):
                continue  # "the partnership, Charlie McConnell, …", "funded by Jo Bloggs", a signature's "Amy Coyte Chief Executive,
                # Bat Conservation Trust": a person
            if pattern in (_WITNESS_BODY, _POSSESSIVE_PERSON) and m["next"] and m["next"] not in given_names():
                continue  # "Assistant Director, External Affairs, National Trust": the next item is no person's name
            if pattern is _POSSESSIVE_ROLE and len(words) == 1 and words[0] in given_names():
                continue  # "John’s Project Manager": a person's
            if pattern is _QUOTED_ALIAS and (m["body"].split()[-1].lower() not in ORG_HEADS or named_as.lower() in common_words()):
                continue  # "the scheme (‘Windfall’)": no body's short name
            if (pattern is _PEOPLE_AT and _FOR_BEFORE.search(text, m.start(), m.start(group)) and len(words) > 1
                    and all(w.lower() in common_words() and w.lower() not in ORG_HEADS for w in words)):
                continue  # "spokesperson for Waste Management": a portfolio of common words, not a body
            if pattern in (_POSSESSIVE_ROLE, _PEOPLE_AT) and words and re.search(r"[a-z][^s']s$", words[-1]):
                continue  # "volunteers from Village Halls": a plural is a kind of place or body, not a name
            # the two words before the name, not the pattern's own ("Chairperson of Lilac Cancer Support")
            before = text[max(0, m.start() - 40):m.start()].split()[-2:] if m.start(group) == m.start() else []
            longer_allowed = pattern in (_DESCRIBED_BEFORE, _TRADING_AS, _KIND_LIKE) or words and words[-1] in _BODIES_BY_THEIR_WORK
            if not words or len(words) > 3 and not longer_allowed or (pattern is not _SPEAKER_FROM and not said
                    and len(before) == 2 and before[1] in CONNECTORS and before[0][0].isupper()
                    and not (before[0].endswith(",") and before[1] in {"of", "from"})):
                continue  # "Power to Change, the independent trust": a longer name, the registry's or the rules' (not "Shan
                # Williams, of 4CG, a community group")
            name = " ".join(words)
            end = m.start(group) + len(named_as)
            start = end - len(name)
            named = could_be_name(name) or (pattern in (_DESCRIBED_AFTER, _DESCRIBED_IS) and words[-1] in _BODIES_BY_THEIR_WORK
                                            and could_be_name(" ".join(words[:-1])))  # "… Project, a Drumchapel-based social enterprise"
            if (named and not names_a_thing(text, m.end(group)) and not all(w.lower() in GENERIC_WORDS for w in words)
                    and name not in PARTIES  # "the Labour group": a party, named by party_mentions
                    and not CALENDAR_WORDS & set(words) and not words[0].endswith("ly") and not _REGION.fullmatch(name)
                    and not (len(words) == 2 and words[0] in _PLACE_OPENERS)  # "Lake Windermere has been awarded …": a place
                    and not (pattern in (_GIVEN_TO, _RAISED_FOR) and name in places())  # "a cheque to Belfast"
                    and not (len(words) == 1 and name.lower() in common_words() and _CAPITALISED_NEXT.match(text, end))):
                # "allocated to the Waste Implementation Programme": a common word cut from a longer name
                found.append(Found(start, end, name))
    found += [f for f in (*_grant_recipients(text), *table_organisations(text), *_headed_paragraphs(text)) if could_be_name(f.text)]
    found += [f for f in listed_recipients(text) if could_be_name(f.text.removesuffix(" Project"))]  # a list's project is a
    # recipient like any other ("The Springboard Project - £1500")
    found += named_by_kind(text) + _renamed_bodies(text)
    found += [Found(m.start("name"), m.end("name"), m["name"]) for m in _ADVISER_LINE.finditer(text) if could_be_name(m["name"])]
    found += _partners_firms(text)
    for name in {f.text for f in found}:  # not where a programme's word follows: "The Rivercare project" after "Rivercare’s Project Officer"
        found += [Found(m.start(), m.end(), name) for m in re.finditer(rf"(?<![\w'’&-]){re.escape(name)}(?![\w&-])", text)
                  if not _PROGRAMME_AFTER.match(text, m.end()) and not (  # nor inside a longer name: "Bridgnorth Rugby Club"
                      _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _CAPITALISED_NEXT.match(text, m.end())
                      and not in_a_headline(text, m.start(), m.end()))]
    return sorted(set(found), key=lambda f: (f.start, f.end))
