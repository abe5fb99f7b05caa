"""Regenerate corpus/manifest.json from the PROVENANCE.md files of a corpus mirror.

Maintainer tool, run once when a source is added or re-pinned::

    python scripts/build_manifest.py ../shared/corpora > corpus/manifest.json

It records facts only (paths, sizes, sha256, pinned commits, licences); no data.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

RAW = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"

SOURCES = [
    dict(name="ir-news", dir="shessam__IR-News-Dataset", reader="ir-news", kind="news",
         title="IR-News: Tabnak, Roozno, Asr-e Iran, Sobhaneh, Mashregh (2019-2020)",
         licence="GPL-3.0 (repository); article texts are the outlets' copyright",
         commits=["583562d326b0693ffc5faf8b65cdae85263e9979"]),
    dict(name="fars-news", dir="language-ml__course-nlp-ir-1-text-exploring", reader="fars-json",
         kind="news", title="Fars News course set (1382-1400)",
         licence="Apache-2.0 (repository); article texts are Fars News Agency's",
         commits=["48c7d56a33a6f75709e90b001529bf7705420674"]),
    dict(name="fars-2023", dir="faezeh-gholamrezaie__Persian-News-Article-Classification",
         reader="fars-csv", kind="news", title="Fars News classification sample (1402 / 2023)",
         licence="none stated", commits=["c01f8d17bfb9f08169fd83b904217ef985053d47"]),
    dict(name="hamshahri-rss", dir="mallahyari__Farsi-datasets", reader="rss-json", kind="news",
         title="Hamshahri Online RSS snapshot (spring 2020)", licence="none stated",
         options={"outlet": "Hamshahri Online"}, only=["farsi_news/hamshahri.json"],
         commits=["711848ccf478e974b4b53890e2727435e6d56309"]),
    dict(name="radiofarda-rss", dir="mallahyari__Farsi-datasets", reader="rss-json", kind="news",
         title="Radio Farda RSS snapshot (spring 2020)", licence="none stated",
         options={"outlet": "Radio Farda"}, only=["farsi_news/radiofarda.json"],
         commits=["711848ccf478e974b4b53890e2727435e6d56309"]),
    dict(name="peyma", dir="overfit-ir__parstwiner", reader="peyma", kind="ner",
         title="PEYMA named-entity corpus (train/dev/test)",
         licence="MIT (parstwiner repository); PEYMA upstream terms not included",
         only=["ner_data/peyma/train.txt", "ner_data/peyma/dev.txt", "ner_data/peyma/test.txt"],
         commits=["3ff969e1cb9fc040d4af8fe6fcc46be5b21e7ece"]),
    dict(name="arman", dir="overfit-ir__parstwiner", reader="arman", kind="ner",
         title="ArmanPersoNERCorpus (3 folds)",
         licence="academic research use only (corpus ReadMe)",
         only=["ArmanPersoNERCorpus/test_fold1.txt", "ArmanPersoNERCorpus/test_fold2.txt",
               "ArmanPersoNERCorpus/test_fold3.txt"],
         aux=["ArmanPersoNERCorpus/train_fold1.txt", "ArmanPersoNERCorpus/train_fold2.txt",
              "ArmanPersoNERCorpus/train_fold3.txt", "ArmanPersoNERCorpus/ReadMe.txt"],
         commits=["35b9027639bc3862d7f79f212480ad512b7df703"]),
    dict(name="persian-stance", dir="Zarharan__PersianStanceDetection", reader="stance-csv",
         kind="annotation", title="Persian claim-headline stance (Zarharan et al. 2019)",
         licence="CC BY-NC 4.0", commits=["a705912205023d97abcc5e26255a05198af6b13c"]),
    dict(name="lexipers", dir="phosseini__LexiPers", reader="lexipers-xml", kind="lexicon",
         title="LexiPers adjective sentiment lexicon", licence="none stated (cite the paper)",
         commits=["2cc2144905cf0d3fed7df1b5acb36ed6ef359214"]),
]

TABLE_ROW = re.compile(r"^\| `([^`]+)` \| `([0-9a-f]{12})` \| (\d+) \| `([0-9a-f]{64})` \|")
BLOCK_ROW = re.compile(r"^([0-9a-f]{64})\s+(\d+)\s+(\S.*)$")


def provenance_files(text: str) -> dict[str, tuple[str | None, int, str]]:
    files: dict[str, tuple[str | None, int, str]] = {}
    for line in text.splitlines():
        if m := TABLE_ROW.match(line):
            files.setdefault(m[1], (m[2], int(m[3]), m[4]))
        elif m := BLOCK_ROW.match(line):
            files.setdefault(m[3].strip(), (None, int(m[2]), m[1]))
    return files


def build(mirror: Path) -> dict:
    sources = []
    for spec in SOURCES:
        folder = mirror / spec["dir"]
        files = provenance_files((folder / "PROVENANCE.md").read_text(encoding="utf-8"))
        repo = spec["dir"].replace("__", "/", 1)
        wanted = spec.get("only", []) + spec.get("aux", [])
        entries = []
        for path, (short, size, sha) in sorted(files.items()):
            if wanted and path not in wanted:
                continue
            commit = next((c for c in spec["commits"] if short and c.startswith(short)), spec["commits"][0])
            entries.append({
                "path": path,
                "url": RAW.format(repo=repo, commit=commit, path=path.replace(" ", "%20")),
                "sha256": sha,
                "size": size,
                "read": path not in spec.get("aux", []),
            })
        sources.append({
            "name": spec["name"],
            "title": spec["title"],
            "kind": spec["kind"],
            "repository": repo,
            "homepage": f"https://github.com/{repo}",
            "commit": spec["commits"][0],
            "licence": spec["licence"],
            "reader": spec["reader"],
            "reader_options": spec.get("options", {}),
            "mirror_dir": spec["dir"],
            "card": f"cards/{spec['name']}.md",
            "files": entries,
        })
    return {"format": 1, "sources": sources}


if __name__ == "__main__":
    json.dump(build(Path(sys.argv[1])), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
