"""The transparent stance rules: target mentions, then cues around them.

For each target a statement first has to *mention* the target (relevance,
from the target lexicons, minus look-alikes); then the cues near the
mentions decide the side:

* advocacy and modality («باید», «لازم است», «ضرورت», «تاکید») → favor;
* criticising a lack («عدم مشارکت», «پروژه‌های نیمه‌تمام») → favor;
* critique cues («مخالف», «آسیب», «تخریب») → against — and a modal
  in the same clause strengthens the demand («باید متوقف شود»); a stop or a
  cancellation («توقف», «لغو», «ممنوع») is critique only when demanded, and an
  official reporting one merely weakens the lean toward favor;
* negation flips a cue («لازم نیست», «نباید», «مخالف نیستیم»), except a cue
  that carries its own negation («حساب نشده»);
* a pejorative name of a development practice («تراکم‌فروشی», «مدیریت لودری»)
  is a mention and a critique at once, negated or not;
* «لازم» demands only as a predicate («لازم است»); after a noun («ایمنی لازم»)
  it is «the required …» and counts a third.

A mention without any cue leans favor (officials who bring up a programme or a
project present it as an achievement, see GUIDELINES.md); it must then carry
enough weight by itself. Every decision is recorded as :class:`Cue` records,
which ``explain`` returns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from . import _lexicon as L
from .matcher import _VERBS, Hit, Lexicon, Tokens, is_negator, negated

TARGETS = ("participation", "development")
LABELS = ("against", "favor", "none")  # sorted, as scikit-learn orders classes_

_P_TERMS = Lexicon(L.PARTICIPATION_TERMS)
_P_ACTORS = Lexicon(L.PARTICIPATION_ACTORS)
_P_ACTS = Lexicon(L.PARTICIPATION_ACTS)
_P_DOMAINS = Lexicon(L.GOVERNANCE_DOMAINS)
_P_FINANCE = Lexicon(L.PARTICIPATION_FINANCE_GUARDS)
_P_ELECTION = Lexicon(L.PARTICIPATION_ELECTION_GUARDS)
_P_AGAINST = Lexicon(L.PARTICIPATION_AGAINST)
_D_TERMS = Lexicon(L.DEVELOPMENT_TERMS)
_D_GUARDS = Lexicon(L.DEVELOPMENT_GUARDS)
_D_OFF_TOPIC = Lexicon(L.DEVELOPMENT_OFF_TOPIC)
_D_AGAINST = Lexicon(L.DEVELOPMENT_AGAINST)
_D_CRITIQUE_TERMS = Lexicon(L.DEVELOPMENT_CRITIQUE_TERMS)
_D_HAZARDS = Lexicon(L.HAZARDS)
_ADVOCACY = Lexicon(L.ADVOCACY)
_NEG_ADVOCACY = Lexicon({"نباید": 1.5, "نبایستی": 1.5, "نمی‌بایست": 1.5,
                         # zero weight: «we must not think/forget that …» is no demand about the target
                         "نباید تصور": 0.0, "نباید فکر": 0.0, "نباید فراموش": 0.0, "نباید انتظار": 0.0})
_DEMAND = Lexicon(L.DEMAND)
_LACK = Lexicon(L.LACK)
_PROGRESS = Lexicon(L.PROGRESS)
THRESHOLDS = {"participation": 1.5, "development": 2.0}
# In a statement about fees, permits, sanitation, health or fires, only the strongest project words
# («عمرانی», «زیرساخت», «بهره‌برداری») still make it a development statement.
OFF_TOPIC_VOIDS_BELOW = 2.5
# With a flood, a quake, a fire or an accident, passing building words describe the scene.
HAZARD_VOIDS_BELOW = 1.5
# Critique needs this much weight, and a mention of at least 1.0 (not a passing «خیابان»), to make `against`;
# development has many incidental harm words («ممنوع», «لغو») near weak mentions.
AGAINST_MIN = {"participation": 1.0, "development": 1.5}
# A mention below the threshold still counts as favor with this much advocacy around it; development
# words are common in passing (buildings, parks), so they need more.
_WEAK_MENTION_CUE = {"participation": 1.0, "development": 1.5}

# Institution and programme names are never look-alikes (an election of neighbourhood councils is
# still about neighbourhood councils); only «مشارکت …» compounds and the like («همیاری» in an epidemic,
# «مردمی کردن» the economy) are checked against the guards.
_GUARDED_TERM_HEADS = ("مشارکت", "نظرسنجی", "نظرخواهی", "افکارسنجی", "همه‌پرسی", "همیار", "داوطلب", "مردمی",
                       "جامعه مدنی")
# Development words whose meaning depends on what follows («توسعه سرمایه انسانی»).
_D_GUARDED_HEADS = frozenset({"توسعه", "پروژه", "پروژه‌ها", "پروژه‌های", "گسترش", "ساخت", "تکنولوژی", "فناوری"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One piece of evidence: what was matched, its weight and what it did."""

    kind: str  # mention | advocacy | lack | critique | guard
    text: str
    weight: float
    effect: str  # relevance | favor | against | void

    def as_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "weight": round(self.weight, 3), "effect": self.effect}


@dataclass(slots=True)
class Evidence:
    """Relevance and side evidence of one statement toward one target."""

    target: str
    relevance: float = 0.0
    favor: float = 0.0
    against: float = 0.0
    cues: list[Cue] = field(default_factory=list)

    def decide(self, *, threshold: float) -> tuple[str, float]:
        """Label and signed margin (how far the evidence is past the decision boundary)."""
        if self.relevance <= 0:
            return "none", threshold
        if self.against > self.favor and self.against >= AGAINST_MIN[self.target] and self.relevance >= 1.0:
            return "against", self.against - self.favor
        support = self.relevance + self.favor - self.against
        weak_needs = _WEAK_MENTION_CUE[self.target]
        if (self.relevance >= threshold and (self.favor >= 0 or support >= threshold)) or (
                self.relevance >= 1.0 and self.favor >= weak_needs and support >= threshold):
            return "favor", support - threshold + 0.5
        return "none", threshold - support

    def add(self, kind: str, tokens: Tokens, hit: Hit, weight: float, effect: str) -> None:
        self.cues.append(Cue(kind, tokens.surface(hit.start, hit.end), weight, effect))


def _gap(a: Hit, b: Hit) -> int:
    """Number of tokens between two hits (0 when adjacent or overlapping)."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def _near(hit: Hit, others: list[Hit], *, within: int) -> list[Hit]:
    return [o for o in others if _gap(hit, o) <= within]


def _overlaps(hit: Hit, others: list[Hit]) -> bool:
    return any(hit.start < o.end and o.start < hit.end for o in others)


def _predicative(tokens: Tokens, hit: Hit) -> bool:
    """Whether a verb or a negator follows ``hit`` in its clause («لازم است», «لازم نیست», «لازم دانست»)."""
    j = hit.end
    if j >= len(tokens) or tokens.clauses[j] != tokens.clauses[hit.start]:
        return False
    word = tokens.words[j]
    return word in _VERBS or is_negator(word) or word.startswith("دانست")


def _add_relevance(ev: Evidence, tokens: Tokens, mentions: list[tuple[Hit, float]]) -> list[Hit]:
    seen: dict[str, float] = {}
    mentions = [(hit, weight) for hit, weight in mentions if weight > 0 or hit.weight > 0]
    for hit, weight in mentions:
        key = tokens.surface(hit.start, hit.end)
        if weight > seen.get(key, 0.0):
            seen[key] = weight
        ev.add("mention", tokens, hit, weight, "relevance")
    ev.relevance = min(6.0, sum(seen.values()))
    return [hit for hit, _ in mentions]


def _side_cues(ev: Evidence, tokens: Tokens, anchors: list[Hit], critique: Lexicon, *, window: int = 8,
               critique_window: int | None = None, extra: tuple[Lexicon, ...] = (), void_harm: bool = False,
               critiqued: set[int] = frozenset()) -> None:
    """Advocacy, lack and critique cues near the target mentions decide the side.

    ``critique_window`` (default ``window``) is how far a critique cue may sit from a mention in another
    clause; a judgement on a plan often comes a clause after the plan is named. ``critiqued``: clauses
    already critical (a pejorative target term), where advocacy demands the critique.
    """
    if not anchors:
        return
    anchor_clauses = {tokens.clauses[h.start] for h in anchors}

    def close(hit: Hit, within: int = window) -> float:
        if tokens.clauses[hit.start] in anchor_clauses:
            return 1.0
        return 0.5 if _near(hit, anchors, within=within) else 0.0

    demand_clauses = {tokens.clauses[h.start] for h in _DEMAND.find(tokens) if h.weight}
    critique_clauses: set[int] = set(critiqued)
    undone_clauses: set[int] = set()  # «نباید متوقف شود»: the critique itself is negated
    for hit in critique.find(tokens):
        if not hit.weight or _overlaps(hit, anchors) or not (factor := close(hit, critique_window or window)):
            continue
        if void_harm and hit.entry in L.HARM_WORDS:
            ev.add("critique", tokens, hit, 0.0, "void (damage from a hazard, not a critique)")
            continue
        if hit.entry in L.ADMINISTRATIVE_STOPS and tokens.clauses[hit.start] not in demand_clauses:
            # an official cancelling or pausing something reports an act, neither opposition (only a demand to
            # stop is) nor an achievement: it weakens the lean toward favor
            ev.favor -= hit.weight * factor
            ev.add("critique", tokens, hit, hit.weight * factor, "weakens favor (a reported stop, not a demand)")
            continue
        if negated(tokens, hit) is not None:
            undone_clauses.add(tokens.clauses[hit.start])
            ev.favor += 0.5 * hit.weight * factor
            ev.add("critique", tokens, hit, 0.5 * hit.weight * factor, "favor (negated)")
        else:
            ev.against += hit.weight * factor
            critique_clauses.add(tokens.clauses[hit.start])
            ev.add("critique", tokens, hit, hit.weight * factor, "against")
    for hit in _LACK.find(tokens):
        if _overlaps(hit, anchors) or not _near(hit, anchors, within=2):
            continue
        ev.favor += hit.weight
        ev.add("lack", tokens, hit, hit.weight, "favor (criticises a lack)")
    for hit in _NEG_ADVOCACY.find(tokens):
        if not hit.weight or not (factor := close(hit)):
            continue
        if tokens.clauses[hit.start] in undone_clauses:
            ev.favor += hit.weight * factor
            ev.add("advocacy", tokens, hit, hit.weight * factor, "favor (must not stop/harm)")
        else:
            ev.against += hit.weight * factor
            ev.add("advocacy", tokens, hit, hit.weight * factor, "against (negated modal)")
    progress = {(h.start, h.end) for lexicon in extra for h in lexicon.find(tokens)}
    cue_hits = [h for lexicon in (_ADVOCACY, *extra) for h in lexicon.find(tokens)]
    for hit in sorted(cue_hits, key=lambda h: (h.start, h.end)):
        if not hit.weight or _overlaps(hit, anchors) or not (factor := close(hit)):
            continue
        weight = hit.weight * factor
        attributive = hit.entry in L.PREDICATE_CUES and not _predicative(tokens, hit)
        if attributive:
            weight *= L.ATTRIBUTIVE_FRACTION
        if negated(tokens, hit) is not None:
            if (hit.start, hit.end) in progress:
                # «هنوز ساخته نشده», «تکمیل نشده»: a project not done is a lack the speaker points at
                ev.favor += weight
                ev.add("lack", tokens, hit, weight, "favor (not yet done)")
            elif factor == 1.0:
                ev.against += weight
                ev.add("advocacy", tokens, hit, weight, "against (negated)")
        elif tokens.clauses[hit.start] in critique_clauses:
            if (hit.start, hit.end) in progress:
                continue  # «تخریب … ایجاد کنند»: a progress word beside a critique is no demand either way
            ev.against += weight
            ev.add("advocacy", tokens, hit, weight, "against (demands the critique)")
        else:
            ev.favor += weight
            ev.add("advocacy", tokens, hit, weight, "favor (attributive: «the required …»)" if attributive else "favor")


def participation_evidence(tokens: Tokens) -> Evidence:
    ev = Evidence("participation")
    terms = _P_TERMS.find(tokens)
    actors = _P_ACTORS.find(tokens)
    domains = _P_DOMAINS.find(tokens)
    finance = _P_FINANCE.find(tokens)
    election = _P_ELECTION.find(tokens)
    for hit in election:
        ev.add("guard", tokens, hit, hit.weight, "void (election or event turnout, not city governance)")

    def guarded(hit: Hit, near_actors: list[Hit]) -> bool:
        if election:
            return True
        money = _near(hit, finance, within=4)
        if money and not any(a.weight >= 1.0 for a in near_actors):
            for m in money:
                ev.add("guard", tokens, m, m.weight, "void (co-investment or finance, not citizens)")
            return True
        return False

    mentions: list[tuple[Hit, float]] = []
    for hit in terms:
        others = [a for a in actors if not _overlaps(a, [hit])]  # «مردمی» inside «مردمی کردن» is no actor
        if hit.entry.startswith(_GUARDED_TERM_HEADS) and guarded(hit, _near(hit, others, within=3)):
            continue
        mentions.append((hit, hit.weight))
    for hit in _P_ACTS.find(tokens):
        if not hit.weight or _overlaps(hit, terms):
            continue
        clause = tokens.clauses[hit.start]
        near_actors = [a for a in _near(hit, actors, within=10)
                       if not _overlaps(a, terms) and tokens.clauses[a.start] == clause]
        near_domains = [d for d in _near(hit, domains, within=3) if not _overlaps(d, [hit])]
        if not near_actors and not near_domains:
            if hit.entry == _GUARDED_TERM_HEADS[0] and not guarded(hit, []):
                mentions.append((hit, 0.5))  # bare «مشارکت»: needs a cue to count
            continue
        if guarded(hit, near_actors):
            continue
        strength = max([a.weight for a in near_actors] + [1.0 if near_domains else 0.0])
        # an act in a city-decision domain («همکاری در برنامه‌ریزی») is governance whatever the act word
        mentions.append((hit, max(hit.weight * strength, 1.0 if near_domains else 0.0)))
        for other in near_actors + near_domains:
            mentions.append((other, 0.0))  # shown in explain; its weight is in the pair
    anchors = _add_relevance(ev, tokens, mentions)
    _side_cues(ev, tokens, anchors, _P_AGAINST, critique_window=16)
    return ev


def development_evidence(tokens: Tokens) -> Evidence:
    ev = Evidence("development")
    guards = _D_GUARDS.find(tokens)
    off_topic = _D_OFF_TOPIC.find(tokens)
    for hit in off_topic:
        ev.add("guard", tokens, hit, hit.weight, "void weak mentions (off-topic: sanitation, traffic rules, …)")
    hazards = _D_HAZARDS.find(tokens)
    mentions: list[tuple[Hit, float]] = []
    for hit in _D_TERMS.find(tokens):
        if hit.entry in _D_GUARDED_HEADS:
            # the complement right after it («توسعه سرمایه انسانی») or the name right before it
            # («برنامه ششم توسعه»)
            following = [g for g in guards if g.start == hit.end or g.end == hit.start]
            if following:
                ev.add("guard", tokens, following[0], 1.0, f"void «{hit.entry}» (not the city's physical development)")
                continue
        if off_topic and hit.weight < OFF_TOPIC_VOIDS_BELOW:
            continue
        if hazards and hit.weight < HAZARD_VOIDS_BELOW:
            continue
        mentions.append((hit, hit.weight))
    critique_terms = [h for h in _D_CRITIQUE_TERMS.find(tokens) if h.weight]
    mentions += [(hit, hit.weight) for hit in critique_terms]
    anchors = _add_relevance(ev, tokens, mentions)
    for hit in critique_terms:
        # pejorative by itself, negated or not («ما اهل شهرفروشی نیستیم» still condemns it)
        ev.against += hit.weight
        ev.add("critique", tokens, hit, hit.weight, "against (names a harmful practice)")
    for hit in hazards:
        ev.add("guard", tokens, hit, hit.weight, "void harm words (a flood, a quake or a fire did the damage)")
    _side_cues(ev, tokens, anchors, _D_AGAINST, extra=(_PROGRESS,), void_harm=bool(hazards),
               critiqued={tokens.clauses[h.start] for h in critique_terms})
    return ev


EVIDENCE = {"participation": participation_evidence, "development": development_evidence}


def evidence(text: str, target: str) -> Evidence:
    """Relevance, favor and against evidence of ``text`` toward ``target``."""
    if target not in EVIDENCE:
        raise ValueError(f"target must be one of {TARGETS}, got {target!r}")
    return EVIDENCE[target](Tokens.from_text(text))


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))
