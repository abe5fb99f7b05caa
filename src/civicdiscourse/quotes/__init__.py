"""Who said what: attributed statements in Persian news, with exact offsets.

>>> from civicdiscourse.quotes import extract_statements
>>> text = "علی رضایی، شهردار منطقه ۳، گفت: پروژه تا پایان سال تمام می‌شود.\\nوی افزود: بودجه آن تامین شده است."
>>> [(s.speaker, s.cue, s.kind, s.pronoun) for s in extract_statements(text)]
[('علی رضایی', 'گفت', 'direct', False), ('علی رضایی', 'افزود', 'direct', True)]

The pipeline (one module each):

* :mod:`.layout` – normalised views with an offset map, paragraphs, sentences,
  quote-mark pairs;
* :mod:`.cues` – the reporting-cue lexicon and its regular expression;
* :mod:`.names` – personal names from rules and lexicons (offline);
* :mod:`.tokens` – the token list of a document (split at lost line ends);
* :mod:`.mentions` – subject parsing: names, titles, pronouns, organisations;
  :mod:`.positional` – the phrase opening a clause as its subject when no lexicon
  knows it (countries, newspapers, unlisted names);
* :mod:`.extract` – cue sites → statements with quote spans (direct after a
  colon or in quote marks; indirect with «که», governed complements, «با بیان
  اینکه», «به گفته»);
* :mod:`.documents` – statements quoted from letters and statements («در این نامه آمده است: …»);
* :mod:`.nested` – statements a speaker reports inside their own direct quote, when the
  reported voice is named («… گفت: وزارت بهداشت اعلام کرد که …»);
* :mod:`.interview` – answers of question-and-answer interviews («نام: …», or glued to the question «…؟پاسخ»);
* :mod:`.resolve` – entities, anaphora, lead de-duplication; :mod:`.holders` –
  surnames completed and titles joined to their holders after resolution;
* :mod:`.roles` – the role taxonomy; :mod:`.confidence` – the probability that a statement is
  right; :mod:`.baseline` – the naive regex baseline.
"""

from __future__ import annotations

from .confidence import features, shipped_confidence
from .continuation import run_on
from .cues import CUES, Cue, compile_cues
from .extract import Raw, SiteFinder, close_direct_quotes
from .figures import office_class
from .documents import document_quotes
from .interview import glued_answers, interview_answers, one_interviewee
from .layout import prepare
from .lead import drop_repeated_lead
from .mentions import without_honorifics
from .nested import nested_statements
from .resolve import Resolver
from .roles import ROLE_CLASSES, classify_role
from .statement import STATEMENT_FIELDS, Statement

__all__ = ["CUES", "ROLE_CLASSES", "STATEMENT_FIELDS", "Cue", "QuoteExtractor", "Statement", "classify_role",
           "extract_statements"]


class QuoteExtractor:
    """Rule-based statement extractor.

    Parameters
    ----------
    cues : tuple of Cue, optional
        The cue lexicon; default :data:`CUES`.
    extra_cues : tuple of Cue
        Added to ``cues`` (the usual way to extend the lexicon).
    dedupe_lead : bool
        Drop statements of a lead paragraph that the body repeats.
    min_confidence : float
        Statements below it are left out. A statement's ``confidence`` estimates the probability that it
        is right (quote and speaker; see :mod:`.confidence`), so ``0.9`` keeps the statements that
        are right nine times in ten or more.
    keep_unattributed : bool
        Keep statements whose speaker was not found (``speaker`` None). A statement attributes words
        to someone, so by default they are left out; keep them to count reported speech as such.
    """

    def __init__(self, *, cues: tuple[Cue, ...] | None = None, extra_cues: tuple[Cue, ...] = (),
                 dedupe_lead: bool = True, min_confidence: float = 0.0, keep_unattributed: bool = False) -> None:
        self.cues = cues
        self.extra_cues = extra_cues
        self.dedupe_lead = dedupe_lead
        self.min_confidence = min_confidence
        self.keep_unattributed = keep_unattributed

    @property
    def compiled_(self):
        compiled = getattr(self, "_compiled", None)
        lexicon = tuple(self.cues if self.cues is not None else CUES) + tuple(self.extra_cues)
        if compiled is None or compiled.cues != lexicon:
            compiled = self._compiled = compile_cues(lexicon)
        return compiled

    def extract(self, text: str, *, doc_id: str | None = None) -> list[Statement]:
        """Statements of ``text`` in reading order (see :func:`extract_statements`)."""
        return [s for s, _ in self.candidates(text, doc_id=doc_id) if s.confidence >= self.min_confidence
                and (s.speaker is not None or self.keep_unattributed)]

    def candidates(self, text: str, *, doc_id: str | None = None) -> list[tuple[Statement, dict[str, str]]]:
        """Every statement found in ``text``, attributed or not, with the :func:`.confidence.features`
        its confidence was computed from (what ``scripts/fit_quote_confidence.py`` fits on)."""
        if not text or not text.strip():
            return []
        layout = prepare(text)
        finder = SiteFinder(layout, self.compiled_)
        raws = finder.run()
        raws = close_direct_quotes(layout, raws + document_quotes(layout, finder, raws))
        raws = close_direct_quotes(layout, raws + interview_answers(layout, finder, raws))
        raws = close_direct_quotes(layout, raws + glued_answers(layout, raws))
        raws = sorted(raws + nested_statements(layout, finder, raws), key=lambda r: r.cue_span[0])
        if self.dedupe_lead:
            raws = drop_repeated_lead(layout, raws)
        run_on(layout, finder, raws)
        resolver = Resolver(layout)
        resolver.resolve(raws, finder.discourse)
        raws = one_interviewee(raws, resolver, finder.discourse)
        return [_statement(layout, raw, doc_id) for raw in raws]


def _original(layout, span, *, closed: bool = False):
    """The text of ``span`` as written, with its offsets; ``closed`` ends a name before a bracket it opens
    and does not close («آژانس پناهندگان سازمان ملل (UNHCR» → «آژانس پناهندگان سازمان ملل»)."""
    if span is None:
        return None, None, None
    start, end = layout.span(*span)
    text = layout.original[start:end]
    if closed and text.count("(") > text.count(")") and text.rindex("(") > 0:
        end = start + len(text[:text.rindex("(")].rstrip())
    return layout.original[start:end], start, end


def _role_class(written_role: str | None, speaker: str | None) -> str:
    """The class of the title as written, or, with none written, of the office of a listed public figure."""
    return classify_role(written_role) if written_role else office_class(speaker) or "other"


def _statement(layout, raw: Raw, doc_id: str | None) -> tuple[Statement, dict[str, str]]:
    entity = raw.entity
    speaker = role = written_role = None
    speaker_start = speaker_end = None
    if entity is not None:
        name = without_honorifics(layout, entity.name) if entity.named else entity.name
        speaker, speaker_start, speaker_end = _original(layout, name or entity.role, closed=True)
        role = _original(layout, entity.role, closed=True)[0]
        written_role = _original(layout, entity.role)[0]  # the class reads the aside too («(… پسماند»)
    quote, quote_start, quote_end = _original(layout, raw.quote)
    cue, cue_start, cue_end = _original(layout, raw.cue_span) if raw.cue_span[1] > raw.cue_span[0] else (None,) * 3
    facts = features(raw, quote)
    return Statement(
        doc_id=doc_id, speaker=speaker, role=role, role_class=_role_class(written_role, speaker), cue=cue, quote=quote,
        quote_start=quote_start, quote_end=quote_end, kind=raw.kind, pronoun=raw.anaphor is not None,
        confidence=shipped_confidence(facts), speaker_start=speaker_start, speaker_end=speaker_end,
        cue_start=cue_start, cue_end=cue_end, anaphor=raw.anaphor,
    ), facts


_DEFAULT = QuoteExtractor()


def extract_statements(text: str, *, doc_id: str | None = None) -> list[Statement]:
    """Attributed statements of one Persian news text.

    Parameters
    ----------
    text : str
        The document text exactly as given (unnormalised).
    doc_id : str, optional
        Copied into every statement.

    Returns
    -------
    list of Statement
        In reading order; ``quote_start``/``quote_end`` (and the speaker and
        cue offsets) index ``text`` itself.
    """
    return _DEFAULT.extract(text, doc_id=doc_id)
