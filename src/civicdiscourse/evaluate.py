"""Score statement extraction against our gold annotations (citron-style).

Gold files (``corpus/annotations/statements/*.jsonl``, format in
``corpus/annotations/GUIDELINES.md``) hold offsets and labels only; the text
comes from :func:`civicdiscourse.corpus.load`, checked against each record's
``text_sha256``.

Metrics (per statement, micro-averaged over documents):

* **exact** P/R/F1 – predicted and gold quote spans are identical once
  surrounding spaces, punctuation and quote marks are trimmed;
* **overlap** P/R/F1 – the spans share at least one character *and* the
  speakers agree (names compared after normalisation: letters unified,
  hamza folded, honorifics, spaces and ZWNJ dropped);
* **span** P/R/F1 – overlap ignoring the speaker (where extraction alone stands);
* **speaker / cue / kind accuracy** – on span-matched pairs.

Pairs are matched one-to-one per document, largest character overlap first.
Breakdowns: by gold ``kind`` and by gold ``anaphor`` (recall and speaker accuracy).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .text import ZWNJ, fold, normalize

EDGE = " \t\n\u200c.،,:;؛!?؟«»“”\"„()[]-–—…/"


@dataclass(frozen=True)
class GoldStatement:
    doc_id: str
    speaker: str
    named: bool
    role: str | None
    role_class: str
    cue: str
    quote_start: int
    quote_end: int
    kind: str
    anaphor: str | None
    annotator: str = ""


@dataclass
class GoldSet:
    """Gold documents: ``texts[doc_id]`` and ``statements[doc_id]``; ``problems`` lists skipped records."""

    texts: dict[str, str]
    statements: dict[str, list[GoldStatement]]
    problems: list[str]
    files: dict[str, str]  # doc_id -> file it came from

    def __len__(self) -> int:
        return len(self.texts)


def annotation_files(folder: str | Path | None = None) -> list[Path]:
    if folder is None:
        from .corpus.manifest import corpus_dir

        folder = corpus_dir() / "annotations" / "statements"
    return sorted(Path(folder).glob("*.jsonl"))


def load_gold(files: Iterable[str | Path] | None = None, *, loader: Callable | None = None) -> GoldSet:
    """Read gold annotation files and rebuild the statements from the corpus texts.

    Lines that do not parse (files being written), unknown documents, hash
    mismatches and out-of-range spans are skipped and listed in ``problems``;
    a document annotated twice keeps its first record.

    Parameters
    ----------
    files : iterable of path, optional
        Default: every ``*.jsonl`` in ``corpus/annotations/statements``.
    loader : callable, optional
        ``loader(source_name) -> Corpus``; default :func:`civicdiscourse.corpus.load`.
    """
    if loader is None:
        from . import corpus

        loader = _cached_loader(corpus.load)
    texts: dict[str, str] = {}
    statements: dict[str, list[GoldStatement]] = {}
    problems: list[str] = []
    origin: dict[str, str] = {}
    for path in (annotation_files() if files is None else [Path(f) for f in files]):
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{path.name}:{number}"
                try:
                    record = json.loads(line)
                    doc_id = record["doc_id"]
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    problems.append(f"{where}: unreadable record ({exc})")
                    continue
                if doc_id in texts:
                    problems.append(f"{where}: {doc_id} already annotated in {origin[doc_id]}; kept the first")
                    continue
                try:
                    text = loader(doc_id.split(":", 1)[0])[doc_id].text
                except (KeyError, ValueError, OSError) as exc:
                    problems.append(f"{where}: cannot load {doc_id} ({exc})")
                    continue
                if record.get("text_sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest():
                    problems.append(f"{where}: text_sha256 does not match {doc_id}")
                    continue
                try:
                    annotator = record.get("annotator", "")
                    gold = [_gold_statement(doc_id, text, st, annotator) for st in record["statements"]]
                except (KeyError, TypeError, ValueError) as exc:
                    problems.append(f"{where}: bad statement ({exc})")
                    continue
                texts[doc_id], statements[doc_id], origin[doc_id] = text, gold, path.name
    return GoldSet(texts, statements, problems, origin)


def _cached_loader(load):
    cache = {}

    def loader(name):
        if name not in cache:
            cache[name] = load(name, progress=False)
        return cache[name]

    return loader


def _cut(text: str, span) -> str | None:
    if span is None:
        return None
    start, end = span
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"span {span} out of range")
    return text[start:end]


def _gold_statement(doc_id: str, text: str, st: dict, annotator: str) -> GoldStatement:
    start, end = st["quote_span"]
    _cut(text, (start, end))
    return GoldStatement(doc_id, _cut(text, st["speaker_span"]), bool(st.get("named", True)),
                         _cut(text, st.get("role_span")), st.get("role_class", "other"), _cut(text, st["cue_span"]),
                         start, end, st["kind"], st.get("anaphor"), annotator)


_HONORIFIC_WORDS = frozenset(fold(w) for w in (
    "سید", "سیده", "دکتر", "مهندس", "حجت", "الاسلام", "والمسلمین", "حجت الاسلام", "آیت", "آیت الله",
    "العظمی", "سردار", "سرلشکر", "سرتیپ", "سرهنگ", "حاج", "حاجی", "خانم", "آقای", "آقا", "شیخ", "مهندس"))


_AYATOLLAH = re.compile(r"(?<!\w)ا?یت ?ال?له(?: ?العظمی)?(?!\w)")
_ALLAH = re.compile(r"(?<=\w) ?ال?له(?!\w)")  # «رحمت‌الله», «رحمت اله», «عبدالله» → «…اله»


def normalize_name(name: str | None) -> str:
    """Key for comparing speaker names: letters and digits unified, honorifics, spaces and ZWNJ dropped.

    The «الله» of a given name is folded with its common spelling «اله» (a spelling
    variant, not a different person); «آیت‌الله» is an honorific and dropped.

    >>> normalize_name("آيت‌الله سید علی  رضايی") == normalize_name("علی رضایی")
    True
    >>> normalize_name("رحمت‌الله حافظی") == normalize_name("رحمت اله حافظی")
    True
    """
    if not name:
        return ""
    folded = _AYATOLLAH.sub(" ", fold(normalize(name.replace(ZWNJ, " "), digits="latin")).replace("ء", ""))
    words = _ALLAH.sub("اله", folded).strip(EDGE).split()
    kept = [w for w in words if w not in _HONORIFIC_WORDS] or words
    return re.sub(r"[^\w]", "", "".join(kept))


def normalize_cue(cue: str | None) -> str:
    return re.sub(r"[^\w]", "", fold((cue or "").replace(ZWNJ, " ")))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _get(st, name):
    return st[name] if isinstance(st, dict) else getattr(st, name)


def _role_class(st) -> str:
    found = st.get("role_class") if isinstance(st, dict) else getattr(st, "role_class", None)
    return found or "other"


def match(gold: list[GoldStatement], predicted: list) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs with overlapping quotes, largest overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = min(g.quote_end, _get(p, "quote_end")) - max(g.quote_start, _get(p, "quote_start"))
            if overlap > 0:
                candidates.append((-overlap, i, j))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp}


def rewrite_gold(gold: GoldSet, pattern: str | re.Pattern, replacement: str | Callable[[re.Match], str]) -> GoldSet:
    """``gold`` with every match of ``pattern`` in its texts replaced, statement spans carried along.

    For asking how the extractor copes with texts written another way (straight quote marks for «»,
    spaces for ZWNJs, …) while the gold statements stay the same. A span edge inside a replaced match
    moves to where its replacement starts.

    Examples
    --------
    >>> gold = GoldSet({"d": "علی گفت: «آب هست»."}, {"d": [GoldStatement("d", "علی", True, None, "other",
    ...                "گفت", 10, 16, "direct", None)]}, [], {"d": "toy"})
    >>> spaced = rewrite_gold(gold, " ", "  ")
    >>> text, (statement,) = spaced.texts["d"], spaced.statements["d"]
    >>> text[statement.quote_start:statement.quote_end]
    'آب  هست'
    """
    regex = re.compile(pattern)
    texts, statements = {}, {}
    for doc_id, text in gold.texts.items():
        texts[doc_id], position = _rewrite(text, regex, replacement)
        statements[doc_id] = [replace(st, quote_start=position[st.quote_start], quote_end=position[st.quote_end])
                              for st in gold.statements[doc_id]]
    return GoldSet(texts, statements, list(gold.problems), dict(gold.files))


def _rewrite(text: str, regex: re.Pattern, replacement) -> tuple[str, list[int]]:
    """``regex.sub(replacement, text)`` and, for each offset of ``text`` (and its end), the offset it moves to."""
    parts: list[str] = []
    position: list[int] = []
    cursor = length = 0
    for m in regex.finditer(text):
        kept = text[cursor:m.start()]
        position.extend(range(length, length + len(kept)))
        length += len(kept)
        new = replacement(m) if callable(replacement) else replacement
        position.extend([length] * (m.end() - m.start()))
        parts += [kept, new]
        length += len(new)
        cursor = m.end()
    kept = text[cursor:]
    position.extend(range(length, length + len(kept) + 1))
    parts.append(kept)
    return "".join(parts), position


def score(gold: GoldSet, predictions: dict[str, list]) -> dict:
    """Metrics of ``predictions`` (doc_id → statements, objects or dicts) against ``gold``."""
    n_gold = n_pred = exact = span = overlap = speaker_ok = cue_ok = kind_ok = role_ok = 0
    by_kind: dict[str, Counter] = defaultdict(Counter)
    by_anaphor: dict[str, Counter] = defaultdict(Counter)
    pred_kind: dict[str, Counter] = defaultdict(Counter)
    for doc_id, gold_statements in gold.statements.items():
        text = gold.texts[doc_id]
        predicted = list(predictions.get(doc_id, []))
        n_gold += len(gold_statements)
        n_pred += len(predicted)
        gold_trim = Counter(_trimmed(text, g.quote_start, g.quote_end) for g in gold_statements)
        pred_trim = Counter(_trimmed(text, _get(p, "quote_start"), _get(p, "quote_end")) for p in predicted)
        exact += sum((gold_trim & pred_trim).values())
        matched_pred = set()
        for g in gold_statements:
            by_kind[g.kind]["gold"] += 1
            by_anaphor[str(g.anaphor)]["gold"] += 1
        for p in predicted:
            pred_kind[_get(p, "kind")]["pred"] += 1
        for i, j in match(gold_statements, predicted):
            g, p = gold_statements[i], predicted[j]
            matched_pred.add(j)
            same_speaker = normalize_name(g.speaker) == normalize_name(_get(p, "speaker"))
            span += 1
            overlap += same_speaker
            speaker_ok += same_speaker
            role_ok += same_speaker and g.role_class == _role_class(p)
            cue_ok += normalize_cue(g.cue) == normalize_cue(_get(p, "cue"))
            kind_ok += g.kind == _get(p, "kind")
            for table, label in ((by_kind, g.kind), (by_anaphor, str(g.anaphor))):
                table[label]["matched"] += 1
                table[label]["speaker"] += same_speaker
            pred_kind[_get(p, "kind")]["matched"] += 1
    breakdown = {
        "by_kind": {k: _breakdown(c, pred_kind.get(k)) for k, c in sorted(by_kind.items())},
        "by_anaphor": {k: _breakdown(c) for k, c in sorted(by_anaphor.items())},
    }
    return {
        "documents": len(gold.statements), "gold": n_gold, "predicted": n_pred,
        "exact": _prf(exact, n_pred, n_gold), "overlap": _prf(overlap, n_pred, n_gold),
        "span": _prf(span, n_pred, n_gold),
        "speaker_accuracy": round(speaker_ok / span, 4) if span else 0.0,
        "cue_accuracy": round(cue_ok / span, 4) if span else 0.0,
        "kind_accuracy": round(kind_ok / span, 4) if span else 0.0,
        # of the statements given to the right speaker, those whose role is classed as the annotator did
        "role_class_accuracy": round(role_ok / overlap, 4) if overlap else 0.0,
        **breakdown,
    }


def _breakdown(counts: Counter, predicted: Counter | None = None) -> dict:
    out = {"gold": counts["gold"], "recall": round(counts["matched"] / counts["gold"], 4) if counts["gold"] else 0.0,
           "speaker_accuracy": round(counts["speaker"] / counts["matched"], 4) if counts["matched"] else 0.0}
    if predicted is not None:
        out["precision"] = round(predicted["matched"] / predicted["pred"], 4) if predicted["pred"] else 0.0
    return out


def evaluate(gold: GoldSet, extract: Callable[..., list]) -> dict:
    """Run ``extract(text, doc_id=...)`` on every gold document and :func:`score` it."""
    return score(gold, {doc_id: extract(text, doc_id=doc_id) for doc_id, text in gold.texts.items()})


def judged(gold: GoldSet, predictions: dict[str, list]) -> list[tuple[str, int, bool]]:
    """``(doc_id, index, right)`` for every prediction: right when it is paired with a gold statement
    (:func:`match`) whose speaker it names, as the overlap metric counts it."""
    out = []
    for doc_id, gold_statements in gold.statements.items():
        predicted = list(predictions.get(doc_id, []))
        pairs = {j: i for i, j in match(gold_statements, predicted)}
        for j, p in enumerate(predicted):
            right = j in pairs and normalize_name(gold_statements[pairs[j]].speaker) == normalize_name(
                _get(p, "speaker"))
            out.append((doc_id, j, right))
    return out


def format_report(results: dict[str, dict], *, stream=sys.stdout) -> None:
    """Print several systems' metrics side by side (``{"name": score(...)}``)."""
    names = list(results)
    rows = [("documents", lambda r: r["documents"]), ("gold statements", lambda r: r["gold"]),
            ("predicted", lambda r: r["predicted"])]
    for metric in ("exact", "span", "overlap"):
        for part in ("precision", "recall", "f1"):
            rows.append((f"{metric} {part}", lambda r, m=metric, p=part: f"{r[m][p]:.3f}"))
    rows += [(f"{m.replace('_', ' ')}", lambda r, m=m: f"{r[m]:.3f}")
             for m in ("speaker_accuracy", "cue_accuracy", "kind_accuracy", "role_class_accuracy")]
    width = max(len(n) for n in names + ["metric"]) + 2
    print(f"{'metric':<28}" + "".join(f"{n:>{width}}" for n in names), file=stream)
    for label, get in rows:
        print(f"{label:<28}" + "".join(f"{get(results[n])!s:>{width}}" for n in names), file=stream)
    for table in ("by_kind", "by_anaphor"):
        keys = sorted({k for r in results.values() for k in r[table]})
        for key in keys:
            cells = []
            for n in names:
                entry = results[n][table].get(key, {})
                cells.append(f"R={entry.get('recall', 0):.2f} spk={entry.get('speaker_accuracy', 0):.2f}")
            gold_n = next((results[n][table][key]["gold"] for n in names if key in results[n][table]), 0)
            label = f"{table[3:]}={key} (n={gold_n})"
            print(f"{label:<28}" + "".join(f"{c:>{max(width, 22)}}" for c in cells), file=stream)
