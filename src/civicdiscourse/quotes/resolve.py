"""From mentions to people: entity linking and anaphora.

Two passes over a document:

1. every *named* mention (statement subjects and the subjects of all other
   sentences) becomes or joins an :class:`Entity` (same name, or same surname
   with compatible first names); the longest name and the longest title seen
   are kept as the fullest mentions;
2. statements are resolved in reading order. Pronouns («وی/او/ایشان») go to
   the most recent speaker or named subject (people named inside a quote, and
   revered figures such as «امام علی (ع)», are never antecedents); «آنها» to
   the last group that spoke; «این عضو شورای شهر» to the person recorded with
   that title, a generic «این مقام مسئول» to the last person who spoke; an
   omitted subject continues the previous speaker; a bare title goes to the person
   who holds it (before, else after, e.g. a title in the lead whose holder is
   named in the body); an unmatched title in the lead goes to the first named
   speaker of the body whose title is never given, elsewhere to the previous
   speaker if their title was never given (unless «نیز/هم» marks a new
   voice), or, with «افزود» and the like, to the previous speaker whose own
   title names the same place or body; failing that it stands for its unnamed
   holder, written out in full where the text does so («شهردار این منطقه» →
   «شهردار منطقه ۱۸»). Nobody named in the title's own clause holds it
   («خزانه‌دار شورا زالی را خطاب قرار داد و گفت»). A plural title («مسئولان کشور») is a group, never a
   person; a title that opens the lead without a cue becomes the role of the
   body's first named speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .extract import Raw
from .holders import (
    complete_surnames,
    folded,
    full_name_of,
    holder_of,
    merge_title_holders,
    name_words,
    nearest_namesake,
    quoted_holder_of,
    surnames_written_apart,
    titles_after_names,
)
from .layout import Layout
from .lexicon import STOP, TITLE_HEADS, first_names
from .mentions import NONE_KIND, QUANTIFIERS, Mention, tokens
from .names import CONSONANT_FOLD, is_plural_noun
from .openers import opener_end
from .positional import POSITIONAL


@dataclass
class Entity:
    name: tuple[int, int] | None  # fullest name span (key coordinates)
    role: tuple[int, int] | None  # fullest title span
    first: int  # first mention position
    positions: list[int] = field(default_factory=list)
    words: tuple[str, ...] = ()  # name tokens without honorifics
    org: bool = False
    speaks: bool = False  # subject of at least one statement
    indefinite: bool = False  # «یک عضو شورای شهر»: a holder of the title, never merged with a named one

    @property
    def named(self) -> bool:
        return self.name is not None and not self.org


def _role_words(layout: Layout, span: tuple[int, int]) -> list[str]:
    return folded(layout.key[span[0]:span[1]]).split()




@lru_cache(maxsize=1)
def _loose_first_names() -> frozenset[str]:
    return frozenset(_loose(tuple(first_names())))


@lru_cache(maxsize=8192)  # entity linking compares the same few names many times per document
def _loose(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.translate(CONSONANT_FOLD) for w in words)


@lru_cache(maxsize=65536)  # the same pairs of names are compared again and again
def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person? Equal names, or one is a contiguous part of the other (a surname, «هاشمی» of
    «محسن هاشمی رفسنجانی») with no clashing first name; letters folded by :data:`CONSONANT_FOLD`."""
    if not a or not b:
        return False
    a, b = _loose(a), _loose(b)
    if "".join(a) == "".join(b):
        return True
    short, long_ = sorted((a, b), key=lambda words: (len(words), len("".join(words))))
    n = len(short)
    inside = any(long_[k:k + n] == short for k in range(len(long_) - n + 1))
    names = _loose_first_names()
    if _same_surname(a, b, names) or _same_surname(b, a, names):
        return True
    if inside or "".join(long_).endswith("".join(short)) and len("".join(short)) > 3:
        if len(short) == 1 and len(long_) > 1 and long_[-1] == short[0]:
            return True  # the surname alone, even one that is also a first name («عارف» of «محمدرضا عارف»)
        if len(short) >= 2 and long_[-len(short):] == short:
            return True  # «جان بابایی» of «قاسم جان بابایی»: the last words, even when the first is also a first name
        if short[0] in names and long_[0] in names and short[0] != long_[0]:
            return False
        return not (short[0] in names and len(short) == 1)  # a lone first name is too weak
    return False


def _same_surname(part: tuple[str, ...], name: tuple[str, ...], names: frozenset[str]) -> bool:
    """Whether ``part`` is the surname of the full ``name``, written with or without its spaces, or one
    part of a compound surname written as one word: «نژادبهرام» of «زهرا نژاد بهرام», «فلاح» of
    «ربیع فلاح‌جلودار», «سامع» of «امیرسامع». ``names`` are the first names (never a surname here)."""
    written = "".join(part)
    if len(written) < 4 or len(name) < 2:
        return False
    if len(part) > 1 and any(written == "".join(name[k:]) for k in range(1, len(name))):
        return True  # «زیبا کلام» of «صادق زیباکلام», even when its first word is also a first name
    if part[0] in names:
        return False
    for k in range(1, len(name)):
        surname = "".join(name[k:])
        if written == surname:
            return True
        if k == len(name) - 1 and len(surname) - len(written) >= 3 and (
                surname.startswith(written) or surname.endswith(written)):
            return True
    return False


def _span_len(span):
    return 0 if span is None else span[1] - span[0]


class Resolver:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.entities: list[Entity] = []
        self.titles: list[tuple[int, int]] = []  # every bare title of the document

    def _best(self, words: tuple[str, ...], position: int) -> Entity | None:
        """The person a name refers to: the same full name, else the most recently mentioned compatible one."""
        candidates = [e for e in self.entities if not e.org and _compatible(e.words, words)]
        if not candidates:
            return None
        exact = [e for e in candidates if "".join(_loose(e.words)) == "".join(_loose(words))]
        if exact:
            return exact[0]
        before = [e for e in candidates if min(e.positions) <= position]
        return max(before, key=lambda e: max(p for p in e.positions if p <= position)) if before else candidates[0]

    def _namesake(self, words: tuple[str, ...], entity: Entity | None, position: int) -> tuple[int, int] | None:
        """For a surname alone that finds nobody named before it, the full name of the namesake written just
        before it, if the text names several («… غلامرضا موسوی و … / موسوی گفت … / مهدی موسوی …»)."""
        if len(words) == 1 and (entity is None or min(entity.positions) > position):
            return nearest_namesake(self.layout, words[0], before=position)
        return None

    def _person_named(self, mention: Mention) -> tuple[Entity | None, tuple[int, int], tuple[str, ...]]:
        """The known person ``mention`` names (or None), and the span and words of that name."""
        words = name_words(self.layout, mention.name)
        entity = self._best(words, mention.start)
        namesake = self._namesake(words, entity, mention.start)
        if namesake is None:
            return entity, mention.name, words
        words = name_words(self.layout, namesake)
        return self._best(words, mention.start), namesake, words

    def _runs_into_another(self, entity: Entity, words: tuple[str, ...]) -> bool:
        """Whether ``words`` are ``entity``'s name run on into another person's surname («بنابر اعلام محمدرضا
        شهیدی‌فرد معادی به دلیل …» where «پیمان معادی» is named too): the longer form is no better name."""
        n = len(entity.words)
        return (len(words) > n and _loose(words[:n]) == _loose(entity.words) and any(
            other is not entity and not other.org and len(other.words) > 1 and _loose(other.words[-1:]) == _loose(
                words[-1:]) for other in self.entities))

    def _entity_for_name(self, mention: Mention) -> Entity:
        entity, name, words = self._person_named(mention)
        if entity is not None:
            if len("".join(words)) > len("".join(entity.words)) and not self._runs_into_another(entity, words):
                entity.name, entity.words = name, words
            if _span_len(mention.role) > _span_len(entity.role):
                entity.role = mention.role
            entity.positions.append(mention.start)
            return entity
        entity = Entity(name, mention.role, mention.start, [mention.start], words)
        self.entities.append(entity)
        return entity

    def _org(self, mention: Mention) -> Entity:
        key = folded(self.layout.key[slice(*mention.role)])
        for entity in self.entities:
            if entity.org and folded(self.layout.key[slice(*entity.role)]) == key:
                return entity
        entity = Entity(mention.role, mention.role, mention.start, [mention.start], org=True)
        self.entities.append(entity)
        return entity

    def _title_matches(self, title: list[str], entity: Entity) -> bool:
        if entity.role is None or entity.org:
            return False
        role = _role_words(self.layout, entity.role)
        if not title or not role or title[0] != role[0]:
            return False
        return all(word in role for word in title)

    def _this_title(self, mention: Mention, position: int) -> Entity | None:
        """«این عضو شورای شهر»: the most recent person before ``position`` whose recorded title it matches.

        Generic heads («این مقام مسئول», «این مدیر») match nobody in particular and return None.
        """
        words = _role_words(self.layout, (mention.start, mention.end))[1:]
        if len(words) < 2 or words[0] in _GENERIC_THIS:
            return None
        matching = [e for e in self.entities if e.named and e.first <= position and self._title_matches(words, e)]
        return max(matching, key=lambda e: max(p for p in e.positions if p <= position)) if matching else None

    def _title(self, mention: Mention, raw: Raw, last_speaker, upcoming) -> tuple[Entity, str | None]:
        title = _role_words(self.layout, mention.role)
        position = mention.start
        if title and (title[0] in _CROWD_HEADS or is_plural_noun(title[0])):
            return self._org(mention), None  # «مسئولان کشور می‌گویند»: a group, never the person who spoke last
        if _INDEFINITE.search(self.layout.match, max(0, position - 4), position):
            return self._indefinite_title(mention, raw, title)
        matching = [e for e in self.entities if e.named and self._title_matches(title, e)]
        if matching:
            before = [e for e in matching if e.first <= position]
            return (max(before, key=lambda e: e.first) if before else min(matching, key=lambda e: e.first)), "title"
        also = re.match(r" *(?:نیز|هم)(?!\w)", self.layout.match[mention.end:mention.end + 8]) is not None
        # «همسر علی رضایی» is not علی رضایی, nor is «زالی» of «خزانه‌دار شورا زالی را خطاب قرار داد و گفت»
        inside = {t.w for t in tokens(self.layout, mention.role[0], max(mention.role[1], raw.cue_span[0]))}
        roleless = [e for e in self.entities if e.named and e.role is None and e.speaks and e.words[-1:]
                    and e.words[-1] not in inside]
        pick = None
        if raw.paragraph == 0 and len(self.layout.paragraphs) > 1:  # a lead names the title, the body the person
            after = [e for e in roleless if e.first > position]
            pick = min(after, key=lambda e: e.first) if after else None
        continuing = raw.cue.name in CONTINUATION_CUES
        if pick is None and continuing and not also and last_speaker in roleless:  # «X گفت: … / شهردار افزود: …»
            pick = last_speaker
        if (pick is None and continuing and not also and last_speaker is not None and last_speaker.named
                and not last_speaker.org and raw.paragraph > 0 and self._same_place(
                    [t.w for t in tokens(self.layout, position, raw.cue_span[0])], last_speaker)):
            return last_speaker, "title"  # «X، معاون استانداری خراسان رضوی … / قائم مقام ستاد … خراسان رضوی افزود»
        if pick is None and upcoming in roleless:  # «شهردار مشهد نیز گفت: … / X افزود: …»
            pick = upcoming
        if pick is None and not also and last_speaker in roleless:
            pick = last_speaker
        quoted = quoted_holder_of(self.layout, title) if pick is None else None
        if quoted is not None:  # «"بیل د بلاسیو" شهردار نیویورک» named, even when another is the one voice quoted
            return self._entity_for_name(Mention("name", position, mention.end, quoted, mention.role)), "title"
        speakers = [e for e in self.entities if e.named and e.speaks and e.words[-1:]
                    and e.words[-1] not in inside]
        if pick is None and not also and len(speakers) == 1:  # one named voice in the whole article
            pick = speakers[0]
            if self._addresses(pick, title, position):  # «جهانگیری … استاندار خراسان را …»: someone else
                pick = None
            elif pick.role is not None:
                return pick, "title"
        if pick is not None:
            pick.role = mention.role
            return pick, "title"
        holder = holder_of(self.layout, title)
        if holder is not None:  # «مایک پمپئو، وزیر خارجه آمریکا» written in the narration
            return self._entity_for_name(Mention("name", position, mention.end, holder, mention.role)), "title"
        return self._unnamed(self._spelled_out(title) or mention.role, position), None

    def _goes_on(self, raw: Raw, last_said_to: int) -> bool:
        """Whether a sentence with no subject goes on with the last speaker: it opens with «همچنین», or it
        follows right after what they said (``last_said_to``: where that ends) and only openers stand before
        its complement («در این میان X را ضروری دانست»)."""
        if _GOING_ON.match(self.layout.match, raw.sentence[0]):
            return True
        previous = self.layout.sentence_of(max(0, raw.sentence[0] - 1))
        if last_said_to < previous[1] - 2:  # «- 2»: a quote ends before the sentence's closing marks
            return False
        toks = tokens(self.layout, raw.sentence[0], raw.quote[0])
        return len(toks) - opener_end(toks, 0) <= 1  # at most the cue's marker («از X خبر داد»)

    def _same_place(self, title: list[str], entity: Entity) -> bool:
        """Whether ``title`` (the words up to the cue) names a place or body that ``entity``'s own title names
        too: a second title of theirs."""
        if entity.role is None:
            return False
        words = {w for w in title if w not in TITLE_HEADS and w not in STOP and len(w) > 2}
        return bool(words & {t.w for t in tokens(self.layout, *entity.role)})  # both in lookup form («آذربایجان»)

    def _indefinite_title(self, mention: Mention, raw: Raw, title: list[str]) -> tuple[Entity, str | None]:
        """«یک عضو شورای شهر گفت»: someone holding the title, not one of the holders already named.

        Only a lead may name the person later in the body («یک نماینده مجلس گفت: … / X …»).
        """
        if raw.paragraph == 0 and len(self.layout.paragraphs) > 1:
            later = [e for e in self.entities if e.named and e.first > mention.start and self._title_matches(title, e)]
            if later:
                return min(later, key=lambda e: e.first), "title"
        return self._unnamed(mention.role, mention.start, indefinite=True), None

    def _unnamed(self, role: tuple[int, int], position: int, *, indefinite: bool = False) -> Entity:
        """The unnamed holder of ``role`` (one per distinct title, and per definiteness, in a document)."""
        key = " ".join(_role_words(self.layout, role))
        for entity in self.entities:
            if not entity.named and not entity.org and entity.role and entity.indefinite == indefinite and " ".join(
                    _role_words(self.layout, entity.role)) == key:
                return entity
        entity = Entity(None, role, position, [position], indefinite=indefinite)
        self.entities.append(entity)
        return entity

    def _addresses(self, entity: Entity, title: list[str], position: int) -> bool:
        """Whether a sentence before ``position`` has ``entity`` speak of, or to, the holder of ``title``
        («دکتر جهانگیری … استاندار خراسان رضوی را … خواند»): then the title is someone else's."""
        words = set(entity.words)
        for ss, se in self.layout.sentences:
            if ss >= position:
                break
            toks = [t.w for t in tokens(self.layout, ss, se)]
            for k in range(1, len(toks) - len(title) + 1):
                if toks[k:k + len(title)] == title and words & set(toks[:k]):
                    return True
        return False

    def _spelled_out(self, title: list[str]) -> tuple[int, int] | None:
        """«شهردار این منطقه» → the title written out elsewhere in the text («شهردار منطقه ۱۸»)."""
        if "این" not in title[1:]:
            return None
        at = title.index("این", 1)
        head, noun = title[:at], title[at + 1:at + 2]
        for span in self.titles:
            words = _role_words(self.layout, span)
            if words[:at] == head and words[at:at + 1] == noun and len(words) > at + 1 and "این" not in words:
                return span
        return None

    def resolve(self, raws: list[Raw], discourse: list[tuple[int, Mention]]) -> None:
        speaking = {id(r.mention) for r in raws}
        self.titles = [m.role for m in [m for _, m in discourse] + [r.mention for r in raws]
                       if m.kind == "title" and m.role is not None]
        for _, mention in sorted(discourse, key=lambda pm: pm[0]):
            if mention.kind in ("name", "surname") and mention.name is not None:
                entity = self._entity_for_name(mention)
                entity.speaks = entity.speaks or id(mention) in speaking
        for raw in raws:  # subjects found inside a sentence (strict re-parse) or of source cues
            if raw.mention.kind in ("name", "surname") and raw.mention.name is not None:
                entity = self._entity_for_name(raw.mention)
                entity.speaks = entity.speaks or not raw.extras.get("nested")  # quoted by another: not a speaker here
        complete_surnames(self.layout, self.entities)
        surnames_written_apart(self.layout, self.entities)
        events = sorted([(p, 0, m) for p, m in discourse] + [(r.cue_span[0], 1, r) for r in raws],
                        key=lambda ev: (ev[0], ev[1]))
        last_speaker: Entity | None = None
        last_speaker_at = -1
        last_said_to = -1
        last_person: Entity | None = None
        last_person_at = -1
        last_group: Entity | None = None  # «آنها گفتند» goes to the last group or organisation that spoke
        upcoming = self._upcoming(raws)
        quoted = sorted(r.quote for r in raws)
        for position, is_raw, item in events:
            if not is_raw:
                # a person named inside someone's quote is what was talked about, not the next «وی»
                if (item.kind in ("name", "surname") and item.name is not None and not _inside(quoted, position)
                        and not _revered(self.layout, item)):
                    last_person, last_person_at = self._entity_for_name_lookup(item), position
                continue
            raw: Raw = item
            mention = raw.mention
            recent = (last_speaker if last_speaker_at >= last_person_at else last_person) or last_speaker or last_person
            # «برخی می‌گویند … / وی افزود»: a singular voice goes back past a crowd to the last person
            person = last_person if recent is not None and self._crowd(recent) and last_person else recent
            # «وی/او» is a person: never an organisation or a crowd («وزارت … می‌گوید … / وی ادامه داد»)
            individual = (last_speaker if raw.cue.name in CONTINUATION_CUES and self._individual(last_speaker)
                          else recent if self._individual(recent) else last_person or recent)
            if mention.kind in ("name", "surname"):
                raw.entity, raw.anaphor = self._entity_for_name_lookup(mention), None
            elif mention.kind == "pronoun":
                plural = self.layout.match[mention.start:mention.end].replace(" ", "") in _PLURAL_PRONOUNS
                if plural:
                    raw.entity = last_group or recent
                else:
                    since = max(last_speaker_at, last_person_at)
                    raw.entity = self._introduced_before(raw, since, quoted) or individual
                raw.anaphor = "pronoun"
            elif mention.kind == "this_title":
                # «این مقام مسئول» names the person being reported: the last speaker before a bystander
                # (a person: an organisation is never «این مسئول»)
                person = last_speaker if self._individual(last_speaker) else None  # «یکی از اعضای …» is one
                raw.entity, raw.anaphor = self._this_title(mention, position) or person or last_person or recent, "title"
            elif mention.kind == "title":
                raw.entity, raw.anaphor = self._title(mention, raw, last_speaker, upcoming.get(id(raw)))
            elif mention.kind == "org":
                raw.entity, raw.anaphor = self._org(mention), None
            elif mention.kind == POSITIONAL:
                words = name_words(self.layout, mention.name)
                person = self._best(words, position)
                if person is not None and len("".join(person.words)) < len("".join(words)):
                    person = None  # a known name inside a longer phrase («اهالی منطقه») is not that person
                full = self._namesake(words, person, mention.start)
                if full is None and person is None and len(words) == 1:  # «افشار …» where the text names
                    full = full_name_of(self.layout, words[0], before=mention.start)  # «بامداد افشار» elsewhere
                if full is not None:
                    person = self._entity_for_name(Mention("name", mention.start, mention.end, full))
                raw.entity, raw.anaphor = person or self._org(mention), None
            else:
                plural = self.layout.match[raw.cue_span[0]:raw.cue_span[1]].endswith("ند")
                # a document («در این نامه آمده است») speaks for its author, often an organisation
                raw.entity, raw.anaphor = (recent if plural or raw.extras.get("document") else person), "omitted"
                if raw.form in ("judge", "marker", "mark") and not raw.inherited and not self._goes_on(
                        raw, last_said_to):
                    # «X را مهم می‌داند», «از X خبر داد» or «… نوشت: «…»» with no subject found in its sentence:
                    # a relative clause, narration, or a subject this parser misses (7 of 57 went to the right
                    # speaker on the annotated parts). Left without a speaker, the statement is dropped.
                    raw.entity = None
            if raw.inherited and raw.anaphor is None and mention.kind == NONE_KIND:
                raw.anaphor = "omitted"
            if raw.entity is not None and not raw.extras.get("nested"):  # a quoted voice does not go on speaking
                last_speaker, last_speaker_at = raw.entity, position
                last_said_to = raw.quote[1]
                if raw.entity.org:
                    last_group = raw.entity
                if raw.entity.named:
                    last_person, last_person_at = raw.entity, position
        merge_title_holders(self.layout, raws)
        self._written_titles(raws)
        self._lead_title(raws, discourse)

    def _written_titles(self, raws: list[Raw]) -> None:
        """A named speaker no subject gave a title takes the one the narration writes after their name."""
        untitled = {id(r.entity): r.entity for r in raws if r.entity is not None and r.entity.named
                    and r.entity.role is None}
        if not untitled:
            return  # most documents: every speaker has a title already, and the text need not be scanned
        for span, role in titles_after_names(self.layout):
            words = name_words(self.layout, span)
            for entity in untitled.values():
                if entity.role is None and _compatible(entity.words, words):
                    entity.role = role

    def _lead_title(self, raws: list[Raw], discourse: list[tuple[int, Mention]]) -> None:
        """«رئیس شورای شهر تهران از … گلایه کرد. / به گزارش ایسنا، محسن هاشمی … گفت»: a title that opens the
        lead without reporting anything is the title of the body's first named speaker, if they have none."""
        if len(self.layout.paragraphs) < 2:
            return
        first = next((r.entity for r in raws if r.paragraph > 0 and r.entity is not None and not r.extras.get("nested")),
                     None)
        if first is None or not first.named or first.role is not None:
            return
        lead_end = self.layout.paragraphs[0][1]
        title = next((m for p, m in discourse if p < lead_end and m.kind == "title" and m.role is not None), None)
        if title is not None and not any(r.mention is title for r in raws):
            first.role = title.role

    def _introduced_before(self, raw: Raw, since: int, quoted) -> Entity | None:
        """The person the previous sentence introduces with a title, after everyone named as a subject or
        speaker so far («… با واکنش «علی X» دبیرکل حزب … روبه‌رو شد. / او به ایلنا گفته است …»)."""
        start = raw.sentence[0]
        if start == 0 or self.layout.match[start:raw.mention.start].strip(" ،,\t"):
            return None  # only a pronoun opening its sentence
        previous = self.layout.sentence_of(start - 1)[0]
        spans = [span for span, _ in titles_after_names(self.layout, max(previous, since + 1), start)
                 if not _inside(quoted, span[0])]
        if not spans:
            return None
        return self._entity_for_name_lookup(Mention("name", spans[-1][0], spans[-1][1], spans[-1]))

    def _individual(self, entity: Entity | None) -> bool:
        """A person, named or not («یکی از ساکنان» is one person, «برخی» and «وزارت …» are not)."""
        if entity is None:
            return False
        if not entity.org:
            return True
        first = tokens(self.layout, *entity.role)[:1] if entity.role else []
        return bool(first) and first[0].w in {"یکی", "یک"}

    def _crowd(self, entity: Entity) -> bool:
        """An unnamed group of people («برخی», «کارشناسان», «مقامات شهر»), not an organisation or a person."""
        if not entity.org or entity.role is None:
            return False
        first = tokens(self.layout, *entity.role)[:1]
        return bool(first) and (first[0].w in QUANTIFIERS or first[0].w in _CROWD_HEADS or is_plural_noun(first[0].w))

    def _upcoming(self, raws: list[Raw]) -> dict[int, Entity | None]:
        """For each statement, the person named by the next statement, when that one has an explicit subject."""
        out: dict[int, Entity | None] = {}
        following: Entity | None = None
        for raw in reversed(raws):
            out[id(raw)] = following
            if raw.inherited or raw.mention.kind in ("pronoun", "this_title"):
                continue  # the same speaker goes on («… با بیان اینکه …، افزود», «وی افزود»)
            following = (self._entity_for_name_lookup(raw.mention) if raw.explicit and raw.mention.kind in (
                "name", "surname") and raw.mention.name else None)
        return out

    def _entity_for_name_lookup(self, mention: Mention) -> Entity:
        entity = self._person_named(mention)[0]
        return entity if entity is not None else self._entity_for_name(mention)


_INDEFINITE = re.compile(r"(?<!\w)یک +$")
_GOING_ON = re.compile(r"[ \t«]*(?:همچنین|در ادامه|سپس|در پایان)(?!\w)")  # a sentence going on with its speaker
_CROWD_HEADS = frozenset("مقامات مقام‌ها مقامهای مردم عده عده‌ای".replace("\u200c", "").split())
_GENERIC_THIS = frozenset({"مقام", "مسئول", "مسیول", "مسوول", "مقامات", "فرد", "شخص"})
# Revered figures are cited, rarely speak in news: «امام علی (ع)», «حضرت …», «پیامبر …».
_REVERED_BEFORE = frozenset({"امام", "حضرت", "پیامبر", "رسول", "ائمه", "ایمه"})
_REVERED_AFTER = re.compile(r"^ *(?:\( *(?:ع|ص|س|ره|عج) *\)|علیه *السلام|علیهم *السلام|سلام *الله)")


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(s <= position < e for s, e in spans)


def _revered(layout: Layout, mention: Mention) -> bool:
    start, end = mention.name
    before = layout.match[max(0, start - 12):start].split()
    return bool(before and folded(before[-1]) in _REVERED_BEFORE) or bool(_REVERED_AFTER.match(layout.match[end:end + 16]))


# Cues that continue what the previous speaker was saying.
CONTINUATION_CUES = frozenset({"افزود", "ادامه داد", "اضافه کرد", "تصریح کرد", "خاطرنشان کرد", "یادآور شد",
                               "یادآوری کرد", "متذکر شد", "توضیح داد"})


_PLURAL_PRONOUNS = frozenset({"آنها", "آنان"})
