"""RL309: one person, one name: "Robert T. Lane", then "Bob Lane", "Robert Lane" or "Robert T Lane"."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ...model import SOMETIMES_SAFE, Context, Finding, Fix, Span
from ..spec import rule
from .house import groups

# Short forms of given names; each maps to the forms it stands for.
_NICKNAMES = {
    "bob": "robert", "rob": "robert", "bobby": "robert", "bill": "william", "will": "william", "billy": "william",
    "jim": "james", "jimmy": "james", "mike": "michael", "mick": "michael", "tom": "thomas", "tommy": "thomas",
    "dave": "david", "chris": "christopher", "kate": "katherine", "katie": "katherine", "liz": "elizabeth",
    "beth": "elizabeth", "dan": "daniel", "danny": "daniel", "joe": "joseph", "steve": "steven", "ben": "benjamin",
    "matt": "matthew", "nick": "nicholas", "tony": "anthony", "andy": "andrew", "drew": "andrew", "alex": "alexander",
    "sam": "samuel", "pat": "patrick", "rick": "richard", "dick": "richard", "rich": "richard", "jon": "jonathan",
    "ed": "edward", "ted": "edward", "jeff": "jeffrey", "greg": "gregory", "jen": "jennifer", "jenny": "jennifer",
    "sue": "susan", "meg": "margaret", "peggy": "margaret", "maggie": "margaret", "larry": "lawrence",
    "jerry": "gerald", "ron": "ronald", "don": "donald", "doug": "douglas", "ken": "kenneth", "tim": "timothy",
    "vicky": "victoria", "fred": "frederick", "charlie": "charles", "chuck": "charles", "hank": "henry",
    "jack": "john", "johnny": "john", "abby": "abigail", "becky": "rebecca", "cathy": "catherine", "deb": "deborah",
    "debbie": "deborah", "jess": "jessica", "mandy": "amanda", "nate": "nathan", "pete": "peter", "phil": "phillip",
    "ray": "raymond", "stan": "stanley", "walt": "walter", "zach": "zachary",
}
_GIVEN_WORD = r"\p{Lu}[\p{Ll}'’-]+"


def _plain(word: str) -> str:
    """The word without its diacritics: "Muñoz" -> "Munoz"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def _same_given(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or _NICKNAMES.get(a) == b or _NICKNAMES.get(b) == a or (_NICKNAMES.get(a) or a) == (_NICKNAMES.get(b) or b)


@lru_cache(maxsize=512)
def _form_pattern(family: str):
    return regex.compile(rf"(?<![\p{{L}}.])(?P<given>{_GIVEN_WORD})(?:[ \t]+(?P<initial>\p{{Lu}})(?P<period>\.)?)?"
                         rf"[ \t]+(?P<family>{regex.escape(family)})(?![\p{{L}}])(?![ \t]+\p{{Lu}})")


def _forms(prose: str, family: str, spans: list[Span]):
    """Every "Given [I.] Family" written in ``spans``, in text order."""
    pattern = _form_pattern(family)
    for span in spans:
        for m in pattern.finditer(prose, span.start, span.end):
            yield m


@rule("RL309", "name-variant", severity="info", fix=SOMETIMES_SAFE)
def name_variant(release, ctx: Context):
    """One person is named two ways in one release: `Robert T. Lane`, `Bob Lane`, `Robert T Lane`.

    ## What it checks
    For each person the release names in full, every later full form with the same family name:
    a short given name for the full one (`Bob Lane` after `Robert T. Lane`), a middle initial
    dropped or changed (`Robert Lane`), a middle initial without its period (`Robert T Lane`), and
    a family name with and without its diacritics (`Munoz` after `Muñoz`). Each is reported against
    the release's first full form. Two given names that are not forms of one name (`Jane Roe`,
    `John Roe`) are two people, and a name inside a longer one (`Craig Zinn Automotive Group`) or a
    quotation is left alone.

    ## Why
    AP names a person the same way throughout; two forms make a reader ask whether there are two
    people, and a search for one misses the other.

    ## Fix
    Safe for a missing period after an initial and for a diacritic (the first form's spelling is
    written); none for the other variants: the writer knows which form the person uses.

    ## Examples
    ```bad
    Robert T. Lane, CEO of Acme, met Ana Muñoz, CFO of Beta. Later, Robert T Lane and Bob Lane thanked Ana Munoz.
    ```
    ```fixed
    Robert T. Lane, CEO of Acme, met Ana Muñoz, CFO of Beta. Later, Robert T. Lane and Bob Lane thanked Ana Muñoz.
    ```

    ```good
    Robert T. Lane, CEO of Acme, opened the plant. Later, Lane met Jane Lane, his sister.
    ```
    """
    prose = release.prose
    spans = [p.span for p in release.body] + [s for a in release.abouts for s in a.paragraphs]
    seen: set[str] = set()
    for group in groups(release).values():
        full = next((m for m in group if len(m.name_text.split()) >= 2), None)
        if full is None:
            continue
        family = full.name_text.split()[-1]
        for variant in dict.fromkeys((family, _plain(family))):  # in order, once each
            if variant.lower() in seen:
                continue
            seen.add(variant.lower())
            forms = [m for m in _forms(prose, variant, spans) if not release.in_quote(Span(m.start(), m.end()))]
            yield from _variants(release, full, forms)


def _variants(release, full, forms):
    words = full.name_text.split()
    first_given = words[0]
    first_initial = next((w[0] for w in words[1:-1] if len(w.rstrip(".")) == 1), None)
    first_family = words[-1]
    for m in forms:
        if m.start() <= full.name.start:
            continue
        given, initial, family = m.group("given"), m.group("initial"), m.group("family")
        if not _same_given(given, first_given):
            continue  # another person of the family
        span = Span(m.start(), m.end())
        if family != first_family and _plain(family) == _plain(first_family):
            at = Span(m.start("family"), m.end("family"))
            yield Finding(at, f"'{family}' is written '{first_family}' at the first mention of {full.name_text}",
                          Fix.replace(at, first_family, description=f"Write '{first_family}'"))
            continue
        if initial and not m.group("period") and initial == first_initial:
            at = Span(m.start("initial"), m.end("initial"))
            yield Finding(at, f"the middle initial in '{m.group()}' takes a period, as in {full.name_text}",
                          Fix.replace(at, f"{initial}.", description=f"Write '{initial}.'"))
            continue
        if given.lower() != first_given.lower() or initial != first_initial:  # a short given name, an initial dropped
            yield Finding(span, f"'{m.group()}' names {full.name_text} another way: AP uses one form of a name")
