"""Interview answers: a line that opens with a person's name and a colon («کریمی: …»),
or an answer glued to the interviewer's question («… چگونه ارزیابی می‌کنید؟پاسخ …»).

Question-and-answer interviews write no reporting verb: the interviewer's line
is labelled with the outlet («خبرنگار:», the agency's name) and the answer with
the interviewee's name or surname. A paragraph is an answer when its label is
a name the document already knows (a subject elsewhere, or a word written right
after a first name); its quote is the rest of the paragraph, ``cue`` is
``None`` (GUIDELINES: interview answers have no cue) and the label is the
speaker mention.

Sentence-per-line corpora lose the break between a question and its answer:
the answer starts right after «؟» with no space, or after one space when the
question is put to someone («به نظر شما …؟», «… ارزیابی می‌کنید؟»). A document with several such
joins is an interview; each answer runs to the end of its line, has no cue and
an omitted subject, and all answers go to one speaker, the interviewee (the
person most of them resolve to).
"""

from __future__ import annotations

import re

from .cues import Cue
from .extract import Raw, SiteFinder, trim_span
from .holders import appositions
from .layout import Layout
from .mentions import NONE_KIND, Mention, parse_subject
from .names import FIRST_NAMES
from .tokens import tokens

ANSWER = Cue("")
# «؟» followed at once by a letter; a question chained to the next one («؟آیا …») is not an answer.
_GLUED = re.compile(r"[؟?]( ?)(?=[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC«“\"])")
# A question put to the interviewee: «شما», «جنابعالی», or a verb in the second person plural.
_ADDRESSED = re.compile(r"(?<!\w)(?:شما|جنابعالی|حضرتعالی|(?:ن?می )\w+ید|ن?(?:دارید|هستید|کردید|بودید|کنید|دانید))(?!\w)")
_NOT_ANSWER = frozenset({"آیا", "و", "یا", "چرا", "چه", "چگونه", "اما"})
MIN_GLUED = 3
_INTERVIEW_WORDS = re.compile(r"گفت ?و ?گو|گفتگو|مصاحبه|پاسخ|پرسید|سوال|سؤال")
LABEL = re.compile(r"[ \t]*([^\s:،,.؟?!«»“”\"()]+(?: [^\s:،,.؟?!«»“”\"()]+){0,2})[ \t]*[:：][ \t]*(?=\S)")


def interview_answers(layout: Layout, finder: SiteFinder, raws: list[Raw]) -> list[Raw]:
    """Statements for the answer paragraphs of an interview (see module doc)."""
    labelled = [(k, m) for k, (ps, pe) in enumerate(layout.paragraphs)
                if (m := LABEL.match(layout.match, ps, pe)) is not None and m.end() < pe]
    if len(labelled) < 2:  # an interview has several answers; one «X: …» line is a heading or a caption
        return []
    taken = {r.paragraph for r in raws}
    after_first_name = {b.w for a, b in _pairs(tokens(layout, 0, len(layout.key))) if a.w in FIRST_NAMES}
    out = []
    for k, m in labelled:
        ps, pe = layout.paragraphs[k]
        if k in taken or any(r.quote[0] <= ps < r.quote[1] for r in raws):
            continue
        words = [t for t in tokens(layout, m.start(1), m.end(1)) if not t.is_punct]
        if not words or not all(finder.is_known(t.w) or t.w in after_first_name for t in words):
            continue
        name = (words[0].start, words[-1].end)
        quote = trim_span(layout, m.end(), pe)
        if quote[1] > quote[0]:
            out.append(Raw(ANSWER, (m.end(1), m.end(1)), quote, "direct", "colon",
                           Mention("surname", name[0], name[1], name), False, (ps, pe), k))
    return out


def _pairs(toks):
    return zip(toks, toks[1:])


def glued_answers(layout: Layout, raws: list[Raw]) -> list[Raw]:
    """Answers glued to their question by a lost line break (see module doc)."""
    text = layout.match
    hits = []
    for m in _GLUED.finditer(text):
        start = m.end()
        if m.group(1) and not _ADDRESSED.search(text, layout.sentence_of(m.start())[0], m.start()):
            continue  # «؟ ما …» answers only a question put to someone («… به نظر شما …؟», «… می‌دانید؟»)
        word = text[start:start + 12].split(" ", 1)[0]
        if word in _NOT_ANSWER or any(r.quote[0] <= start < r.quote[1] for r in raws):
            continue
        hits.append(start)
    if len(hits) < MIN_GLUED:
        return []
    out = []
    for start in hits:
        k = layout.paragraph_index(start)
        ps, pe = layout.paragraphs[k]
        quote = trim_span(layout, start, pe)
        if quote[1] - quote[0] < 2:
            continue
        out.append(Raw(ANSWER, (start, start), quote, "direct", "colon",
                       Mention(NONE_KIND, start, start), False, (ps, pe), k, extras={"glued": True}))
    return out


def one_interviewee(raws: list[Raw], resolver, discourse) -> list[Raw]:
    """Give every glued answer to the interviewee (after resolution).

    The interviewee is the last full name the lead writes in a sentence about the
    interview before the first answer («در گفت‌وگو با X، سخنگوی حزب …», «پاسخ این
    پرسش‌ها را از X …»): the lead may quote others more often (a minister whose
    words the interview answers). Without one, it is the person named most often
    before the first answer (as a speaker or a subject in the narration; the later
    one wins a tie), by a full name: a lone word there is too often a misread
    subject («عده‌ای»). Without any, the answers are dropped: a wrong speaker is
    worse than a missed answer.
    """
    answers = [r for r in raws if r.extras.get("glued")]
    if not answers:
        return raws
    first = min(r.quote[0] for r in answers)
    counts: dict[int, list] = {}

    def count(entity, position):
        if entity is not None and entity.named and not entity.org and len(entity.words) > 1:  # a full name
            entry = counts.setdefault(id(entity), [0, 0, entity])
            entry[0] += 1
            entry[1] = position

    for position, mention in discourse:
        if position < first and mention.kind in ("name", "surname") and mention.name is not None:
            count(resolver._entity_for_name_lookup(mention), position)
    for r in raws:
        if r.quote[0] < first and not r.extras.get("glued") and r.anaphor is None:
            count(r.entity, r.cue_span[0])
    layout = resolver.layout
    # «پاسخ این سؤالات را از X پرسیدیم», «در گفت‌وگو با X، …»: the person the lead introduces
    named = [span for span, _, _ in appositions(layout) if span[1] <= first
             and _INTERVIEW_WORDS.search(layout.match, *layout.sentence_of(span[0]))]
    named = named or _talked_with(layout, first)
    if named:
        entity = resolver._entity_for_name(Mention("name", named[-1][0], named[-1][1], named[-1]))
    elif counts:
        entity = max(counts.values(), key=lambda c: (c[0], c[1]))[2]
    else:
        return [r for r in raws if not r.extras.get("glued")]
    for r in answers:
        r.entity, r.anaphor = entity, "omitted"
    return raws


_WITH = re.compile(r"(?<!\w)با +")


def _talked_with(layout: Layout, before: int) -> list[tuple[int, int]]:
    """Names after «با» in the sentences before ``before`` that speak of an interview («با X، فعال سیاسی …،
    به گفت‌وگو پرداخته‌ایم»), for names whose first name no list knows."""
    found = []
    for ss, se in layout.sentences:
        if se > before:
            break
        if not _INTERVIEW_WORDS.search(layout.match, ss, se):
            continue
        for m in _WITH.finditer(layout.match, ss, se):
            mention = parse_subject(layout, m.end(), se, strict=True)
            if mention.kind == "name" and mention.name is not None and mention.role is not None:
                found.append(mention.name)
    return found
