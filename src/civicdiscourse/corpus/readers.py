"""Parsers for every file format in the shared corpora.

Each reader takes the local path of one manifest file, its repository-relative
path (used to build stable document ids) and the source name, and yields
:class:`Document` records. Bad records raise :class:`RecordError` naming the
file and line, or are filed in a :class:`Quarantine` with ``errors="skip"``.
"""

from __future__ import annotations

import ast
import csv
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

from .dates import fars_id_date, iso_to_jalali, parse_jalali
from .document import Document
from .errors import Quarantine, RecordError, handle

Reader = Callable[..., Iterator[Document]]
READERS: dict[str, Reader] = {}

IR_NEWS_OUTLETS = {
    "tabnak": "Tabnak",
    "roozno": "Roozno",
    "asriran": "Asr-e Iran",
    "sobhane": "Sobhaneh Online",
    "mashregh": "Mashregh News",
}


def reader(name: str) -> Callable[[Reader], Reader]:
    def register(func: Reader) -> Reader:
        READERS[name] = func
        return func

    return register


def read_text(path: Path, *, encoding: str = "utf-8-sig") -> str:
    """Read a whole file as UTF-8, turning a decode failure into a :class:`RecordError`."""
    raw = path.read_bytes()
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RecordError(path, line, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


def _literal_list(value: str, path: Path, line: int) -> list[str]:
    value = value.strip()
    if not value:
        return []
    if not value.startswith("["):  # a few records carry one bare category name
        return [value]
    try:
        items = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        raise RecordError(path, line, f"not a list literal: {value[:60]!r}") from None
    return [str(item).strip() for item in items if str(item).strip()]


@reader("ir-news")
def read_ir_news(path: Path, relpath: str, source: str, **_: object) -> Iterator[Document]:
    """IR-News: ``###`` header, summary ids, then ``id<TAB>sentence`` lines.

    The document text is the sentences joined by ``\\n`` (the source has no
    paragraph breaks).
    """
    lines = read_text(path).split("\n")
    header = lines[0].split("###")
    if len(header) != 7:
        raise RecordError(path, 1, f"header has {len(header)} '###' fields, expected 7")
    agency, title, url, categories, stamp, news_id, tags = (h.strip() for h in header)
    sentences, sentence_ids = [], []
    for number, line in enumerate(lines[2:], start=3):
        if not line.strip():
            continue
        sid, tab, sentence = line.partition("\t")
        if not tab:
            raise RecordError(path, number, "sentence line without a TAB after its id")
        sentence_ids.append(sid.strip())
        sentences.append(sentence)
    if not re.fullmatch(r"\d{4}-\d\d-\d\d( \d\d:\d\d(:\d\d)?)?", stamp):
        raise RecordError(path, 1, f"unparseable date {stamp!r}")
    prefix = re.sub(r"(_\d+)?_?data$", "", agency).rstrip("0123456789_")
    yield Document(
        id=f"{source}:{relpath}",
        title=title,
        text="\n".join(sentences),
        date=stamp[:10],
        jalali_date=iso_to_jalali(stamp),
        outlet=IR_NEWS_OUTLETS.get(prefix, agency),
        url=url or None,
        categories=_literal_list(categories, path, 1),
        tags=_literal_list(tags, path, 1),
        source=source,
        extra={
            "datetime": stamp,
            "news_id": news_id,
            "summary_sentence_ids": [s for s in lines[1].strip().split("@@@") if s],
            "sentence_ids": sentence_ids,
        },
    )


def _json_records(path: Path) -> list[dict]:
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(path, exc.lineno, f"invalid JSON: {exc.msg}") from None
    if not isinstance(data, list):
        raise RecordError(path, 1, "expected a JSON array of records")
    return data


def _require(record: object, keys: tuple[str, ...], path: Path, index: int) -> dict:
    if not isinstance(record, dict):
        raise RecordError(path, None, f"record {index}: not a JSON object")
    missing = [k for k in keys if k not in record]
    if missing:
        raise RecordError(path, None, f"record {index}: missing field(s) {', '.join(missing)}")
    return record


@reader("fars-json")
def read_fars_json(
    path: Path, relpath: str, source: str, *, errors: str = "raise", quarantine: Quarantine | None = None
) -> Iterator[Document]:
    """Fars News course set: JSON array with ``paragraphs`` (joined by ``\\n``).

    The date is decoded from the Fars news id in the link (Jalali).
    """
    for index, record in enumerate(_json_records(path)):
        try:
            record = _require(record, ("title", "paragraphs", "link"), path, index)
            text = "\n".join(p for p in record["paragraphs"] if p.strip())
            if not text.strip():
                raise RecordError(path, None, f"record {index}: empty text")
        except RecordError as error:
            handle(error, errors, quarantine)
            continue
        news_id = re.search(r"/news/(\d+)", record["link"])
        dates = fars_id_date(news_id.group(1)) if news_id else None
        yield Document(
            id=f"{source}:{relpath}#{index}",
            title=record["title"].strip(),
            text=text,
            date=dates[1] if dates else None,
            jalali_date=dates[0] if dates else None,
            outlet="Fars News",
            url=record["link"],
            categories=[c for c in (record.get("cat"), record.get("subcat")) if c],
            tags=list(record.get("tags") or []),
            source=source,
            extra={"abstract": record.get("abstract", "")},
        )


@reader("rss-json")
def read_rss_json(
    path: Path,
    relpath: str,
    source: str,
    *,
    outlet: str,
    errors: str = "raise",
    quarantine: Quarantine | None = None,
) -> Iterator[Document]:
    """RSS snapshot (Hamshahri Online, Radio Farda): title + lead paragraph (``summary``)."""
    for index, record in enumerate(_json_records(path)):
        try:
            record = _require(record, ("title", "summary", "link"), path, index)
            if not (record["summary"] or "").strip():
                raise RecordError(path, None, f"record {index}: empty summary")
        except RecordError as error:
            handle(error, errors, quarantine)
            continue
        yield Document(
            id=f"{source}:{relpath}#{index}",
            title=record["title"].strip(),
            text=record["summary"],
            outlet=outlet,
            url=record["link"],
            categories=[t.strip() for t in record.get("tags") or []],
            source=source,
        )


def _csv_rows(path: Path, *, encoding: str = "utf-8-sig") -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(first line number, row)``; quoted fields may span lines."""
    text = read_text(path, encoding=encoding)
    rows = csv.DictReader(text.splitlines(keepends=True))
    start = 2
    for row in rows:
        if None in row:
            raise RecordError(path, start, f"row has {len(row) - 1 + len(row[None])} fields, header has {len(rows.fieldnames)}")
        yield start, row
        start = rows.line_num + 1


@reader("fars-csv")
def read_fars_csv(
    path: Path, relpath: str, source: str, *, errors: str = "raise", quarantine: Quarantine | None = None
) -> Iterator[Document]:
    """Fars 2023 sample: quoted CSV with embedded CRLF and Persian-digit Jalali dates."""
    for line, row in _csv_rows(path):
        try:
            if not (row.get("text") or "").strip():
                raise RecordError(path, line, f"row {row.get('', '?')}: empty text")
            dates = parse_jalali(row.get("date") or "")
            if dates is None:
                raise RecordError(path, line, f"unparseable Jalali date {row.get('date', '').strip()!r}")
        except RecordError as error:
            handle(error, errors, quarantine)
            continue
        yield Document(
            id=f"{source}:{relpath}#{row['']}",
            title=row["title"].strip(),
            text=row["text"],
            date=dates[1],
            jalali_date=dates[0],
            outlet="Fars News",
            categories=[row["label"]] if row.get("label") else [],
            source=source,
            extra={"line": line},
        )


@reader("stance-csv")
def read_stance_csv(path: Path, relpath: str, source: str, **_: object) -> Iterator[Document]:
    """Claim–headline stance pairs; the headline is the text, claim and label go to ``extra``."""
    for index, (line, row) in enumerate(_csv_rows(path)):
        missing = [k for k in ("claim", "headline", "label") if k not in row]
        if missing:
            raise RecordError(path, line, f"missing column(s) {', '.join(missing)}")
        yield Document(
            id=f"{source}:{relpath}#{index}",
            title=row["claim"],
            text=row["headline"],
            source=source,
            extra={"claim": row["claim"], "label": row["label"], "line": line},
        )


def _conll_sentences(path: Path, split_token: Callable[[str], tuple[str, str] | None]):
    tokens: list[str] = []
    tags: list[str] = []
    start = 1
    for number, line in enumerate(read_text(path).split("\n"), start=1):
        if not line.strip():
            if tokens:
                yield start, tokens, tags
            tokens, tags, start = [], [], number + 1
            continue
        parsed = split_token(line)
        if parsed is None:
            raise RecordError(path, number, f"not a 'token<sep>TAG' line: {line[:40]!r}")
        tokens.append(parsed[0])
        tags.append(parsed[1])
    if tokens:
        yield start, tokens, tags


def _split_peyma(line: str) -> tuple[str, str] | None:
    token, bar, tag = line.rpartition("|")  # tokens may contain spaces (lost ZWNJ)
    return (token, tag.strip()) if bar and token else None


def _split_arman(line: str) -> tuple[str, str] | None:
    token, space, tag = line.rstrip("\r").rpartition(" ")
    return (token, tag) if space and token else None


def _ner_reader(split_token: Callable[[str], tuple[str, str] | None]) -> Reader:
    def read(path: Path, relpath: str, source: str, **_: object) -> Iterator[Document]:
        split = Path(relpath).stem
        for index, (line, tokens, tags) in enumerate(_conll_sentences(path, split_token)):
            yield Document(
                id=f"{source}:{relpath}#{index}",
                text=" ".join(tokens),
                source=source,
                extra={"split": split, "tokens": tokens, "ner_tags": tags, "line": line},
            )

    read.__doc__ = "Named-entity sentences, one token per line; text = tokens joined by spaces."
    return read


READERS["peyma"] = _ner_reader(_split_peyma)
READERS["arman"] = _ner_reader(_split_arman)


@reader("lexipers-xml")
def read_lexipers(path: Path, relpath: str, source: str, **_: object) -> Iterator[Document]:
    """LexiPers adjective synsets (XML with BOM): the gloss is the text; senses and label in ``extra``."""
    try:
        root = ET.fromstring(read_text(path))
    except ET.ParseError as exc:
        raise RecordError(path, exc.position[0], f"invalid XML: {exc}") from None
    for synset in root.iter("Synset"):
        attrs = synset.attrib
        yield Document(
            id=f"{source}:{relpath}#{attrs.get('ID')}",
            title=attrs.get("Sense", ""),
            text=attrs.get("Gloss", ""),
            source=source,
            extra={
                "senses": [s.strip() for s in attrs.get("Sense", "").split(",") if s.strip()],
                "label": int(attrs.get("Label", "0")),
                "example": attrs.get("Example", ""),
                "synset_id": attrs.get("SynID"),
            },
        )
