"""Our annotated statements (offsets + labels in ``corpus/annotations``), with their text.

The annotation files hold no text: each statement's quote, cue, speaker and
role are cut from the corpus document at load time
(``corpus.load(source)[doc_id].text[start:end]``), after checking that the
document text still has the ``text_sha256`` the annotator saw. Reading and
checking is :func:`civicdiscourse.evaluate.load_gold` (shared with the quotes
evaluation); this module adds the stance labels and the statement text.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from pathlib import Path

from .. import corpus, evaluate

TARGET_FIELDS = ("participation", "development")


def annotation_files(directory: str | Path | None = None) -> list[Path]:
    """The statement annotation files (``part-*.jsonl``), sorted by name."""
    return evaluate.annotation_files(directory)


def _labels(paths: list[Path], kept: dict[str, str]) -> dict[str, list[dict]]:
    """Raw statement records (for their stance labels) of the documents the gold reader kept."""
    raw: dict[str, list[dict]] = {}
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                    doc_id = record["doc_id"]
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # reported by the gold reader
                if kept.get(doc_id) == path.name and doc_id not in raw:
                    raw[doc_id] = list(record.get("statements", ()))
    return raw


def statement_text(statement: dict) -> str:
    """What a stance model reads: the quote, followed by its cue when the cue is not inside it.

    Indirect speech often carries the stance in the cue («… را ضروری دانست»,
    «خواستار … شد»), so the cue is part of the input.
    """
    quote = statement.get("quote") or ""
    cue = statement.get("cue") or ""
    return f"{quote} {cue}" if cue and cue not in quote else quote


def load_annotations(paths: Iterable[str | Path] | None = None, *, data_home=None, mirror=None,
                     progress: bool = False) -> list[dict]:
    """Annotated statements in the Statement JSONL schema, plus gold labels.

    Parameters
    ----------
    paths : iterable of path, optional
        Annotation files; default all of ``corpus/annotations/statements``.
    data_home, mirror
        Passed to :func:`civicdiscourse.corpus.load`.

    Returns
    -------
    list of dict
        One per statement, in file order: ``doc_id``, ``speaker``, ``role``,
        ``role_class``, ``cue``, ``quote``, ``quote_start``, ``quote_end``,
        ``kind``, ``pronoun``, ``outlet``, ``date``, ``annotator``, ``file``
        and the gold labels as strings under ``participation`` and
        ``development``. Documents whose text changed (sha256) are skipped
        with a warning.
    """
    paths = annotation_files() if paths is None else [Path(p) for p in paths]
    sources: dict[str, corpus.Corpus] = {}

    def loader(name: str) -> corpus.Corpus:
        if name not in sources:
            sources[name] = corpus.load(name, data_home=data_home, mirror=mirror, progress=progress)
        return sources[name]

    # The quotes evaluation's reader: partial lines, unknown documents, changed texts and bad spans are
    # skipped (and reported) the same way for both tasks.
    gold = evaluate.load_gold(paths, loader=loader)
    for problem in gold.problems:
        warnings.warn(problem, stacklevel=2)
    raw = _labels(paths, gold.files)
    out: list[dict] = []
    for doc_id, statements in gold.statements.items():
        doc = loader(doc_id.split(":", 1)[0])[doc_id]
        for st, labels in zip(statements, raw.get(doc_id, ())):
            if any(labels.get(t) not in ("favor", "against", "none") for t in TARGET_FIELDS):
                continue
            out.append({
                "doc_id": doc_id, "speaker": st.speaker, "role": st.role, "role_class": st.role_class,
                "cue": st.cue, "quote": doc.text[st.quote_start:st.quote_end],
                "quote_start": st.quote_start, "quote_end": st.quote_end, "kind": st.kind,
                "pronoun": st.anaphor is not None, "outlet": doc.outlet, "date": doc.date,
                "annotator": st.annotator, "file": gold.files[doc_id],
                "participation": labels["participation"], "development": labels["development"],
            })
    return out
