"""What one release shows the learner, as JSON data the cache can keep: the dateline's aspects,
every word written with a mark and how the body marks it, the people named with a title, the About
sections, tickers and the house conventions (quotes, percent, ranges, end mark, contact).

It reads the release as the rules read it (``relint.read``) and asks the rule families' own
public detectors (``titles_conflict``); ``unpack`` holds an observation to the shape ``observe``
writes, so a damaged cache entry is observed afresh rather than counted.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter

from ..checks.people.house import HONORIFIC_VALUES
from ..read.dateline import form_of, form_text, release_date
from ..read.figures import PERCENT
from ..read.furniture import DIALLABLE, EMAIL, TICKER_IN_PARENTHESES, listing
from ..read.marks import LEADING_FILLER, marked_terms
from ..read.people import TITLE_HEAD, mentions, person_key, title_text
from ..read.release import Release

_SYMBOLS = {"(R)": "®", "(TM)": "™", "(SM)": "℠"}
_DASHES = {"—": "em", "–": "en", "--": "double-hyphen", "-": "hyphen"}
HONORIFICS = frozenset(HONORIFIC_VALUES) - {"none"}  # the courtesy titles a registry entry can hold


def observe(release: Release) -> dict | None:
    """What one release shows, as JSON data (``Learner.take`` counts it; the cache keeps it); None
    for a file with no text, which shows nothing."""
    if not release.prose.strip():
        return None
    date = release_date(release)
    return {
        "path": release.path, "date": date.isoformat() if date else None,
        "dateline": _dateline(release), "marks": _marks(release), "people": _people(release),
        "about": bool(release.abouts), "abouts": _abouts(release), "tickers": _tickers(release),
        "conventions": _conventions(release),
    }


def _dateline(release: Release) -> dict | None:
    shape = form_of(release)
    if shape is None:
        return None
    city_case, place, order, year, month, dash, wire = shape
    aspects = []
    if city_case in ("caps", "title"):
        aspects.append(("city-case", city_case))
    if order in ("mdy", "dmy"):
        aspects.append(("date-order", order))
    if month in ("full", "ap"):  # "either": March to July read the same in both
        aspects.append(("month-style", month))
    if dash in _DASHES:
        aspects.append(("dash", _DASHES[dash]))
        dl = release.dateline
        written = release.text[dl.dash.start:dl.dash.end]
        before = release.text[dl.dash.start - 1:dl.dash.start] if dl.dash.start else ""
        spaced = written != written.strip() or before in (" ", "\u00a0")
        aspects.append(("dash-spacing", "spaced" if spaced else "closed"))
    aspects.append(("wire-tags", "wire tag" if wire == "wire tag" else "no wire tag"))
    aspects.append(("year", "year" if year == "year" else "no year"))
    return {"form": form_text(shape), "aspects": aspects}


def _marks(release: Release) -> list:
    """[term, symbols, the body's policy (None: no mention in the body), unmarked mentions, variants]."""
    prose = release.prose
    caught = []
    for term, span, symbol, _symbol_span in marked_terms(release):
        name = _mark_term(term)
        start = span.end - len(name)
        if prose[start:span.end] == name:
            while start > 0 and prose[start - 1].isalnum():  # "ioRinse™": a name may start in lower case
                start -= 1
            name = _extended(prose, prose[start:span.end], start)
        caught.append((name, _SYMBOLS.get(symbol, symbol)))
    written = {name for name, _ in caught}
    terms: dict[str, list[str]] = {}
    for name, symbol in caught:
        terms.setdefault(_shortest(name, written, prose), []).append(symbol)
    body = [p.span for p in release.body]
    tickers = [(m.start(), m.end()) for span in body
               for m in TICKER_IN_PARENTHESES.finditer(prose, span.start, span.end)]
    found = []
    for term, symbols in terms.items():
        # How the body marks it (About sections and legal names follow rules of their own).
        mentions = [m for span in body for m in _mentions(prose, term, span.start, span.end)
                    if not any(s <= m.start() < e for s, e in tickers)]
        exact = [m for m in mentions if m.group() == term]
        marked = sum(1 for m in exact if _marked_at(prose, m.end()))
        variants = Counter(" ".join(m.group().split()) for m in mentions
                           if m.group() != term and not m.group().islower())  # "closet" is a word, not Closet®
        if not exact:
            policy = None  # marked in a headline or an About section only: the body shows no policy
        elif marked == len(exact):
            policy = "every-mention"
        elif marked == 1 and _marked_at(prose, exact[0].end()):
            policy = "first-mention"
        else:
            policy = "some-mentions"
        found.append([term, sorted(set(symbols)), policy, max(0, len(exact) - marked), sorted(variants.items())])
    return found


# A word and a possessive or an ampersand just before a caught name: "Plato’s Closet", "Thomas & Friends".
_JOINED_BEFORE = re.compile(r"(?<![\w’'&-])([A-Z][\w-]*)(['’]s|[ \t]+&)[ \t]+$")


def _extended(prose: str, name: str, start: int) -> str:
    """The name with a possessive or "&" word before it, where that word is never written on its
    own in the release: "Plato’s Closet®" is one name, "Acme’s Widget®" (Acme written alone
    elsewhere) is a company's product."""
    for _ in range(2):
        m = _JOINED_BEFORE.search(prose, max(0, start - 40), start)
        if m is None:
            break
        word = m.group(1)
        if word.isupper():
            break  # "MCHB’s Fair Offer Promise": an acronym's possessive is a company's
        alone = re.search(rf"(?<![\w-]){re.escape(word)}(?!['’]s\b|[ \t]+&|[\w-])", prose)
        if alone is not None:
            break
        name = prose[m.start():start] + name
        start = m.start()
    return name


def _shortest(name: str, written: set[str], prose: str) -> str:
    """The name a run of capitalised words is really marking: "Commercial Deployment of Texatron"
    is "Texatron" where the release marks that alone; "Where RiskFootprint" is "RiskFootprint"
    where the release writes it without the word before (a last word that is a name on its own:
    an inner capital, a digit, all capitals)."""
    words = name.split()
    if len(words) < 2:
        return name
    for cut in range(len(words) - 1, 0, -1):  # the shortest suffix the release also marks
        if " ".join(words[cut:]) in written:
            return " ".join(words[cut:])
    last = words[-1]
    if _names_itself(last, shortest_capitals=3):
        before = words[-2]
        for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", prose, re.I):  # REALTOR® and Realtor
            if not prose[max(0, m.start() - len(before) - 8):m.start()].rstrip().endswith(before):
                return last
    return name


def _people(release: Release) -> list:
    """[key, name as written, its courtesy title ("Dr.", or None), title (None: none, or a past one)],
    in text order."""
    found = []
    for m in mentions(release):
        if len(m.name_text.split()) < 2:
            continue
        title = None if m.title is None or m.past else " ".join(title_text(release, m).split())
        if title:  # "RapidFire’s Chief Operating Officer": the company's, not part of the title
            title = _POSSESSIVE_LEAD.sub("", title) or title
        honorific = None
        if m.honorific:
            honorific = release.text[m.honorific.start:m.honorific.end].rstrip(".").capitalize() + "."
        found.append([person_key(m.name_text), m.name_text, honorific, title])
    return found


# A company's possessive before a title ("SFT's President"); not a plural's ("Women’s Health Director").
_POSSESSIVE_LEAD = re.compile(
    r"^(?:[A-Z][\w&.-]*\s+){0,3}(?!(?:Women|Men|Children|People)['’])[\w&.-]*[A-Za-z]['’]s\s+(?=[A-Za-z])")


def _abouts(release: Release) -> list:
    found = []
    for about in release.abouts:
        name = " ".join(release.prose[about.name.start:about.name.end].split()).rstrip(":").strip()
        if not name or not about.paragraphs:
            continue
        text = "\n\n".join(" ".join(release.text[p.start:p.end].split()) for p in about.paragraphs)
        heading = _clean_heading(" ".join(release.text[about.heading.start:about.heading.end].split()).strip("#*: "))
        name = _clean_heading(name)
        if heading and name:
            found.append([name, heading, text])
    return found


def _tickers(release: Release) -> list:
    """[exchange, symbol, forms written, companies named before it]."""
    found: dict[tuple[str, str], list] = {}
    for span in release.scope("prose"):
        for m in TICKER_IN_PARENTHESES.finditer(release.prose, span.start, span.end):
            listed = listing(f"({' '.join(m.group('ticker').split())})")
            if listed is None:
                continue
            entry = found.setdefault(listed, [set(), []])
            entry[0].add(f"({' '.join(m.group('ticker').split())})")
            before = _COMPANY_BEFORE.search(release.prose[max(0, m.start() - 120):m.start()])
            if before:
                entry[1].append(before.group(1))
    return [[exchange, symbol, sorted(forms), companies] for (exchange, symbol), (forms, companies) in found.items()]


def _conventions(release: Release) -> list:
    prose = release.prose
    found = []
    curly = sum(prose.count(c) for c in "“”")
    straight = prose.count('"')
    if curly or straight:
        found.append(("quotes", "curly" if curly >= straight else "straight"))
    # Each pattern only where the text holds what it needs (a scan of the whole text each costs more).
    lower = release.words.lower
    word = symbol = 0
    if "per" in lower or "%" in prose:
        for m in PERCENT.finditer(prose):
            if m.group(1):
                symbol += 1
            else:
                word += 1
    if word or symbol:
        found.append(("percent", "word" if word > symbol else "symbol"))
    dashed = len(_DASHED_RANGE.findall(prose)) if "–" in prose else 0
    worded = len(_WORDED_RANGE.findall(prose)) if "from" in lower else 0
    if dashed or worded:
        found.append(("range", "to" if worded > dashed else "en-dash"))
    if release.structured:
        mark = release.text[release.end_mark.start:release.end_mark.end].strip() if release.end_mark else "none"
        found.append(("end-mark", mark if mark in ("###", "-30-") else "none"))
        found.append(("contact", "with" if release.contact else "without"))
        if release.contact:
            written = release[release.contact]
            reachable = EMAIL.search(written) is not None or DIALLABLE.search(written) is not None
            found.append(("contact-reachable", "an e-mail address or a telephone number" if reachable else "neither"))
    return found


_DASHED_RANGE = re.compile(r"\d[ \u00a0]?–[ \u00a0]?\d")
_WORDED_RANGE = re.compile(r"\bfrom\s+\$?\d[\d,.]*%?\s+to\s+\$?\d", re.I)


def _mentions(prose: str, term: str, start: int, end: int):
    """Every occurrence of ``term`` in ``prose[start:end]``, in any case, with any white space (or
    none) between its words; not a hashtag, a handle or part of a web address (#AcmeCloud, acme.com)."""
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<![\w#@/.-])" + r"\s*".join(words) + r"(?![\w-]|\.\w)", re.I).finditer(prose, start, end)


_SENTENCE_BREAK = re.compile(r"[.!?:;]\s+")
# Words that start a headline, not a name ("Unveiling of Klotho Patch™"), and a modifier joined by a
# hyphen ("FDA-cleared ViewSite™"). A sentence's first word ("Where RiskFootprint™") is left to
# _shortest, which cuts it only where the release writes the name without it: "After Effects®" and
# "When I Work®" are names.
_LEADING_WORDS = re.compile(
    r"^(?:(?:[A-Z][\w]*-[a-z][\w-]*|(?:Update|Launch|Release|Rollout|Expansion|Deployment|Unveiling|Introduction)"
    r"\s+of(?:\s+the)?)\s+)+")
_CONNECTOR = re.compile(r"\s+(?:and|of|for|the|with|in|at|by|from|to|as|&)\s+")


def _mark_term(term: str) -> str:
    """The name a mark belongs to, where the words before it were caught too: "Eye Diseases.
    MicroPort" and "Bo Peng and MicroPort" -> "MicroPort" (a last word that is a name on its own:
    an inner capital, a digit or all capitals), but "Bank of America" stays whole."""
    term = _SENTENCE_BREAK.split(term)[-1]  # a mark never reaches back over a sentence's end
    lead = LEADING_FILLER.match(term)
    if lead and lead.end() < len(term):
        term = term[lead.end():]
    lead = _LEADING_WORDS.match(term)
    if lead and lead.end() < len(term):
        term = term[lead.end():]
    role, of, rest = term.partition(" of ")
    if of and rest and _is_title(role):  # "CEO of Tint World": the mark is the company's
        term = rest
    last = _CONNECTOR.split(term)[-1]
    if last != term and " " not in last and _names_itself(last, shortest_capitals=2):
        return last
    return term


def _names_itself(word: str, shortest_capitals: int) -> bool:
    """A word that is a name on its own: an inner capital or a digit (RiskFootprint, CNM-Au8), or
    all capitals (CCMP)."""
    return re.search(r"[a-z][A-Z]|\d", word) is not None or (word.isupper() and len(word) >= shortest_capitals)


def _is_title(words: str) -> bool:
    return TITLE_HEAD.fullmatch(words.split()[-1].lower()) is not None if words.split() else False


def _marked_at(prose: str, end: int) -> bool:
    return re.match(r"[ \t]?(?:[®™℠]|\((?:R|TM|SM)\))", prose[end:end + 6]) is not None


_COMPANY_BEFORE = re.compile(r"((?:[A-Z][\w&.'-]*[ \t]+){0,5}[A-Z][\w&.'-]*)(?:[®™])?[ \t]*$")


def unpack(seen) -> dict:
    """An observation checked against ``observe``'s shape, with its date read: what ``take`` counts
    can then not fail half-way. ValueError for anything else."""
    try:
        date = _text(seen["date"], none=True)
        dateline = seen["dateline"]
        if dateline is not None:
            dateline = (_text(dateline["form"]), [_aspect(a, v) for a, v in _rows(dateline["aspects"], 2)])
        return {
            "path": _text(seen["path"]),
            "date": _dt.date.fromisoformat(date) if date else None,
            "dateline": dateline,
            "marks": [(_name(term), [_one_of(s, _SYMBOLS_SEEN) for s in _rows(symbols, at_least=1)],
                       _one_of(policy, _POLICIES), _count(unmarked), [(_name(v), _count(n)) for v, n in _rows(variants, 2)])
                      for term, symbols, policy, unmarked, variants in _rows(seen["marks"], 5)],
            "people": [(_name(key), _name(name), _one_of(honorific, HONORIFICS | {None}), _text(title, none=True))
                       for key, name, honorific, title in _rows(seen["people"], 4)],
            "about": seen["about"] is True,
            "abouts": [(_name(a), _name(b), _text(c)) for a, b, c in _rows(seen["abouts"], 3)],
            "tickers": [(_text(exchange), _text(symbol), [_text(f) for f in _rows(forms)],
                         [_text(c) for c in _rows(companies)])
                        for exchange, symbol, forms, companies in _rows(seen["tickers"], 4)],
            "conventions": [_aspect(a, v) for a, v in _rows(seen["conventions"], 2)],
        }
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not an observation: {exc}") from None


# What ``observe`` writes for each aspect: a cached entry holding anything else is observed afresh.
_ASPECTS = {
    "city-case": {"caps", "title"}, "date-order": {"mdy", "dmy"}, "month-style": {"full", "ap"},
    "dash": set(_DASHES.values()), "dash-spacing": {"spaced", "closed"}, "wire-tags": {"wire tag", "no wire tag"},
    "year": {"year", "no year"}, "quotes": {"curly", "straight"}, "percent": {"word", "symbol"},
    "range": {"to", "en-dash"}, "end-mark": {"###", "-30-", "none"}, "contact": {"with", "without"},
    "contact-reachable": {"an e-mail address or a telephone number", "neither"},
}
_SYMBOLS_SEEN = frozenset(_SYMBOLS.values())
_POLICIES = frozenset({None, "every-mention", "first-mention", "some-mentions"})


def _aspect(aspect, value) -> tuple[str, str]:
    if aspect in _ASPECTS and value in _ASPECTS[aspect]:
        return aspect, value
    raise ValueError(f"{aspect!r}: {value!r} is not an aspect observe writes")


def _one_of(value, allowed):
    if isinstance(value, (str, type(None))) and value in allowed:
        return value
    raise ValueError(f"{value!r} is not one of {sorted(map(str, allowed))}")


def _name(value) -> str:
    if isinstance(value, str) and value.strip():
        return value
    raise ValueError(f"{value!r} is not a name")


def _text(value, none: bool = False):
    if isinstance(value, str) or (none and value is None):
        return value
    raise ValueError(f"{value!r} is not text")


def _count(value) -> int:
    if type(value) is int and value >= 0:
        return value
    raise ValueError(f"{value!r} is not a count")


def _rows(value, width: int | None = None, at_least: int = 0) -> list:
    if not isinstance(value, (list, tuple)) or len(value) < at_least or width is not None and any(
            not isinstance(row, (list, tuple)) or len(row) != width for row in value):
        raise ValueError(f"{value!r} is not a list of {width or 'values'}")
    return value


def _clean_heading(heading: str) -> str:
    """A heading without Markdown link syntax, a web address or a trailing dash:
    "About [Capital Factory](https://capitalfactory.com/)" -> "About Capital Factory"."""
    heading = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    heading = re.sub(r"\s*\((?:https?://|www\.)[^)]*\)", "", heading)
    heading = heading.replace("[", "").replace("]", "")
    return re.sub(r"[\s\-–—:]+$", "", heading).strip()
