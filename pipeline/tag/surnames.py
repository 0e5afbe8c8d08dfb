"""A person's surname alone ("Mr Benn", "Hurd added") where the text names the person in full."""
from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.tag.entities import Found
from pipeline.tag.person_names import NAME_WORD


def surname_mentions(text: str, full_names: Iterable[str]) -> list[tuple[Found, str]]:
    """(surname mention, the full name it stands for) for each person named in full in ``text``;
    a surname shared by two of them stands for neither; a name written in capitals is also found by its
    surname in title case."""
    by_surname: dict[str, set[str]] = {}
    for name in full_names:
        words = name.split()
        if len(words) > 1 and words[-1][0].isupper():
            by_surname.setdefault(words[-1], set()).add(name)
        if len(words) == 3 and re.fullmatch(NAME_WORD, words[1]):  # "Justin Davis Smith" … "Davis Smith"
            by_surname.setdefault(" ".join(words[1:]), set()).add(name)
    found = []
    for surname, names in by_surname.items():
        if len(names) == 1:
            forms = {surname, surname.title()} if surname.isupper() else {surname}  # "MARGARET HODGE" … "Hodge"
            for form in forms:  # not the first word of a longer name ("Somerset Wildlife Trust")
                for m in re.finditer(rf"(?<![\w'-]){re.escape(form)}(?![\w-])(?! [A-Z])", text):
                    found.append((Found(m.start(), m.end(), form), next(iter(names))))
    return found
