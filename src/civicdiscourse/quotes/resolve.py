"""From mentions to people: entity linking, anaphora, lead de-duplication.

Two passes over a document:

1. every *named* mention (statement subjects and the subjects of all other
   sentences) becomes or joins an :class:`Entity` (same name, or same surname
   with compatible first names); the longest name and the longest title seen
   are kept as the fullest mentions;
2. statements are resolved in reading order. Pronouns («وی/او/ایشان») and
   «این مقام مسئول» go to the most recent speaker or named subject; an omitted
   subject continues the previous speaker; a bare title goes to the person
   who holds it (before, else after, e.g. a title in the lead whose holder is
   named in the body); an unmatched title in the lead goes to the first named
   speaker of the body whose title is never given, elsewhere to the previous
   speaker if their title was never given (unless «نیز/هم» marks a new
   voice); failing that it stands for its unnamed holder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..text import fold
from .extract import Raw
from .layout import Layout
from .lexicon import HONORIFICS, first_names
from .mentions import NONE_KIND, Mention, tokens
from .names import CONSONANT_FOLD


@dataclass
class Entity:
    name: tuple[int, int] | None  # fullest name span (key coordinates)
    role: tuple[int, int] | None  # fullest title span
    first: int  # first mention position
    positions: list[int] = field(default_factory=list)
    words: tuple[str, ...] = ()  # name tokens without honorifics
    org: bool = False
    speaks: bool = False  # subject of at least one statement

    @property
    def named(self) -> bool:
        return self.name is not None and not self.org


def _name_words(layout: Layout, span: tuple[int, int]) -> tuple[str, ...]:
    return tuple(t.w for t in tokens(layout, *span) if t.w not in HONORIFICS and not t.is_punct)


def _role_words(layout: Layout, span: tuple[int, int]) -> list[str]:
    return fold(layout.key[span[0]:span[1]]).split()




@lru_cache(maxsize=1)
def _loose_first_names() -> frozenset[str]:
    return frozenset(_loose(tuple(first_names())))


@lru_cache(maxsize=8192)  # entity linking compares the same few names many times per document
def _loose(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.translate(CONSONANT_FOLD) for w in words)


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person? Equal names, or one is a contiguous part of the other (a surname, «هاشمی» of
    «محسن هاشمی رفسنجانی») with no clashing first name; letters folded by :data:`CONSONANT_FOLD`."""
    if not a or not b:
        return False
    a, b = _loose(a), _loose(b)
    if "".join(a) == "".join(b):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    inside = any(long_[k:k + n] == short for k in range(len(long_) - n + 1))
    if inside or "".join(long_).endswith("".join(short)) and len("".join(short)) > 3:
        names = _loose_first_names()
        if short[0] in names and long_[0] in names and short[0] != long_[0]:
            return False
        return not (short[0] in names and len(short) == 1)  # a lone first name is too weak
    return False


def _span_len(span):
    return 0 if span is None else span[1] - span[0]


class Resolver:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.entities: list[Entity] = []

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

    def _entity_for_name(self, mention: Mention) -> Entity:
        words = _name_words(self.layout, mention.name)
        entity = self._best(words, mention.start)
        if entity is not None:
            if len("".join(words)) > len("".join(entity.words)):
                entity.name, entity.words = mention.name, words
            if _span_len(mention.role) > _span_len(entity.role):
                entity.role = mention.role
            entity.positions.append(mention.start)
            return entity
        entity = Entity(mention.name, mention.role, mention.start, [mention.start], words)
        self.entities.append(entity)
        return entity

    def _org(self, mention: Mention) -> Entity:
        key = fold(self.layout.key[slice(*mention.role)])
        for entity in self.entities:
            if entity.org and fold(self.layout.key[slice(*entity.role)]) == key:
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

    def _title(self, mention: Mention, raw: Raw, last_speaker, upcoming) -> tuple[Entity, str | None]:
        title = _role_words(self.layout, mention.role)
        position = mention.start
        matching = [e for e in self.entities if e.named and self._title_matches(title, e)]
        if matching:
            before = [e for e in matching if e.first <= position]
            return (max(before, key=lambda e: e.first) if before else min(matching, key=lambda e: e.first)), "title"
        also = re.match(r" *(?:نیز|هم)(?!\w)", self.layout.match[mention.end:mention.end + 8]) is not None
        roleless = [e for e in self.entities if e.named and e.role is None and e.speaks]
        pick = None
        if raw.paragraph == 0 and len(self.layout.paragraphs) > 1:  # a lead names the title, the body the person
            after = [e for e in roleless if e.first > position]
            pick = min(after, key=lambda e: e.first) if after else None
        continuing = raw.cue.name in CONTINUATION_CUES
        if pick is None and continuing and not also and last_speaker in roleless:  # «X گفت: … / شهردار افزود: …»
            pick = last_speaker
        if pick is None and upcoming in roleless:  # «شهردار مشهد نیز گفت: … / X افزود: …»
            pick = upcoming
        if pick is None and not also and last_speaker in roleless:
            pick = last_speaker
        speakers = [e for e in self.entities if e.named and e.speaks]
        if pick is None and not also and len(speakers) == 1:  # one named voice in the whole article
            return speakers[0], "title"
        if pick is not None:
            pick.role = mention.role
            return pick, "title"
        key = " ".join(title)
        for entity in self.entities:
            if not entity.named and not entity.org and entity.role and " ".join(
                    _role_words(self.layout, entity.role)) == key:
                return entity, None
        entity = Entity(None, mention.role, position, [position])
        self.entities.append(entity)
        return entity, None

    def resolve(self, raws: list[Raw], discourse: list[tuple[int, Mention]]) -> None:
        speaking = {id(r.mention) for r in raws}
        for _, mention in sorted(discourse, key=lambda pm: pm[0]):
            if mention.kind in ("name", "surname") and mention.name is not None:
                entity = self._entity_for_name(mention)
                entity.speaks = entity.speaks or id(mention) in speaking
        for raw in raws:  # subjects found inside a sentence (strict re-parse) or of source cues
            if raw.mention.kind in ("name", "surname") and raw.mention.name is not None:
                entity = self._entity_for_name(raw.mention)
                entity.speaks = True
        events = sorted([(p, 0, m) for p, m in discourse] + [(r.cue_span[0], 1, r) for r in raws],
                        key=lambda ev: (ev[0], ev[1]))
        last_speaker: Entity | None = None
        last_speaker_at = -1
        last_person: Entity | None = None
        last_person_at = -1
        upcoming = self._upcoming(raws)
        for position, is_raw, item in events:
            if not is_raw:
                if item.kind in ("name", "surname") and item.name is not None:
                    last_person, last_person_at = self._entity_for_name_lookup(item), position
                continue
            raw: Raw = item
            mention = raw.mention
            recent = (last_speaker if last_speaker_at >= last_person_at else last_person) or last_speaker or last_person
            if mention.kind in ("name", "surname"):
                raw.entity, raw.anaphor = self._entity_for_name_lookup(mention), None
            elif mention.kind == "pronoun":
                raw.entity, raw.anaphor = recent, "pronoun"
            elif mention.kind == "this_title":
                raw.entity, raw.anaphor = recent, "title"
            elif mention.kind == "title":
                raw.entity, raw.anaphor = self._title(mention, raw, last_speaker, upcoming.get(id(raw)))
            elif mention.kind == "org":
                raw.entity, raw.anaphor = self._org(mention), None
            else:
                raw.entity, raw.anaphor = recent, "omitted"
            if raw.inherited and raw.anaphor is None and mention.kind == NONE_KIND:
                raw.anaphor = "omitted"
            if raw.entity is not None:
                last_speaker, last_speaker_at = raw.entity, position
                if raw.entity.named:
                    last_person, last_person_at = raw.entity, position

    def _upcoming(self, raws: list[Raw]) -> dict[int, Entity | None]:
        """For each statement, the person named by the next statement with an explicit subject."""
        out: dict[int, Entity | None] = {}
        following: Entity | None = None
        for raw in reversed(raws):
            out[id(raw)] = following
            if raw.explicit and raw.mention.kind not in ("pronoun", "this_title"):
                following = (self._entity_for_name_lookup(raw.mention)
                             if raw.mention.kind in ("name", "surname") and raw.mention.name else None)
        return out

    def _entity_for_name_lookup(self, mention: Mention) -> Entity:
        entity = self._best(_name_words(self.layout, mention.name), mention.start)
        return entity if entity is not None else self._entity_for_name(mention)


_GRAM = 4
# Cues that continue what the previous speaker was saying.
CONTINUATION_CUES = frozenset({"افزود", "ادامه داد", "اضافه کرد", "تصریح کرد", "خاطرنشان کرد", "یادآور شد",
                               "یادآوری کرد", "متذکر شد", "توضیح داد"})


def _grams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def drop_repeated_lead(layout: Layout, raws: list[Raw], *, threshold: float = 0.4) -> list[Raw]:
    """Drop statements of the first paragraph whose content the body repeats."""
    if len(layout.paragraphs) < 2 or not any(r.paragraph == 0 for r in raws):
        return raws
    body_start = layout.paragraphs[1][0]
    body = _words(layout.match[body_start:])
    body_grams: dict[int, set] = {}
    kept = []
    for raw in raws:
        if raw.paragraph == 0:
            words = _words(layout.match[raw.quote[0]:raw.quote[1]])
            n = _GRAM if len(words) >= 8 else 2
            grams = _grams(words, n)
            if n not in body_grams:
                body_grams[n] = _grams(body, n)
            if grams and len(grams & body_grams[n]) / len(grams) >= threshold:
                continue
        kept.append(raw)
    return kept


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    """Words of the (already normalised) match text, madda folded."""
    return _WORD.findall(text.replace("آ", "ا"))
