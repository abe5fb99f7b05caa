"""Helper for annotating statements by offsets (no text is ever stored).

    python scripts/annotation_tool.py show DOC_ID            # text with line offsets
    python scripts/annotation_tool.py find DOC_ID "substring" # every [start, end) of it
    python scripts/annotation_tool.py render FILE.jsonl       # annotations with their text, to check
    python scripts/annotation_tool.py validate FILE.jsonl     # schema, spans and hashes

Documents load through the corpus module (set CIVICDISCOURSE_MIRROR).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from functools import lru_cache

from civicdiscourse import corpus

KINDS = {"direct", "indirect"}
STANCES = {"favor", "against", "none"}
ANAPHORS = {None, "pronoun", "title", "omitted"}
ROLE_CLASSES = {
    "mayor", "district_mayor", "municipal_official", "city_council", "government_official",
    "parliament", "expert", "citizen", "business", "civil_society", "other",
}


@lru_cache(maxsize=None)
def _source(name: str):
    return corpus.load(name, progress=False)


def document(doc_id: str):
    return _source(doc_id.split(":", 1)[0])[doc_id]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def show(doc_id: str) -> None:
    doc = document(doc_id)
    print(f"# {doc.id}  title: {doc.title}  sha256: {text_sha256(doc.text)}")
    offset = 0
    for line in doc.text.split("\n"):
        print(f"[{offset}] {line}")
        offset += len(line) + 1


def find(doc_id: str, needle: str) -> None:
    text = document(doc_id).text
    start = text.find(needle)
    if start < 0:
        print("not found")
    while start >= 0:
        print(f"[{start}, {start + len(needle)})")
        start = text.find(needle, start + 1)


def _check_span(span, text: str, where: str, problems: list[str]) -> None:
    if span is None:
        return
    if not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(text)):
        problems.append(f"{where}: bad span {span}")


def validate(path: str, *, render: bool = False) -> int:
    problems: list[str] = []
    count = 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            record = json.loads(line)
            doc = document(record["doc_id"])
            if record.get("text_sha256") != text_sha256(doc.text):
                problems.append(f"{path}:{number}: text_sha256 does not match {doc.id}")
            if render:
                print(f"\n## {doc.id}")
            for i, st in enumerate(record["statements"]):
                where = f"{path}:{number} statement {i}"
                count += 1
                for key in ("speaker_span", "role_span", "cue_span", "quote_span", "mention_span"):
                    _check_span(st.get(key), doc.text, f"{where} {key}", problems)
                if st.get("kind") not in KINDS:
                    problems.append(f"{where}: kind {st.get('kind')!r}")
                if st.get("anaphor") not in ANAPHORS:
                    problems.append(f"{where}: anaphor {st.get('anaphor')!r}")
                if st.get("role_class") not in ROLE_CLASSES:
                    problems.append(f"{where}: role_class {st.get('role_class')!r}")
                for target in ("participation", "development"):
                    if st.get(target) not in STANCES:
                        problems.append(f"{where}: {target} {st.get(target)!r}")
                if render:
                    cut = lambda key: doc.text[slice(*st[key])] if st.get(key) else None  # noqa: E731
                    print(f"- {cut('speaker_span')} | {cut('role_span')} [{st.get('role_class')}] "
                          f"| cue={cut('cue_span')} | {st['kind']} anaphor={st.get('anaphor')} "
                          f"| P={st.get('participation')} D={st.get('development')}\n  «{cut('quote_span')}»")
    print("\n".join(problems) or f"ok: {count} statements")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("show").add_argument("doc_id")
    finder = sub.add_parser("find")
    finder.add_argument("doc_id")
    finder.add_argument("needle")
    sub.add_parser("validate").add_argument("file")
    sub.add_parser("render").add_argument("file")
    args = parser.parse_args()
    if args.cmd == "show":
        show(args.doc_id)
    elif args.cmd == "find":
        find(args.doc_id, args.needle)
    else:
        return validate(args.file, render=args.cmd == "render")
    return 0


if __name__ == "__main__":
    sys.exit(main())
