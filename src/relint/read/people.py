"""Find the people a release names, with their titles and courtesy titles.

Three shapes cover almost every mention in a release:

    title before the name   Chief Executive Officer Jane Doe; MicroPort® First Vice President,
                            Technological Innovation ..., Mr. Xiang He
    name, then the title    Jane Doe, chief executive officer of Acme; Dr. Chengyun Yue, the
                            First Vice President of Business Development of MicroPort®
    a courtesy title        Mr. Bo Peng signed ...; Dr. He Xiang said ...

plus every mention of a person the house registry lists (by name, alias, family name, or with
the name order inverted). Names are two or three capitalised words; words that name places,
organisations and events (Hospital, Competition, Group, ...) are never part of a name, so
"Dr. X Competition" or "Shanghai General Hospital" is not a person.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .. import lazyre
from ..model import Span
from .words import TextFacts

HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Mx")  # not "Miss": "Don't Miss Out On The ..." is a verb
TITLE_HEADS = (
    "president|vice president|officer|chairman|chairwoman|chairperson|chair|director|founder|co-founder|cofounder"
    "|ceo|cfo|coo|cto|cmo|cio|cro|cso|cpo|cco|ciso|evp|svp|vp|gm|manager|partner|head|secretary|treasurer|dean"
    "|professor|principal|governor|mayor|minister|senator|attorney|editor|counsel|commissioner|analyst|scientist"
    "|engineer|strategist|executive|owner|leader|superintendent|coordinator|specialist|consultant|advisor|adviser"
    "|ambassador|spokesperson|spokesman|spokeswoman|representative|administrator|architect|physician|surgeon"
    "|researcher|fellow|chief|lead|producer|publisher|curator|conductor|coach|captain|trustee|president-elect"
)
# Words that end a name: a "name" ending in one of these is a place, an organisation or an event.
NOT_NAME_WORDS = frozenset("""
Hospital Hospitals University College School Institute Institutes Center Centre Centers Group Company Companies Corp
Corporation Inc Ltd LLC PLC GmbH Bank Capital Partners Technologies Technology Association Council Commission
Committee Foundation Fund Award Awards Challenge Competition Conference Summit Fair Forum Expo Park City Province
County State Street Road Avenue Square Tower Building Hall Museum Gallery Library Church Club League Team
Society Agency Department Ministry Bureau Office Administration Authority Board Network Systems Solutions Services
Labs Laboratory Laboratories Studio Studios Media Press News Times Journal Review Magazine Day Week Month Year
Program Programme Project Initiative Campaign Fellowship Prize Medal Cup Series Festival Show Tour Games Olympics
Medical Health Healthcare Pharma Pharmaceuticals Therapeutics Biotech Energy Mining Metals Resources Holdings
Ventures Global International Industries Industrial Electric Motors Airlines Airways Hotel Hotels Resort Restaurant
Cafe Market Markets Exchange Street Fund Trust Insurance Financial Securities Equity Realty Properties River Lake
Mountain Valley Island Islands Bay Beach Coast North South East West Central Greater Delta Region Zone District
China Shanghai Beijing Suzhou America American Europe European Asia Asian Africa African Pacific Atlantic
""".split())
NOT_NAME_FIRST = frozenset("""
The A An This That These Those Our Its Their His Her My Your We They It In On At For From By With And Or But Of To
As If When While After Before During Since Through Under Over About According Also Both Each Every All Some Many
Most More Other New Today Yesterday Tomorrow January February March April May June July August September October
November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Chief Vice Senior Executive Managing
General President Director Founder Professor Chairman Dear Please Contact Media Press About Additionally However
Meanwhile Furthermore Moreover Thanks Following Together Under Upon Via Dr Mr Ms Mrs
""".split())

_NAME_WORD = (rf"(?!(?:{'|'.join(HONORIFICS)})\b)(?!(?i:{TITLE_HEADS})\b)"
              r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?")
_PARTICLE = r"(?:van|von|de|da|del|der|di|le|la|du|dos|bin|al)"
NAME = rf"{_NAME_WORD}(?:[ \t]+\p{{Lu}}\.)?(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,2}}"
_HON = rf"(?P<hon>(?:{'|'.join(HONORIFICS)})\.?)"

_TITLE_WORD = r"(?:\p{Lu}[\p{L}&'’-]*|&|and|of|for|in|the)"
# Title (capitalised, ending in a head word), optional ", Department ...,", optional honorific, name.
_CAP = r"\p{Lu}[\p{L}&-]*"
# "... President for Technology Innovation and New Business Development": ends on a capitalised word.
_TITLE_TAIL = rf"(?:[ \t]+(?:for|of|in)[ \t]+{_CAP}(?:[ \t]+(?:(?:and|&)[ \t]+)?{_CAP}){{0,8}})"
TITLE_BEFORE = lazyre.compile(
    rf"(?P<title>(?:{_TITLE_WORD}[ \t]+){{0,9}}?(?i:(?:{TITLE_HEADS}))\b(?P<tail>{_TITLE_TAIL})?)"
    rf"(?P<dept>,[ \t]+\p{{Lu}}[^,.;\n]{{3,90}}?(?=,))?"
    # After a tail or a department the name needs a comma or a courtesy title: "... of Legacy Life Books"
    # is one organisation, not a title and a name.
    rf"(?:(?(tail),|(?(dept),|,?))[ \t]+(?:{_HON}[ \t]+)?|(?(tail)|(?(dept)|(?!)))[ \t]+{_HON}[ \t]+)"
    rf"(?P<name>{NAME})(?![\p{{L}}])",
)
NAME_THEN_TITLE = lazyre.compile(
    rf"(?:{_HON}\s+)?(?P<name>{NAME}),\s+(?P<article>(?:the|a|an|our|its)\s+)?"
    rf"(?P<title>[^,.;:()\n“”\"]{{2,110}}?)(?=\s*(?:[,.;:()“”\"]|\s+(?:said|says|added|noted|who|which|explained|commented|stated)\b|$))"
)
HONORIFIC_NAME = lazyre.compile(rf"(?<![\p{{L}}]){_HON}\s+(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,2}})")
TITLE_HEAD = lazyre.compile(rf"(?i)\b(?:{TITLE_HEADS})\b")
# The same words sought in a lowercased text: twice as fast, and the same matches where lowering
# changes no length and the text holds no character that folds to an ASCII letter (the word view's "exact").
_HEAD_IN_LOWERED = lazyre.compile(rf"\b(?:{TITLE_HEADS})\b")
_ORG_SPLIT = lazyre.compile(r"\s+(?:of|at|for|with|,|-|–|—)\s+(?=(?:the\s+)?(?:[\p{Lu}\d]|\p{Ll}+\p{Lu}))")
_MARK = lazyre.compile(r"[®™℠]")

_NON_SPACE_RUN = lazyre.compile(r"[^\s]+")
_POSSESSIVE_END = lazyre.compile(r"[’']s?$")
_POSSESSIVE_S = lazyre.compile(r"[’']s\b")
_ARTICLE = lazyre.compile(r"\b(?:the|a|an)\b")
_LEADING_CONNECTORS = lazyre.compile(r"(?:(?:the|and|of|for|in|&)\s+)+")
_LETTER_WORD = lazyre.compile(r"[\p{L}][\p{L}'’-]*")
_TITLE_WORD = lazyre.compile(r"[\w-]+")
# Titles are compared with their abbreviations written out (no expansion holds another abbreviation).
TITLE_ABBREVIATIONS = {
    "ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
    "cto": "chief technology officer", "cmo": "chief marketing officer", "cro": "chief revenue officer",
    "cio": "chief information officer", "cso": "chief strategy officer", "cco": "chief commercial officer",
    "evp": "executive vice president", "svp": "senior vice president", "vp": "vice president", "&": "and",
}
_TITLE_ABBREVIATION = lazyre.compile(r"\b(?:ceo|cfo|coo|cto|cmo|cro|cio|cso|cco|evp|svp|vp)\b|&")
# "vice president of Business Development": a department is part of the title, not the organisation.
_DEPARTMENT = lazyre.compile(
    r"(?i:business|development|marketing|sales|operations|engineering|finance|product|products|technology|research"
    r"|strategy|strategic|communications|human|people|talent|legal|compliance|innovation|growth|partnerships|investor"
    r"|corporate|public|digital|data|information|security|clinical|regulatory|manufacturing|supply|customer|design"
    r"|content|programs|project|projects|brand|global|international|north|south|asia|europe|the\s+americas|emea|apac"
    r"|new\s+business|education|administration|quality|medical\s+affairs|government\s+affairs|technical)\b"
)
# An organisation word before a title ends the organisation: "Shanghai General Hospital President".
ORG_BREAK_WORDS = ("Limited", "Hospital", "University", "College", "School", "Institute", "Center", "Centre", "Company", "Corp",
                   "Corporation", "Inc", "Ltd", "LLC", "Bank", "Foundation", "Association", "Agency", "Ministry",
                   "Bureau", "Museum", "Library", "Church", "Club", "Government", "Hotel", "Fund")
_TITLE_BREAK = lazyre.compile(r"[®™℠]\s*|\b(?:" + "|".join(ORG_BREAK_WORDS) + r")\.?\b\s*")


# Words a title is made of (heads, ranks, functions): a title's core starts at the first of them.
TITLE_WORDS = frozenset("""senior junior executive vice first second chief general managing deputy assistant associate
co-founder cofounder co founding global regional group lead principal interim acting board national district area
country account program project creative art artistic medical technical scientific clinical operating financial
marketing revenue commercial technology technologies information strategy strategic operations sales development
business product products research communications human resources legal compliance innovation growth partnerships
investor relations corporate public affairs digital data security regulatory manufacturing supply chain customer
success experience design content programs management administration education quality engineering finance brand
independent non-executive nonexecutive honorary emeritus""".split())
_PAST = lazyre.compile(r"(?i:\b(?:former|formerly|previously|ex-|past|retired|late|then)\s*(?:the\s+|a\s+|an\s+)?$)")
# A title after a name never starts with these: "Jane Doe, He and ..." is the next sentence.
_NOT_TITLE_START = lazyre.compile(r"(?:He|She|They|It|We|I|You|Follow|Join|Meet|Visit|Contact|Learn|Read|See|Watch|Call|"
                                 r"Email|Click|Also|Both|Each|Who|Which|Whose|And|Or|But|Previously|Formerly|Former)\b")


@lru_cache(maxsize=8192)
def title_core_start(title: str) -> int:
    """Where the title proper starts, after any organisation name: "Premium Produce CEO" -> "CEO"."""
    offset = 0
    for word in _NON_SPACE_RUN.finditer(title):
        w = word.group().strip(",").lower().rstrip("'’s") if word.group().lower().endswith(("'s", "’s")) else word.group().strip(",").lower()
        if w in TITLE_WORDS or TITLE_HEAD.fullmatch(w) or w in ("of", "and", "for", "&", "in", "the"):
            if w not in ("of", "and", "for", "&", "in", "the"):
                return word.start()
            continue
        offset = word.end()
    return offset


@dataclass(frozen=True)
class Mention:
    name: Span
    name_text: str
    honorific: Span | None = None
    title: Span | None = None       # the title proper, without the organisation
    org: str | None = None
    shape: str = "bare"             # "before", "after" or "bare"
    set_off: bool = False           # the title follows the name after a comma
    past: bool = False              # "former chief marketing officer": a title no longer held


def _strip_possessive(name: str) -> str:
    return _POSSESSIVE_END.sub("", name)


_FUNCTION_WORDS = frozenset("The On Of And For To In At By With Out Up Off Over Into From As Is Are Was Be Not No Now".split())


def _valid_name(name: str) -> bool:
    words = name.replace(".", " ").split()
    if len(words) < 1 or words[0] in NOT_NAME_FIRST or any(w in _FUNCTION_WORDS for w in words):
        return False
    if any(w in HONORIFICS or TITLE_HEAD.fullmatch(w) for w in words):
        return False  # "Marketing Officer Mr" is the end of a title, not a name
    return not any(w in NOT_NAME_WORDS for w in words)


def title_cut(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Where the title ends and the organisation starts.

    "first vice president of business development of MicroPort®": the split whose remainder
    carries a mark wins; then the last "at" ("vice president of sales at Acme"); then the first
    "of" or "for" before a capital ("CEO of Bank of America").
    """
    segment = text[start:end]
    splits = [m for m in _ORG_SPLIT.finditer(segment) if TITLE_HEAD.search(segment[: m.start()])
              and not _DEPARTMENT.match(segment, m.end())]
    if not splits:
        return end, None
    marked = [m for m in splits if _MARK.search(segment[m.end():])]
    at = [m for m in splits if m.group().strip() in ("at", "-", "–", "—")]
    chosen = marked[-1] if marked else at[-1] if at else splits[0]
    return start + chosen.start(), segment[chosen.end():].strip()


def _trim_title_start(text: str, start: int, end: int) -> int:
    """A title before a name starts after a mark, a lowercase word, or an organisation word."""
    segment = text[start:end]
    cut = 0
    for m in _TITLE_BREAK.finditer(segment):
        head = TITLE_HEAD.search(segment, m.end())
        if head is not None:
            cut = m.end()
    words = segment[cut:]
    lead = _LEADING_CONNECTORS.match(words)
    if lead:
        cut += lead.end()
    return start + cut


_SENTENCE_CUT = lazyre.compile(
    r"(?<!\b(?:Dr|Mr|Ms|Mrs|Mx|Prof|St|Inc|Co|Corp|Ltd|Jr|Sr|No|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Hon|Rev|vs|U\.S)\.)"
    r"(?<!\b\p{Lu}\.)(?<=[.!?][\"”’)]?)\s+(?=[\"“(]?\p{Lu})"
)


def _titled_windows(prose: str, spans: list[Span], facts: TextFacts) -> list[Span]:
    """The sentences that name a title: the only places a title and a name can meet."""
    windows = []
    text, head = (facts.lower, _HEAD_IN_LOWERED) if facts.exact and len(facts.lower) == len(prose) else (prose, TITLE_HEAD)
    for span in spans:
        # One scan for title heads per span: no head spans a sentence cut (a cut follows . ! or ?).
        heads = [m.start() for m in head.finditer(text, span.start, span.end)]
        if not heads:
            continue
        start = span.start
        first = len(windows)
        cuts = [m.start() for m in _SENTENCE_CUT.finditer(prose, span.start, span.end)] + [span.end]
        for cut in cuts:
            if bisect_left(heads, start) < len(heads) and heads[bisect_left(heads, start)] < cut:
                if len(windows) > first and windows[-1].end >= start - 2:
                    windows[-1] = Span(windows[-1].start, cut)  # a title may end one sentence, its name start the next
                else:
                    windows.append(Span(start, cut))
            start = cut
    return windows


def find_mentions(prose: str, spans: list[Span], words: TextFacts | None = None) -> list[Mention]:
    """Every person mention in ``spans`` of the prose, in text order, without overlaps."""
    found: dict[int, Mention] = {}
    for span in _titled_windows(prose, spans, words if words is not None else TextFacts(prose)):
        for m in NAME_THEN_TITLE.finditer(prose, span.start, span.end, overlapped=True):
            name = m.group("name")
            title_text = m.group("title")
            if not _valid_name(name) or not TITLE_HEAD.search(title_text) or len(title_text.split()) > 14:
                continue
            first_word = title_text.split()[0].lower() if title_text.split() else ""
            if title_text[:1].islower() and first_word not in TITLE_WORDS and not TITLE_HEAD.fullmatch(first_word):
                continue  # "Jane Doe, whose team ..." is not a title
            if (_NOT_TITLE_START.match(title_text) or _names_someone(title_text) or "(" in title_text
                    or ")" in title_text or not _title_like(title_text) or prose[m.end("title"):m.end("title") + 1] == ":"
                    or _ABBREVIATION_END.search(title_text)):
                # "Los Angeles, Setyan reports to ...", "Writer: ..., Frank Adkinson Producer: ...", "Sr. Manager"
                continue  # "Rani Kohen, President Steve Schmidt, and ...": a list of people
            if m.start("name") in found:
                continue  # the same name matched from an earlier start, with its courtesy title
            t_start = m.start("title")
            t_end, org = title_cut(prose, t_start, m.end("title"))
            past = bool(_PAST.search(prose, max(span.start, t_start - 12), t_start)) or first_word in ("former", "previously")
            found[m.start("name")] = Mention(
                Span(m.start("name"), m.end("name")), name,
                Span(m.start("hon"), m.end("hon")) if m.group("hon") else None,
                Span(t_start, t_end), org, "after", True, past,
            )
        for m in TITLE_BEFORE.finditer(prose, span.start, span.end, overlapped=True):
            name = m.group("name")
            if not _valid_name(name) or m.start("name") in found:
                continue
            t_start = _trim_title_start(prose, m.start("title"), m.end("title"))
            title = prose[t_start:m.end("title")]
            if not title or not title[:1].isupper() or not TITLE_HEAD.search(title):
                continue
            t_end = m.end("dept") if m.group("dept") else m.end("title")
            past = _in_past_clause(prose, max(span.start, t_start - 120), t_start)
            found[m.start("name")] = Mention(
                Span(m.start("name"), m.end("name")), name,
                Span(m.start("hon"), m.end("hon")) if m.group("hon") else None,
                Span(t_start, t_end), None, "before", False, past,
            )
    for span in spans:
        for m in HONORIFIC_NAME.finditer(prose, span.start, span.end):
            name = m.group("name")
            if m.start("name") in found or not _valid_name(name) or _inside_any(found, m.start("name")):
                continue
            found[m.start("name")] = Mention(Span(m.start("name"), m.end("name")), name,
                                             Span(m.start("hon"), m.end("hon")))
    ordered = [_without_possessive(found[k]) for k in sorted(found)]
    # "Kerrie Lee Brown" also matches as "Lee Brown": keep the longest name.
    return [m for m in ordered if not any(o is not m and o.name.start < m.name.start < o.name.end for o in ordered)]


def _without_possessive(mention: Mention) -> Mention:
    clean = _strip_possessive(mention.name_text)
    if clean == mention.name_text:
        return mention
    return Mention(Span(mention.name.start, mention.name.start + len(clean)), clean, mention.honorific,
                   mention.title, mention.org, mention.shape, mention.set_off, mention.past)


_CONNECTORS = frozenset("of and for at the in on & - – a an with to".split())
_ABBREVIATION_END = lazyre.compile(r"\b(?:Sr|Jr|St|Inc|Co|Corp|Ltd|Dept|Assoc|Asst|Mgr|Exec|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|No|Vol|Mt)$")


def _title_like(title: str) -> bool:
    """Every lowercase word of a title is title vocabulary or a connector: "reports to" is a sentence."""
    for word in _LETTER_WORD.findall(title):
        if word[:1].islower():
            w = word.lower()
            if w not in _CONNECTORS and w not in TITLE_WORDS and not TITLE_HEAD.fullmatch(w) and w not in ("former", "previously"):
                return False
    return True


_SOMEONE = lazyre.compile(rf"(?i:{TITLE_HEADS})\b[ \t]+{NAME}")


_CLAUSE_PAST = lazyre.compile(r"(?i:\b(?:former|formerly|previously|ex-|retired)\b)[^,.;:“”\"]*$")


def _in_past_clause(prose: str, start: int, end: int) -> bool:
    """"former Maxim Group investment banker and Chief Marketing Officer": past, back to the clause start."""
    return _CLAUSE_PAST.search(prose, start, end) is not None


def _names_someone(title: str) -> bool:
    return _SOMEONE.search(title) is not None


def _inside_any(found: dict[int, Mention], offset: int) -> bool:
    return any(m.name.start <= offset < m.name.end for m in found.values())


@lru_cache(maxsize=8192)
def normalise_title(title: str) -> str:
    """Compare titles by words: marks, articles, case and common abbreviations do not count."""
    title = title[title_core_start(title):]
    text = _MARK.sub("", title).lower()
    text = _POSSESSIVE_S.sub("", text)
    text = _ARTICLE.sub(" ", text)
    text = _TITLE_ABBREVIATION.sub(lambda m: TITLE_ABBREVIATIONS[m.group()], text)
    return " ".join(_TITLE_WORD.findall(text))


# -------------------------------------------------------------------------------- a release's people


def mentions(release) -> list[Mention]:
    # Not the headline: in title case every word is capitalised, and "Mr. Test Prep Empowers ..." is a brand.
    spans = [p.span for p in release.paragraphs if p.section in ("body", "about")]
    return _cached_mentions(release, tuple(spans))


def _cached_mentions(release, spans):
    # Eight rules and the corpus pass read the same mentions: find them once per release.
    return release.derived(("people", spans), lambda: tuple(find_mentions(release.prose, list(spans), release.words)))


def person_key(name: str) -> str:
    """People are the same person whatever the order of their names: {he, xiang}."""
    return " ".join(sorted(w.lower().strip(".") for w in name.split()))


def title_text(release, mention: Mention) -> str:
    """The title of a mention, as the release writes it."""
    return release.text[mention.title.start:mention.title.end]
