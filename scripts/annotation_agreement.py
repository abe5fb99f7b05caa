"""Inter-annotator agreement between first-round statement annotations and a second annotator.

    uv run python scripts/annotation_agreement.py corpus/annotations/statements \
        corpus/annotations/agreement/part-G.jsonl

Only documents present in both inputs are compared. The first input is the
reference: precision is measured on the second annotator's statements, recall
on the first round's.

Metrics
-------
statement overlap
    Two statements match when their quote spans share a character; pairs are
    formed one-to-one per document, largest overlap first
    (:func:`civicdiscourse.evaluate.match`). Precision, recall and F1.
exact span
    Matched pairs whose quote spans are identical, as a share of the matched
    pairs and as an F1 over all statements.
speaker, kind
    Share of matched pairs with the same speaker (speaker-span text after
    :func:`civicdiscourse.text.fold`) and the same ``kind``.
participation, development
    Raw agreement, Cohen's kappa and the 3x3 confusion table (rows: first
    round, columns: second annotator) on matched pairs.

Texts are loaded through :func:`civicdiscourse.corpus.load` (set
``CIVICDISCOURSE_MIRROR``); a record whose ``text_sha256`` does not match is
an error.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sklearn.metrics import cohen_kappa_score, confusion_matrix

from civicdiscourse import corpus
from civicdiscourse.evaluate import match
from civicdiscourse.text import fold

STANCES = ("favor", "against", "none")
TARGETS = ("participation", "development")


@dataclass(frozen=True)
class Statement:
    """The parts of an annotated statement that agreement is measured on."""

    quote_start: int
    quote_end: int
    speaker: str
    kind: str
    participation: str
    development: str


@cache
def _source(name: str) -> corpus.Corpus:
    return corpus.load(name, progress=False)


def read_records(path: str | Path) -> dict[str, tuple[str, dict]]:
    """Map ``doc_id`` to ``(file name, record)`` for one JSONL file or every ``*.jsonl`` in a folder."""
    path = Path(path)
    records: dict[str, tuple[str, dict]] = {}
    for file in sorted(path.glob("*.jsonl")) if path.is_dir() else [path]:
        with open(file, encoding="utf-8") as handle:
            for line in filter(str.strip, handle):
                record = json.loads(line)
                records[record["doc_id"]] = (file.name, record)
    return records


def statements(record: dict) -> list[Statement]:
    """Rebuild a record's statements against the document text."""
    doc_id = record["doc_id"]
    text = _source(doc_id.split(":", 1)[0])[doc_id].text
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != record["text_sha256"]:
        raise ValueError(f"text_sha256 does not match {doc_id}")
    return [Statement(*st["quote_span"], fold(text[slice(*st["speaker_span"])]), st["kind"],
                      st["participation"], st["development"])
            for st in record["statements"]]


def agreement(pairs: list[tuple[Statement, Statement]], n_first: int, n_second: int) -> dict:
    """All metrics for matched pairs out of ``n_first`` and ``n_second`` statements."""
    def f1(hits: int) -> float:
        return 2 * hits / (n_first + n_second) if n_first + n_second else float("nan")

    def share(field: str) -> float:
        same = sum(getattr(a, field) == getattr(b, field) for a, b in pairs)
        return same / len(pairs) if pairs else float("nan")

    exact = sum((a.quote_start, a.quote_end) == (b.quote_start, b.quote_end) for a, b in pairs)
    result = {
        "first": n_first, "second": n_second, "matched": len(pairs),
        "precision": len(pairs) / n_second if n_second else float("nan"),
        "recall": len(pairs) / n_first if n_first else float("nan"),
        "f1": f1(len(pairs)), "exact": exact / len(pairs) if pairs else float("nan"),
        "exact_f1": f1(exact),
        "speaker": share("speaker"), "kind": share("kind"),
    }
    for target in TARGETS:
        first = [getattr(a, target) for a, _ in pairs]
        second = [getattr(b, target) for _, b in pairs]
        result[target] = {
            "agreement": share(target),
            # undefined (nan) when both annotators use one and the same label throughout
            "kappa": (cohen_kappa_score(first, second, labels=list(STANCES))
                      if len(set(first) | set(second)) > 1 else float("nan")),
            "confusion": confusion_matrix(first, second, labels=list(STANCES)) if pairs else None,
        }
    return result


def compare(first: dict, second: dict) -> dict[str, dict]:
    """Agreement over all shared documents (key ``"all"``) and per first-round file."""
    groups: dict[str, list] = {"all": [[], 0, 0]}
    for doc_id in sorted(first.keys() & second.keys()):
        name, record = first[doc_id]
        a, b = statements(record), statements(second[doc_id][1])
        pairs = [(a[i], b[j]) for i, j in match(a, b)]
        for key in ("all", name):
            group = groups.setdefault(key, [[], 0, 0])
            group[0] += pairs
            group[1] += len(a)
            group[2] += len(b)
    return {key: agreement(*groups[key]) for key in ["all", *sorted(set(groups) - {"all"})]}


def report(results: dict[str, dict], n_docs: int) -> str:
    """Plain-text (Markdown) tables of the results."""
    header = ("| subset | first | second | matched | P | R | F1 | exact (of matched) | exact F1 "
              "| speaker | kind | participation | κ | development | κ |")
    lines = [f"shared documents: {n_docs}", "", header, "|---" * (header.count("|") - 1) + "|"]
    for key, r in results.items():
        lines.append(
            f"| {key} | {r['first']} | {r['second']} | {r['matched']} | {r['precision']:.3f} "
            f"| {r['recall']:.3f} | {r['f1']:.3f} | {r['exact']:.3f} | {r['exact_f1']:.3f} "
            f"| {r['speaker']:.3f} | {r['kind']:.3f} "
            + "".join(f"| {r[t]['agreement']:.3f} | {r[t]['kappa']:.3f} " for t in TARGETS) + "|")
    for target in TARGETS:
        lines += ["", f"{target} (all matched pairs; rows: first round, columns: second annotator)", "",
                  "| | " + " | ".join(STANCES) + " |", "|---" * (len(STANCES) + 1) + "|"]
        table = results["all"][target]["confusion"]
        lines += [f"| {label} | " + " | ".join(str(n) for n in row) + " |"
                  for label, row in zip(STANCES, table if table is not None else [])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", help="folder of first-round parts (or one JSONL file)")
    parser.add_argument("second", help="second annotator's JSONL file (or a folder)")
    args = parser.parse_args(argv)
    first, second = read_records(args.first), read_records(args.second)
    n_docs = len(first.keys() & second.keys())
    if not n_docs:
        print("no shared documents", file=sys.stderr)
        return 1
    print(report(compare(first, second), n_docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
