"""Find statements: cue sites, their subjects and the spans of what was said.

One pass over the sentences of a document. For every sentence the cue sites
are taken left to right; the clause before the first one holds the sentence
subject, later cues inherit it unless their own clause starts with a new one
(«X با بیان اینکه A، گفت: B» → two statements of X). The result is a list of
:class:`Raw` statements whose speakers are still mentions; ``resolve`` turns
mentions into people.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..text import ZWNJ
from .cues import RA_VERBS, CompiledCues, Cue
from .layout import Layout
from .lexicon import HONORIFICS
from .openers import ADVERBS, TIME_NOUNS
from .mentions import NONE_KIND, QUANTIFIERS, Mention, group_subject, parse_subject, tokens
from .positional import POSITIONAL, positional_subject
from .names import FIRST_NAMES, OPEN_MARKS, SURNAME_PARTS, consonant_folded, is_verb_like, people_plural

_COLON = re.compile(r"[ \t]*[:：]")
# Verbs that may take a reported clause directly, without «که» or a colon.
BARE_CLAUSE_VERBS = frozenset({"اعلام کرد", "گفت", "تاکید کرد", "تصریح کرد", "اظهار کرد", "بیان کرد",
                               "عنوان کرد", "خاطرنشان کرد", "یادآور شد", "معتقد است", "افزود",
                               "ابراز امیدواری کرد", "اظهار امیدواری کرد", "تهدید کرد", "وعده داد", "قول داد",
                               "مدعی شد", "مدعی است", "هشدار داد", "نوشت", "توضیح داد"})
# Prep cues whose complement may be the source instead («با اعلام سعید X از داوران، سیمرغ … رسید»),
# when a name, title or organisation follows the cue directly.
_SOURCE_OR_PREP = frozenset({"با اعلام"})
_SOURCE_KINDS = frozenset({"name", "title", "org"})
# Judgement cues whose object may stand without «را» («وی X مورد تاکید قرار داد»).
_OBJECT_CUES = frozenset({"مورد تاکید قرار داد"})
_THIS_OBJECT = re.compile(r"(?<!\w)(?:این|همین) [^ ]+(?: [^ ]+)? $")
# ««…» این را X گفت», ««…» X این را گفت»: «this» points back to the quotation just before the sentence
_POINTER = re.compile(r"(?<!\w)(?:این|همین) (?:(?:جمله|سخن|سخنان|حرف|حرف ها|مطلب|نکته) )?را(?!\w)")
_POINTER_START = re.compile(r"[ «»\"“”]*(?:این|همین) (?:(?:جمله|سخن|سخنان|حرف|حرف ها|مطلب|نکته) )?را +")
_CLOSING_VERB = re.compile(r" *(?:شد|شدند|شده *است|شده *اند|است|هستند|بود|بودند|گردید)[ .!؟]*$")
_CLOSING_MID = re.compile(r" +(?:شد|شدند|گردید)(?= *(?:و|،|,) )")
_PLURAL_CLOSING = re.compile(r" (?:شدند|هستند|بودند|گردیدند)(?!\w)")
_MARK = re.compile(r" *(?:که)? *[:؛]? *([«“\"„])")
_THAT = re.compile(r" *،? *که ")
# Cues whose reported clause may open with «تا» as well as «که» («اصرار دارند تا …»)
_SO_THAT_CUES = frozenset({"اصرار کرد", "خواستار شد", "تاکید کرد", "درخواست کرد", "دستور داد", "توصیه کرد",
                           "پیشنهاد کرد"})
_OWN_VOICE = re.compile(r" *[،,] *(?:اما|ولی) +(?:من|ما) ")
# «به گفته خودش …»: the person just spoken of (a plural «خودشان» is some group, too vague to resolve)
_REFLEXIVE = re.compile(r" *(?:خودش|خود +(?:او|وی|ایشان))(?!\w)")
_AND_AFTER = re.compile(r" *و(?!\w)")  # «… دستور داد و رفت»: the verb's clause has ended
_THAT_OR_SO = re.compile(r" *،? *(?:که|تا) ")  # «از X خواست که/تا …»
_SPACES = re.compile(r"[ \t\u200c]*")
_QUESTION_END = re.compile(r"[؟?][»”\"]*[ \t]*$")
_TRAILER = re.compile(r"(?:انتهای|پایان) *پیام *[/.]?$")
_LEAD_ADVERBIALS = re.compile(
    r"^(?:(?:نیز|همچنین|سپس|هم|البته|ضمنا|امروز|دیروز|در ادامه(?: سخنان(?:ش| خود)?)?|در پایان(?: سخنان(?:ش| خود)?)?"
    r"|در (?:این|آن) (?:جلسه|نشست|مراسم|همایش|دیدار|برنامه|آیین|گردهمایی|هم اندیشی|گفت و گو|گفتگو)"
    r"|در (?:گفت و گو|گفتگو|مصاحبه) با [^ ،]+(?: [^ ،]+)?)[ ،]+)+")
_VERBISH_END = re.compile(r"(?:است|نیست|هست|بود|شد|شود|شوند|باشد|باشند|کند|کنند|دارد|دارند|اند|ایم|ند|گیرد|"
                          r"یابد|رسد|گردد|شده|کرده|بوده)$")


# Heads whose light verb is shared with a following cue («از X یاد و تاکید کرد», «به X اشاره و اظهار کرد»).
_HEADS = {head: Cue(head, head, (), "verb", marker) for head, marker in (
    ("اشاره", "به"), ("تاکید", "بر"), ("یاد", "از"), ("خبر", "از"), ("انتقاد", "از"), ("گریزی", "به"))}
_SHARED_VERB = re.compile(r"(?<!\w)(" + "|".join(_HEADS) + r") +و +$")


# «می‌توان گفت:», «باید اعلام کرد که»: a modal makes the verb impersonal; nobody is reported.
_MODAL_BEFORE = re.compile(r"(?<!\w)(?:باید|نباید|می توان|نمی توان|بتوان|نتوان) +$")
_MODAL_BEFORE_COMPLEMENT = re.compile(r"(?<!\w)(?:باید|نباید|می توان|نمی توان|بتوان|نتوان) +(به|از|بر) [^،,.:؛؟!\n]*$")
_PLURAL = ZWNJ + "ها"
_BARE_PRONOUN = re.compile(r"(?:آن|این|آنها|آن ها|اینها|این ها|او|وی"
                           r"|(?:این|آن|همین|همان) (?:موضوع|مسئله|مساله|امر|مطلب|مطالب|نکته|نکات|سخنان|حرف ها)(?: را)?)")
# «این گفته», «به نوشته» (its «به» glued to the word before when a line end was lost): a noun, not a verb
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:(?<!\w)(?:این|آن|همین|همان)|به) +$")
_NOT_A_PERFECT = re.compile(r" *(?:شد|شده|شود|می|نمی|ها|های|هایی|ی|ای|را|و|به|از|در|بر|ام|ات|اش|مان|تان|شان)(?!\w)|[^ :،,]")
_QUESTION_AFTER = re.compile(r" +(?:که +)?(?:با |از |به |در )?(?:چه|چرا|چگونه|چطور|کجا|کی|آیا|کدام)(?!\w)")
_BUT_AFTER_VERB = re.compile(r"(?<=[دت])[ \t]*[،,]?[ \t]+(?:اما|ولی|چرا *که|زیرا(?: *که)?)[ \t]+(?!الله)")
_AND_AFTER_VERB = re.compile(r"(?<=[دت])[ \t]+و[ \t]+")
_AND_AFTER_VERB_OR_PERFECT = re.compile(r"(?:(?<=[دت])|(?<=[دت]ه))[ \t]+و[ \t]+")  # «… بیکار ننشسته و X، …»
_CLAUSE_BREAK = re.compile(r"[،,؛;]|(?<!\w)(?:که|و|زیرا|چراکه)(?= )")
_SUBORDINATORS = frozenset("که آنکه اینکه تا اگر چون وقتی چنانچه".split())
# Where a clause with a subject of its own may open: a comma, «که», «و» after a finite verb (not «X و Y»).
_CLAUSE_OPENING = re.compile(r"[،,؛;]|(?<!\w)که(?= )|(?<=[دتمه]) و(?= )")
_CONNECTIVE = re.compile(r" *(?:(?:در|با) (?:همین|این) (?:راستا|حال|میان|بین|وجود|زمینه)|از سوی دیگر|در مقابل|اما|ولی)"
                         r"(?= |،|,)[ ،,]*")


@dataclass
class Raw:
    """A statement before speaker resolution (spans in ``Layout.key`` coordinates)."""

    cue: Cue
    cue_span: tuple[int, int]
    quote: tuple[int, int]
    kind: str
    form: str  # colon | mark | that | judge | marker | prep | source
    mention: Mention
    inherited: bool
    sentence: tuple[int, int]
    paragraph: int
    entity: object = None
    anaphor: str | None = None
    dropped: bool = False
    extras: dict = field(default_factory=dict)

    @property
    def explicit(self) -> bool:
        return not self.inherited and self.mention.kind != NONE_KIND


_WORD_CHAR = re.compile(r"\w")


def _no_word_before(text: str, position: int) -> bool:
    """Whether no word ends right before ``position``, spaces aside."""
    k = position - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or not _WORD_CHAR.match(text, k)


def _line_end_after(text: str, position: int) -> bool:
    """Whether only spaces stand between ``position`` and a line end or the end of the text."""
    k = position
    while k < len(text) and text[k] == " ":
        k += 1
    return k == len(text) or text[k] == "\n"


def trim_span(layout: Layout, start: int, end: int, *, indirect: bool = False) -> tuple[int, int]:
    """``[start, end)`` without edge spaces and agency sign-offs; ``indirect`` also drops a clause's trailing
    punctuation and a dangling «و»."""
    text = layout.key
    while start < end and text[start] in " \t\u200c\n":
        start += 1
    while True:  # trailing spaces and agency sign-offs («انتهای پیام/»); a loop, not a regex search, keeps it linear
        while end > start and text[end - 1] in " \t\u200c\n/":
            end -= 1
        m = _TRAILER.search(text, max(start, end - 16), end)
        if not m:
            break
        end = m.start()
    if indirect:
        while end > start and text[end - 1] in " \t\u200c،,؛;:":
            end -= 1
        if text[max(start, end - 2):end] == " و":
            end -= 2
        while end > start and text[end - 1] in " \t\u200c،,":
            end -= 1
    return start, end


def _strip_adverbials(layout: Layout, start: int, end: int) -> int:
    m = _LEAD_ADVERBIALS.match(layout.match, start, end)
    return m.end() if m else start


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


class SiteFinder:
    """Turns cue matches into :class:`Raw` statements for one document."""

    def __init__(self, layout: Layout, compiled: CompiledCues) -> None:
        self.layout = layout
        self.compiled = compiled
        self.known: set[str] = set()
        self.discourse: list[tuple[int, Mention]] = []  # every sentence subject, for anaphora
        self._cue_text = layout.match.replace("ئ", "ی")  # the cue lexicon is written with «ی»; same offsets
        self._matches: list[tuple[re.Match, Cue]] = []  # every cue match of the document, in order
        self._match_starts: list[int] = []  # where each of them starts

    def cue_matches(self, start: int = 0, end: int | None = None):
        """Cue matches in ``[start, end)`` of the match text, without the nouns and passives that look like one."""
        match, key = self.layout.match, self.layout.key
        for m in self.compiled.regex.finditer(self._cue_text, start, len(match) if end is None else end):
            if key.startswith(_PLURAL, m.end()):
                continue  # «طبق گزارش‌های رسیده»: a plural noun, no cue
            if m.group().endswith(("گفته", "نوشته")) and (
                    _NOT_A_PERFECT.match(match, m.end())
                    or _DEMONSTRATIVE_BEFORE.search(match, max(0, m.start() - 8), m.start())):
                continue  # «گفته شده», «نوشته‌های», «این گفته نظری»: a passive or a noun, not «گفته است»
            cue = self.compiled.cue_of(m.group())
            if cue.shape == "judge" and _QUESTION_AFTER.match(match, m.end()):
                continue  # «… می‌داند با چه حریفی روبه‌روست», «نمی‌داند که چرا …»: knowing a question, no judgement
            if _MODAL_BEFORE.search(match, max(0, m.start() - 12), m.start()) or (
                    cue.marker and self._modal_before_marker(cue.marker, m.start())):
                continue  # «می‌توان گفت:», «می‌توان به X اشاره کرد»: impersonal, nobody is reported
            yield m, cue

    def _modal_before_marker(self, marker: str, cue: int) -> bool:
        """«می‌توان به X اشاره کرد», «باید از X خبر داد»: the cue's own complement follows a modal."""
        m = _MODAL_BEFORE_COMPLEMENT.search(self.layout.match, max(0, cue - 120), cue)
        return m is not None and m.group(1) in marker.split("|") and " و " not in self.layout.match[m.end(1):cue]

    def cue_matches_within(self, start: int, end: int) -> list[tuple[re.Match, Cue]]:
        """``list(self.cue_matches(start, end))``, looked up among the matches of the whole document (recorded by
        :meth:`run`) when the span is closed off like the whole text: no word ends right before ``start`` and
        a line end or the end of the text follows ``end`` (spaces aside).

        A cue is made of words and spaces (in the default lexicon), so no match of the document then runs over
        either edge, and the pattern reads what follows ``end`` as it reads the end of the text: searching the
        span alone would find the same matches. Other spans (and lexicons) are searched.
        """
        match = self.layout.match
        if not (self.compiled.words_only and _no_word_before(match, start) and _line_end_after(match, end)):
            return list(self.cue_matches(start, end))
        first = bisect_left(self._match_starts, start)
        return self._matches[first:bisect_left(self._match_starts, end, first)]

    def _sites(self) -> list[tuple[int, int, Cue]]:
        layout = self.layout
        sites = []
        for m, cue in self.cue_matches():
            self._matches.append((m, cue))
            self._match_starts.append(m.start())
            if layout.enclosing_pair(m.start(), min_length=30):
                continue  # inside a quotation: part of what was said
            shared = _SHARED_VERB.search(layout.match, max(0, m.start() - 16), m.start())
            if shared:  # «به X اشاره و اظهار کرد:»: the head shares the next cue's light verb
                sites.append((shared.start(1), shared.end(1), _HEADS[shared.group(1)]))
            sites.append((m.start(), m.end(), cue))
        return sites

    def is_known(self, word: str) -> bool:
        """Whether ``word`` is a name word this document has already shown (spelling variants folded)."""
        known = self.known
        if not known or word in known:
            return bool(known)
        return consonant_folded(word) in known

    def _learn(self, mention: Mention) -> None:
        if mention.name is None:
            return
        toks = [t for t in tokens(self.layout, *mention.name) if not t.is_punct]
        for k, tok in enumerate(toks):
            # the last word of a full name is its surname even when it is also a first name («محمدرضا عارف»)
            surname = k == len(toks) - 1 and k > 0 and mention.kind == "name"
            if tok.w not in HONORIFICS and (surname or tok.w not in FIRST_NAMES) and len(tok.w) > 2:
                self.known.add(tok.w)
                self.known.add(consonant_folded(tok.w))
        if mention.kind == "name" and len(toks) > 2 and toks[-2].w in SURNAME_PARTS:
            self.known.add(toks[-2].w + toks[-1].w)  # «زهرا نژاد بهرام» is «نژادبهرام» too
    def _remember(self, subject: Mention) -> None:
        if subject.kind != NONE_KIND:
            self.discourse.append((subject.start, subject))
            if subject.kind != POSITIONAL:  # a phrase found by position alone teaches no name words
                self._learn(subject)

    def run(self) -> list[Raw]:
        layout = self.layout
        sites = self._sites()
        cue_starts = frozenset(s for s, _, _ in sites)
        raws: list[Raw] = []
        k = 0
        previous = Mention(NONE_KIND, 0, 0)
        for sentence in layout.sentences:
            ss, se = sentence
            group = []
            while k < len(sites) and sites[k][0] < se:
                if sites[k][0] >= ss:
                    group.append(sites[k])
                k += 1
            first_end = group[0][0] if group else se
            clause = ss  # where the clause of the first cue opens
            if len(group) > 1 and group[0][2].shape == "source" and not layout.match[ss:first_end].strip(" «\"“"):
                first_end = group[1][0]  # «به نوشته X، Y … درخواست کرد»: the source credits, Y is the subject
                comma = layout.match.find("،", group[0][1], first_end)
                clause = comma + 1 if comma >= 0 else ss
            pointer = _POINTER_START.match(layout.match, ss) if group else None
            subject = parse_subject(layout, pointer.end() if pointer else ss, first_end, known=self.is_known,
                                    cue_starts=cue_starts, scan=400 if group else 80)
            if subject.kind == "surname" and not group and not any(
                    self.is_known(t.w) for t in tokens(layout, *subject.name)):
                subject = Mention(NONE_KIND, ss, ss)  # a lone rare word in narration («اصولگرایان …») is no antecedent
            if (group and subject.kind == NONE_KIND and previous.kind != NONE_KIND and _QUESTION_END.search(
                    layout.match, max(0, ss - 4), ss) and not layout.match[ss:group[0][0]].strip(" ،,\t")):
                subject = previous  # «X در پاسخ به این پرسش که …؟ گفت:»: the question mark did not end X's clause
            if group and (subject.kind == NONE_KIND or subject.kind == "title" and layout.match[
                    ss:subject.start].rstrip(" ").endswith(("،", ","))):  # «… که X، رئیس …» skipped X after «که»
                subject = self.late_subject(ss, group[0][0], cue_starts) or subject
            if group and subject.kind != NONE_KIND:  # «X با … تماس گرفت اما یکی از مسئولان … گفت»: a new subject
                later = self._subject_after_but(subject.end, group[0][0], cue_starts)
                if later is not None:
                    self._remember(subject)  # the first clause's subject stays an antecedent («… اما وی گفت»)
                    subject = later
            if group and subject.kind == NONE_KIND:  # «بنا به گزارش X، آنکارا می‌گوید»: after the credit
                cue = group[0][0] if clause == ss else first_end
                subject = (positional_subject(layout, clause, cue, known=self.is_known)
                           or self._positional_after_and(clause, cue) or subject)
            previous = subject
            self._remember(subject)
            if group:
                raws.extend(self._sentence(sentence, group, subject, cue_starts))
        return raws

    def late_subject(self, ss: int, cue: int, cue_starts) -> Mention | None:
        """A subject that opens the last clause before the cue of a long sentence
        («… در حالی است که X، رئیس …، گفت», «… و در همین راستا X به خبرنگار گفته است»)."""
        layout = self.layout
        breaks = list(_CLAUSE_BREAK.finditer(layout.match, ss, cue))[-3:]
        for k, m in enumerate(breaks):  # farthest first, kept only if it runs over the later breaks («X، رئیس …»)
            begin = m.end()
            skip = _CONNECTIVE.match(layout.match, begin, cue)
            if skip:
                begin = skip.end()
            mention = parse_subject(layout, begin, cue, known=self.is_known, strict=True, cue_starts=cue_starts)
            if (mention.kind in ("name", "title", "org") or mention.kind == "surname" and all(
                    self.is_known(t.w) for t in tokens(layout, *mention.name))) and (
                    k == len(breaks) - 1 or mention.end >= breaks[-1].start()
                    # «… در حالی است که X، عضو …، در پاسخ به Y که …»: a named apposition after «که» is enough
                    or mention.kind == "name" and mention.role is not None and m.group() == "که"):
                return mention
        return None

    def _own_verb(self, start: int, cue: int) -> bool:
        """Whether a clause closes in ``[start, cue)``: a finite verb followed by «و» or a comma, with no
        conjunction before it (a relative or adverbial clause keeps its head the cue's subject: «ساکنانی که
        تجمع کرده بودند گفتند», «X بدون آنکه … کند، اعلام می‌کند»)."""
        toks = tokens(self.layout, start, cue)
        for k, tok in enumerate(toks[:-1]):
            if tok.w in _SUBORDINATORS:
                return False
            if is_verb_like(tok) and (toks[k + 1].w == "و" or toks[k + 1].raw in "،,؛"):
                return True
        return False

    def _people_before(self, start: int, cue: int) -> Mention | None:
        """A plural of people or a quantifier opening the last clause before a plural cue, when the sentence
        opens with none («امیدوارم بتوانم … و اهالی به ما می‌گویند …», «… دیدیم که همسایه‌ها گفتند …»,
        «… است که برخی معتقدند …»)."""
        found = _last_match(_CLAUSE_OPENING, self.layout.match, start, cue)
        group = None if found is None else group_subject(self.layout, found.end(), cue)
        if group is None:
            return None
        words = tokens(self.layout, group.start, group.end)
        if words[0].w not in QUANTIFIERS:
            return group if people_plural(words[0].w) else None
        if len(words) > 1 and people_plural(words[1].w):
            return group  # «برخی نمایندگان …»
        if len(words) == 1 or words[1].w in TIME_NOUNS or words[1].w in ADVERBS:  # «بسیاری روزهای آخر می‌گفتند»
            return Mention("org", words[0].start, words[0].end, None, (words[0].start, words[0].end))
        return None  # «برخی فهرست‌ها را …»: a quantified thing

    def _positional_after_and(self, start: int, cue: int) -> Mention | None:
        """«… وجود ندارد و فروشندگان … خواسته‌اند»: the subject opening a clause joined by «و» after a finite verb."""
        found = _last_match(_AND_AFTER_VERB, self.layout.match, start, cue)
        return None if found is None else positional_subject(self.layout, found.end(), cue, known=self.is_known)

    def _subject_after_but(self, start: int, cue: int, cue_starts) -> Mention | None:
        """The subject of a clause opened by «اما»/«ولی» after a finite verb, when one stands right after it;
        after «و», only a full name with its title («… بیکار ننشست و طیبه سیاوشی، نماینده تهران … خبر داد»;
        not «… بوستان ولایت و پارک جنگلی چیتگر»)."""
        found = _last_match(_BUT_AFTER_VERB, self.layout.match, start, cue)
        if found is not None:
            mention = parse_subject(self.layout, found.end(), cue, known=self.is_known, strict=True,
                                    cue_starts=cue_starts)
            if mention.kind != NONE_KIND:
                return mention
        found = _last_match(_AND_AFTER_VERB_OR_PERFECT, self.layout.match, start, cue)
        if found is None:
            return None
        mention = parse_subject(self.layout, found.end(), cue, known=self.is_known, strict=True, cue_starts=cue_starts)
        return mention if mention.kind == "name" and mention.role is not None else None

    def _sentence(self, sentence, group, subject: Mention, cue_starts) -> list[Raw]:
        layout = self.layout
        ss, se = sentence
        paragraph = layout.paragraph_index(ss)
        region = ss
        out: list[Raw] = []
        quoted = False  # after «cue:» the rest of the sentence is what was said
        for n, (s, e, cue) in enumerate(group):
            if quoted:
                # a source inside the quote names its own speaker («وی افزود: به گفته X، …»): nested statement
                raw = self._source(s, e, cue, sentence, paragraph, None) if cue.shape == "source" else None
                if raw:
                    raw.extras["nested"] = True
                    if raw.mention.kind in ("title", "this_title"):  # a title inside a quote is not its speaker
                        raw.mention = Mention("org", raw.mention.start, raw.mention.end, None,
                                              raw.mention.role or (raw.mention.start, raw.mention.end))
                    out.append(raw)
                elif cue.shape == "verb":  # «روزنامه اعتماد نوشت: X، از چهره‌های …، عنوان کرد»: X is talked of
                    named = parse_subject(layout, group[n - 1][1], s, known=self.is_known, strict=True,
                                          cue_starts=cue_starts)
                    if named.kind == "name":
                        self._remember(named)
                continue
            if s < region:
                continue
            nxt = next((g for g in group[n + 1:] if g[0] >= e and not self._wish(*g)), None)
            if cue.shape == "source" or cue.name in _SOURCE_OR_PREP:
                raw = self._source(s, e, cue, sentence, paragraph, nxt)
                if cue.shape == "prep" and raw is not None and raw.mention.kind not in _SOURCE_KINDS:
                    raw = None  # «با اعلام خبر X»: the announced noun phrase, handled as a prep cue below
                if raw:
                    out.append(raw)
                    region = raw.quote[1]
                    continue
                if cue.shape == "source":
                    continue
            if n == 0 or region == ss:
                mention, inherited = subject, False
                if mention.kind == NONE_KIND and (layout.match[s:e].endswith("ند") or cue.shape == "lead" and (
                        _PLURAL_CLOSING.search(layout.match, e, nxt[0] if nxt else se))):  # a plural verb: a group
                    crowd = group_subject(layout, region, s)  # «ساکنان … خواستار X شدند»
                    if crowd is None or self._own_verb(crowd.end, s):  # after a closed clause, people opening
                        # the next one («… منتشر شد و برخی کارشناسان … می‌دانند»); else one subject for both verbs
                        crowd = self._people_before(region, s) or crowd
                    mention = crowd or mention
            else:
                own = parse_subject(layout, region, s, known=self.is_known, strict=True, cue_starts=cue_starts)
                comma = max(layout.match.rfind("،", region, s), layout.match.rfind(",", region, s))
                if own.kind == NONE_KIND and comma > region:  # «…، حسین X دبیرکل حزب … اظهار داشت:»
                    own = parse_subject(layout, comma + 1, s, known=self.is_known, strict=True, cue_starts=cue_starts)
                mention, inherited = (own, False) if own.kind != NONE_KIND else (subject, True)
                if own.kind != NONE_KIND:
                    self._learn(own)
            raw = Raw(cue, (s, e), (e, e), "indirect", "", mention, inherited, sentence, paragraph)
            if cue.shape == "prep":
                end = self._prep_end(e, se, nxt)
                raw.quote = trim_span(layout, e, end, indirect=True)
                raw.form = "prep"
                region = end + 1 if layout.match[end:end + 1] in ("،", ",") else end
            elif cue.shape == "lead":  # «خواستار X شد»
                end = nxt[0] if nxt else se
                begin, stop = trim_span(layout, e, end, indirect=True)
                closing = _CLOSING_VERB.search(layout.match, begin, stop) or _CLOSING_MID.search(
                    layout.match, begin, stop)  # «خواستار X شد و از Y خواست …»: stop at the light verb
                raw.quote, raw.form = (begin, closing.start() if closing else stop), "that"
                region = closing.end() if closing and closing.end() < end else end
            else:
                stop = self._verb(raw, region, nxt)
                if stop is None:
                    if not cue.after:  # «خواست مردم» is a noun inside the next verb's clause, not a clause end
                        region = e
                    continue
                region = stop
            if raw.quote[1] > raw.quote[0] and not _BARE_PRONOUN.fullmatch(layout.match, *raw.quote):
                out.append(raw)  # «… که به آن اشاره کرد», «این مطلب را بیان کرد»: a pronoun alone reports nothing
            if raw.form in ("colon", "mark") and region >= se:
                quoted = True
        return out

    def _source(self, s, e, cue, sentence, paragraph, nxt) -> Raw | None:
        layout = self.layout
        se = sentence[1]
        comma = layout.match.find("،", e, min(se, e + 120))
        limit = comma if comma >= 0 else min(se, e + 60)
        reflexive = _REFLEXIVE.match(layout.match, e)
        mention = (Mention("pronoun", reflexive.end() - len(reflexive.group().lstrip()), reflexive.end())
                   if reflexive else parse_subject(layout, e, limit, known=self.is_known, strict=True))
        if mention.kind == NONE_KIND and comma >= 0:  # «به نوشته رسانه‌های آمریکا، …»: the phrase before the comma
            mention = positional_subject(layout, e, comma, known=self.is_known) or mention
        if mention.kind == NONE_KIND:
            return None
        if mention.name is not None:
            self._learn(mention)
        begin = comma + 1 if comma >= 0 else mention.end
        end = nxt[0] if nxt else se
        if nxt and (parse_subject(layout, begin, nxt[0], known=self.is_known, strict=True).kind != NONE_KIND
                    or positional_subject(layout, begin, nxt[0], known=self.is_known) is not None):
            return None  # «به نوشته ایرنا، وی با اشاره به …»: an agency credit before a speaker, not a statement
        quote = trim_span(layout, begin, end, indirect=nxt is not None)
        if quote[1] <= quote[0]:
            return None
        return Raw(cue, (s, e), quote, "indirect", "source", mention, False, sentence, paragraph)

    def _wish(self, s: int, e: int, cue: Cue) -> bool:
        """A present «می‌خواهد» with no «که/تا» after it wants, it asks nothing («… گفت علی می‌خواهد برود»):
        a reported clause goes on over it."""
        return cue.after and self.layout.match.startswith("می", s) and _THAT_OR_SO.match(self.layout.match, e) is None

    def _request(self, raw: Raw, region: int) -> bool:
        """Whether a cue whose complement follows it reports a request: it governs its marker («از X خواست»)
        or opens a clause with «که/تا» («در پیامی خواسته است تا …»); the present («از X می‌خواهند تا …»)
        needs both, or it is a wish («می‌خواهد برود»)."""
        s, e = raw.cue_span
        marked = not raw.cue.marker or re.search(rf"(?:^| )(?:{raw.cue.marker}) ", self.layout.match[region:s])
        clause = _THAT_OR_SO.match(self.layout.match, e) is not None
        if self.layout.match.startswith("می", s):
            return bool(marked) and clause
        return bool(marked) or clause

    def _clause_end(self, e: int, nxt, se: int) -> int:
        """Where a reported clause after the cue at ``e`` ends: at the next cue, or before it at a «؛» that
        opens a clause with its own subject («… اصرار دارند تا A؛ X در توییترش نوشته است: …») or at «اما/ولی»
        after a verb that does so, or where «، اما من/ما» brings back the voice of whoever reports it."""
        own = _OWN_VOICE.search(self.layout.match, e, nxt[0] if nxt else se)
        if own is not None:  # «برخی گفتند که A، اما من …»: the reporting speaker's own voice resumes
            return own.start()
        if nxt is None:
            return se
        semicolon = self.layout.match.rfind("؛", e, nxt[0])
        if semicolon > e and parse_subject(self.layout, semicolon + 1, nxt[0], known=self.is_known,
                                           strict=True).kind != NONE_KIND:
            return semicolon
        but = _last_match(_BUT_AFTER_VERB, self.layout.match, e, nxt[0])  # «معتقدند A می‌شود اما X می‌گوید …»
        if but is not None and parse_subject(self.layout, but.end(), nxt[0], known=self.is_known,
                                             strict=True).kind != NONE_KIND:
            return self._closed_clause(but.end(), nxt[0]) or but.start()
        return nxt[0]

    def _closed_clause(self, start: int, cue: int) -> int | None:
        """The comma that closes a clause with a main verb of its own between ``start`` and the next cue, or None.

        «دانشجویی که عنوان کرد A نبود، ولی X … وارد میدان شد، گفت»: the «ولی» clause has its verb before the
        comma, so it is still what was reported and the cue's subject is the sentence's. A verb that only
        closes a relative clause («ولی X که در جلسه بود، گفت») leaves X the cue's subject.
        """
        comma = max(self.layout.match.rfind("،", start, cue), self.layout.match.rfind(",", start, cue))
        if comma < 0 or self.layout.match[comma + 1:cue].strip():
            return None
        words = [t for t in tokens(self.layout, start, comma) if not t.is_punct]
        verbs = sum(1 for t in words if _VERBISH_END.search(t.w))
        relatives = sum(1 for t in words if t.w == "که")
        return comma if words and _VERBISH_END.search(words[-1].w) and verbs > relatives else None

    def _prep_end(self, e: int, se: int, nxt) -> int:
        """End of «با بیان اینکه A،»: the clause boundary before the main verb."""
        layout = self.layout
        limit = nxt[0] if nxt else se
        commas = [m.start() for m in re.finditer(r"[،,]", layout.match[e:limit])]
        if not commas:
            marker = max((layout.match.rfind(f" {word} ", e, limit) for word in nxt[2].marker.split("|")),
                         default=-1) if nxt and nxt[2].marker else -1
            return marker if marker > e else limit  # «با اشاره به X از Y خبر داد»: «از Y» is the next cue's
        if nxt is not None and not (_COLON.match(layout.match, nxt[1]) or _THAT.match(layout.match, nxt[1])):
            for c in commas:  # the main clause governs a complement: cut at the first clause-final comma
                before = layout.match[e:e + c].rstrip().rsplit(" ", 1)[-1]
                if _VERBISH_END.search(before):
                    return e + c
        return e + commas[-1]

    def _ra_object(self, raw: Raw, region: int) -> int | None:
        """Start of a «را» object in the clause before the cue (after its last comma), if any."""
        base = max(region, raw.mention.end if not raw.inherited and raw.mention.kind != NONE_KIND else region)
        segment = self.layout.match[base:raw.cue_span[0]]
        ra = segment.rfind(" را ")
        if ra < 0 or max(segment.rfind("،"), segment.rfind(",")) > ra:
            return None
        return base + ra

    def _verb(self, raw: Raw, region: int, nxt) -> int | None:
        """Fill in the quote of a verb cue; return where the next clause starts (None: not a statement)."""
        layout = self.layout
        s, e = raw.cue_span
        ss, se = raw.sentence
        paragraph_end = layout.paragraphs[raw.paragraph][1]
        colon = _COLON.match(layout.match, e)
        mark = _MARK.match(layout.match, e)
        if raw.cue.shape == "verb" and colon:
            begin = _SPACES.match(layout.match, colon.end()).end()
            pair = layout.pair_opened_at(begin)
            raw.kind = "direct"
            if pair and pair[1] - pair[0] > 1:
                raw.quote, raw.form = trim_span(layout, pair[0] + 1, pair[1]), "mark"
                return pair[1] + 1
            if layout.match[begin:begin + 1] in OPEN_MARKS:  # a mark whose closer the text lost: not said
                begin = _SPACES.match(layout.match, begin + 1).end()
            raw.quote, raw.form = trim_span(layout, begin, paragraph_end), "colon"
            return paragraph_end
        if raw.cue.shape == "verb" and mark and (pair := layout.pair_opened_at(mark.start(1))):
            raw.kind, raw.form = "direct", "mark"
            raw.quote = trim_span(layout, pair[0] + 1, pair[1])
            return pair[1] + 1
        if raw.cue.after:  # what follows is the request; «از X» before it is whom it was put to
            if colon or not self._request(raw, region):
                return None
            end = self._clause_end(e, nxt, se)
            begin = _THAT_OR_SO.match(layout.match, e)
            raw.quote, raw.form = trim_span(layout, begin.end() if begin else e, end, indirect=True), "that"
            if len(layout.match[raw.quote[0]:raw.quote[1]].split()) < 2 or _AND_AFTER.match(layout.match, e):
                raw.quote = (e, e)  # «… کمک خواست و …»: nothing follows
            return raw.quote[1]
        that = (_THAT_OR_SO if raw.cue.name in _SO_THAT_CUES else _THAT).match(layout.match, e)
        if that and raw.cue.name in RA_VERBS and self._ra_object(raw, region) is not None:
            that = None  # «X را ۱۵ مورد عنوان کرد که …»: «که» opens a relative clause; the «را» object is the quote
        if that and raw.cue.name == "مطرح کرد" and (ra := self._ra_object(raw, region)) is not None and not (
                _THIS_OBJECT.search(layout.match, max(0, ra - 24), ra + 1)):
            return None  # «نظرات خود را مطرح کردند که …» relative; «این موضوع را مطرح کرد که …» reports
        if raw.cue.shape == "verb" and that:
            end = self._clause_end(e, nxt, se)
            raw.quote, raw.form = trim_span(layout, that.end(), end, indirect=nxt is not None), "that"
            return raw.quote[1]
        base = region
        if not raw.inherited and raw.mention.kind != NONE_KIND and raw.mention.end > base:
            base = raw.mention.end
        if base >= s:  # «… با اشاره به X ابراز امیدواری کرد، …»: nothing between the clause before and the verb
            return self._bare_clause(raw, nxt)
        segment = layout.match[base:s]
        if raw.cue.shape == "judge" or raw.cue.name in RA_VERBS:
            ra = segment.rfind(" را ")
            if ra >= 0:
                comma = max(segment.rfind("،", 0, ra), segment.rfind(",", 0, ra))
                begin = base + comma + 1 if comma >= 0 else base
                begin = _strip_adverbials(layout, _SPACES.match(layout.match, begin).end(), s)
                raw.quote, raw.form = trim_span(layout, begin, s, indirect=True), "judge"
                return e
        if raw.cue.name in _OBJECT_CUES and raw.mention.kind != NONE_KIND:
            begin = _strip_adverbials(layout, _SPACES.match(layout.match, base).end(), s)
            raw.quote, raw.form = trim_span(layout, begin, s, indirect=True), "judge"
            return e
        if raw.cue.shape == "verb" and _POINTER.search(layout.match, ss, s) and (back := self._quote_before(ss)):
            raw.kind, raw.form, raw.quote = "direct", "mark", trim_span(layout, back[0] + 1, back[1])
            return e
        if raw.cue.marker:
            m = re.search(rf"(?:^| )(?:{raw.cue.marker}) (?!اساس|روی|خلاف|عهده|این اساس)", segment)
            if m:
                raw.quote, raw.form = trim_span(layout, base + m.end(), s, indirect=True), "marker"
                return e
        return self._bare_clause(raw, nxt)

    def _quote_before(self, ss: int) -> tuple[int, int] | None:
        """The quotation that ends right before the sentence at ``ss`` and is a sentence of its own, or None."""
        layout = self.layout
        k = ss - 1
        while k >= 0 and layout.match[k] in " .؛;!؟?":
            k -= 1
        pair = next((p for p in layout.pairs if p[1] == k), None)
        if pair is None or pair[1] - pair[0] < 10:
            return None
        before = layout.match[:pair[0]].rstrip(" ")
        return pair if not before or before[-1] in "\n.؟?!»”\"" else None

    def _bare_clause(self, raw: Raw, nxt) -> int | None:
        """«X اعلام کرد احزاب … خواهند داد.»: a reported clause right after the verb, no «که»."""
        if raw.cue.name not in BARE_CLAUSE_VERBS or raw.mention.kind == NONE_KIND:
            return None
        layout = self.layout
        e = raw.cue_span[1]
        end = self._clause_end(e, nxt, raw.sentence[1])
        rest = layout.match[e:end]
        begin = e
        comma = re.match(r" *[،,؛]", rest)
        if comma:  # «… اعلام کردند، X …», «… ابراز امیدواری کرد، X …», «… گفت؛ X»
            rest = rest.lstrip(" ،,؛")
            begin = end - len(rest)
        # after a comma, three words are more often the predicate of a sentence whose subject held the
        # verb in a relative clause («آنچه … گفته بود، ابراز تردید کرد») than a reported clause
        if not re.match(r"[ ]*(?:و |،|,|\.|$)", rest) and len(rest.split()) >= (4 if comma else 3):
            raw.quote, raw.form = trim_span(layout, begin, end, indirect=nxt is not None), "that"
            return raw.quote[1]
        return None


def close_direct_quotes(layout: Layout, raws: list[Raw]) -> list[Raw]:
    """End a direct quote that runs to the paragraph end at the next attribution in that paragraph.

    Cue sites inside the quote without a subject of their own are part of it and dropped.
    """
    raws.sort(key=lambda r: r.cue_span[0])
    for i, raw in enumerate(raws):
        if raw.dropped or raw.form != "colon":
            continue
        for other in raws[i + 1:]:
            if other.paragraph != raw.paragraph or other.cue_span[0] >= raw.quote[1]:
                break
            if other.extras.get("nested"):
                continue
            if other.explicit or other.form == "colon":
                cut = max(other.sentence[0], raw.quote[0])
                raw.quote = trim_span(layout, raw.quote[0], cut)
                break
            other.dropped = True
    return [r for r in raws if not r.dropped and r.quote[1] > r.quote[0]]
