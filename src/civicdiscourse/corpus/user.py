"""Load users' own corpora: JSONL, CSV, or a folder of ``.txt`` files."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .collection import Corpus
from .document import Document
from .errors import Quarantine, RecordError, handle
from .readers import read_text


def _document(record: dict, path: str, line: int, source: str) -> Document:
    if not isinstance(record, dict):
        raise RecordError(path, line, f"expected a JSON object, got {type(record).__name__}")
    missing = [key for key in ("id", "text") if record.get(key) in (None, "")]
    if "id" in missing:
        raise RecordError(path, line, "missing field 'id'")
    if "text" in record and not isinstance(record["text"], str):
        raise RecordError(path, line, f"field 'text' must be a string, got {type(record['text']).__name__}")
    if missing or not record["text"].strip():
        raise RecordError(path, line, "empty or missing field 'text'")
    record = dict(record)
    record["id"] = str(record["id"])
    record.setdefault("source", source)
    for key in ("categories", "tags"):
        if isinstance(record.get(key), str):
            record[key] = [v for v in record[key].split("|") if v]
    return Document.from_dict(record)


def iter_jsonl(stream: IO[str], *, name: str = "<stdin>", errors: str = "raise",
               quarantine: Quarantine | None = None, source: str = "user") -> Iterator[Document]:
    """Stream documents from JSONL lines (constant memory); blank lines are ignored."""
    seen: set[str] = set()
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordError(name, number, f"malformed JSON: {exc.msg} (column {exc.colno})") from None
            doc = _document(record, name, number, source)
            if doc.id in seen:
                raise RecordError(name, number, f"duplicate id {doc.id!r}")
            seen.add(doc.id)
        except RecordError as error:
            handle(error, errors, quarantine)
            continue
        yield doc


def load_jsonl(path: str | os.PathLike, *, errors: str = "raise", source: str = "user") -> Corpus:
    """Load a JSONL file of ``{"id": ..., "text": ...}`` objects (other fields kept).

    Parameters
    ----------
    path : path-like or "-"
        File to read; ``"-"`` reads standard input.
    errors : {"raise", "skip"}
        ``"raise"`` stops at the first bad line with an error naming file and
        line; ``"skip"`` leaves bad lines out and lists them in
        ``corpus.quarantine``.
    """
    quarantine = Quarantine()
    if str(path) == "-":
        docs = list(iter_jsonl(sys.stdin, errors=errors, quarantine=quarantine, source=source))
    else:
        _check_utf8(Path(path))
        with open(path, encoding="utf-8-sig") as stream:
            docs = list(iter_jsonl(stream, name=str(path), errors=errors, quarantine=quarantine, source=source))
    return Corpus(docs, name=Path(str(path)).stem, quarantine=quarantine, steps=[f"load_jsonl({str(path)!r})"])


def load_csv(path: str | os.PathLike, *, errors: str = "raise", source: str = "user",
             text_column: str = "text", id_column: str = "id") -> Corpus:
    """Load a CSV file with (at least) an id and a text column; other columns are kept.

    ``categories`` / ``tags`` columns may hold ``|``-separated lists.
    """
    path = Path(path)
    text = read_text(path)
    reader = csv.DictReader(text.splitlines(keepends=True))
    for column in (id_column, text_column):
        if column not in (reader.fieldnames or []):
            raise RecordError(path, 1, f"no column {column!r} (columns: {reader.fieldnames})")
    quarantine = Quarantine()
    docs, line = [], 2
    for row in reader:
        try:
            if None in row:
                raise RecordError(path, line, "more fields than the header")
            record = {k: v for k, v in row.items() if v not in (None, "")}
            record["id"] = row[id_column]
            record["text"] = row[text_column]
            docs.append(_document(record, str(path), line, source))
        except RecordError as error:
            handle(error, errors, quarantine)
        line = reader.line_num + 1
    return Corpus(docs, name=path.stem, quarantine=quarantine, steps=[f"load_csv({str(path)!r})"])


def load_folder(path: str | os.PathLike, *, pattern: str = "*.txt", errors: str = "raise",
                source: str = "user") -> Corpus:
    """One document per text file (id = relative path, title = first line)."""
    root = Path(path)
    quarantine = Quarantine()
    docs = []
    for file in sorted(root.rglob(pattern)):
        try:
            text = read_text(file)
            if not text.strip():
                raise RecordError(file, None, "empty file")
        except RecordError as error:
            handle(error, errors, quarantine)
            continue
        relative = file.relative_to(root).as_posix()
        docs.append(Document(id=f"{source}:{relative}", title=text.strip().split("\n", 1)[0], text=text, source=source))
    return Corpus(docs, name=root.name, quarantine=quarantine, steps=[f"load_folder({str(root)!r})"])


def _check_utf8(path: Path) -> None:
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RecordError(path, line, f"not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                                      "convert the file to UTF-8") from None
