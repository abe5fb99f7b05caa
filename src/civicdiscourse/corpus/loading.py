"""``load(name)``: fetch, verify, parse and cache a named source."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from tqdm.auto import tqdm

from .collection import Corpus
from .errors import ChecksumError, CorpusError, Quarantine, RecordError, handle
from .download import MIRROR_ENV, fetch_file, get_data_home, sha256_of
from .manifest import Source, corpus_dir, load_manifest
from .readers import READERS

# Bump when a reader's output changes, so parsed caches are rebuilt.
READER_VERSION = 1


def available() -> list[str]:
    """Names of the sources in the manifest, in manifest order."""
    return list(load_manifest())


def source(name: str) -> Source:
    """The manifest entry of ``name``; the error lists the valid names."""
    sources = load_manifest()
    if name not in sources:
        raise KeyError(f"unknown corpus {name!r}; available: {', '.join(sources)}")
    return sources[name]


def card(name: str) -> str:
    """The data card (Markdown) of a source: what it is, fields, counts, licence, quirks."""
    return (corpus_dir() / source(name).card).read_text(encoding="utf-8")


def fetch(name: str, *, data_home: str | os.PathLike | None = None, mirror: str | os.PathLike | None = None,
          progress: bool = True) -> list[Path]:
    """Make every file of ``name`` available locally, verified; return their paths.

    A local mirror folder is verified in place (nothing is copied); files from
    a URL (mirror URL or canonical URL) are downloaded into the data home.
    """
    src = source(name)
    home = get_data_home(data_home)
    mirror = os.fspath(mirror) if mirror is not None else os.environ.get(MIRROR_ENV)
    files = tqdm(src.files, desc=f"verify {name}", unit="file", disable=not progress or len(src.files) < 50,
                 leave=False)
    return [_local(src, remote, home, mirror) for remote in files]


def _local(src: Source, remote, home: Path, mirror: str | None) -> Path:
    if mirror and "://" not in mirror:
        candidate = Path(mirror).expanduser() / src.mirror_dir / remote.path
        if candidate.exists():
            actual = sha256_of(candidate)
            if actual != remote.sha256:
                raise ChecksumError(str(candidate), remote.sha256, actual)
            return candidate
    return fetch_file(src, remote, data_home=home, mirror=mirror)


def _cache_path(src: Source, home: Path) -> Path:
    return home / "cache" / f"{src.name}-{src.fingerprint}-r{READER_VERSION}.pickle"


def load(
    name: str,
    *,
    data_home: str | os.PathLike | None = None,
    download_if_missing: bool = True,
    mirror: str | os.PathLike | None = None,
    errors: str = "skip",
    cache: bool = True,
    progress: bool = True,
) -> Corpus:
    """Load a named source as a :class:`Corpus` (see :func:`available`).

    Parameters
    ----------
    name : str
        ``ir-news``, ``fars-news``, ``fars-2023``, ``hamshahri-rss``,
        ``radiofarda-rss``, ``peyma``, ``arman``, ``persian-stance`` or ``lexipers``.
    data_home : path-like, optional
        Download and cache folder; default ``$CIVICDISCOURSE_DATA`` or
        ``~/civicdiscourse_data``.
    download_if_missing : bool
        If False and a file is neither cached nor in the mirror, raise
        instead of downloading.
    mirror : str, optional
        Folder or URL laid out like ``shared/corpora``; default
        ``$CIVICDISCOURSE_MIRROR``.
    errors : {"skip", "raise"}
        The curated sources contain a few unusable records (e.g. two empty
        rows in ``fars-2023``). ``"skip"`` leaves them out and lists each in
        ``corpus.quarantine``; ``"raise"`` stops at the first with its file
        and line.
    cache : bool
        Reuse (and write) the parsed cache in ``<data_home>/cache``.
    progress : bool
        Show tqdm progress bars.

    Returns
    -------
    Corpus
        With ``DESCR`` (the data card) and ``source`` (the manifest entry).
    """
    src = source(name)
    home = get_data_home(data_home)
    cached = _cache_path(src, home)
    if cache and errors == "skip" and cached.exists():
        with open(cached, "rb") as handle_:
            documents, problems = pickle.load(handle_)
        quarantine = Quarantine([RecordError(*p) for p in problems])
        return _finish(Corpus(documents, name=name, quarantine=quarantine, steps=[f"load {name} (cache)"]), src)
    if not download_if_missing:
        mirror_now = os.fspath(mirror) if mirror is not None else os.environ.get(MIRROR_ENV)
        missing = [f.path for f in src.files
                   if not (home / "raw" / src.mirror_dir / f.path).exists()
                   and not (mirror_now and "://" not in mirror_now
                            and (Path(mirror_now) / src.mirror_dir / f.path).exists())]
        if missing:
            raise CorpusError(f"{name}: {len(missing)} file(s) not available locally and "
                              f"download_if_missing=False (first: {missing[0]})")
    paths = fetch(name, data_home=home, mirror=mirror, progress=progress)
    read = READERS[src.reader]
    quarantine = Quarantine()
    documents = []
    pairs = [(p, f) for p, f in zip(paths, src.files) if f.read]
    for path, remote in tqdm(pairs, desc=f"parse {name}", unit="file", disable=not progress or len(pairs) < 50,
                             leave=False):
        try:
            documents.extend(read(path, remote.path, name, errors=errors, quarantine=quarantine,
                                  **src.reader_options))
        except RecordError as error:
            handle(error, errors, quarantine)
    if cache and errors == "skip":
        _write_cache(cached, documents, quarantine)
    return _finish(Corpus(documents, name=name, quarantine=quarantine, steps=[f"load {name}"]), src)


def _finish(corpus: Corpus, src: Source) -> Corpus:
    corpus.source = src
    corpus.DESCR = card(src.name)
    return corpus


def _write_cache(path: Path, documents, quarantine: Quarantine) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    problems = [(p.path, p.line, p.reason) for p in quarantine.problems]
    handle_, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(handle_, "wb") as out:
            pickle.dump((documents, problems), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
