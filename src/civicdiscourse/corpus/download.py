"""Get manifest files onto disk: from the data home, a mirror, or the canonical URL.

Every file is verified against the manifest's sha256. Downloads go to a
temporary file next to the target and are moved into place only after the
checksum matched, so an interrupted or corrupt download never leaves a file
that looks complete.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from .errors import ChecksumError, CorpusError
from .manifest import RemoteFile, Source

DATA_ENV = "CIVICDISCOURSE_DATA"
MIRROR_ENV = "CIVICDISCOURSE_MIRROR"
CHUNK = 1 << 20


def get_data_home(data_home: str | os.PathLike | None = None) -> Path:
    """Folder for downloaded files and caches.

    ``data_home`` if given, else ``$CIVICDISCOURSE_DATA``, else
    ``~/civicdiscourse_data``. Created if missing.
    """
    home = Path(data_home or os.environ.get(DATA_ENV) or Path.home() / "civicdiscourse_data")
    home = home.expanduser()
    home.mkdir(parents=True, exist_ok=True)
    return home


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _mirror_location(mirror: str, source: Source, remote: RemoteFile) -> str:
    if "://" in mirror:
        return f"{mirror.rstrip('/')}/{source.mirror_dir}/{quote(remote.path)}"
    return str(Path(mirror).expanduser() / source.mirror_dir / remote.path)


def _copy_to(target: Path, location: str, *, timeout: float) -> None:
    """Stream ``location`` (path or URL) into ``target`` (a temp file)."""
    if "://" in location:
        request = urllib.request.Request(location, headers={"User-Agent": "civicdiscourse"})
        with urllib.request.urlopen(request, timeout=timeout) as response, open(target, "wb") as out:
            shutil.copyfileobj(response, out, CHUNK)
    else:
        shutil.copyfile(location, target)


def fetch_file(
    source: Source,
    remote: RemoteFile,
    *,
    data_home: Path,
    mirror: str | None = None,
    retries: int = 3,
    timeout: float = 60.0,
) -> Path:
    """Return the verified local path of one manifest file, fetching it if needed.

    Parameters
    ----------
    source, remote : Source, RemoteFile
        The manifest entries naming the file.
    data_home : Path
        Where fetched files live (``<data_home>/raw/<mirror_dir>/<path>``).
    mirror : str, optional
        A folder or URL base laid out like ``shared/corpora``; tried instead
        of the canonical URL. Defaults to ``$CIVICDISCOURSE_MIRROR``.
    retries : int
        Attempts per location for network errors (checksum errors are final).

    Raises
    ------
    ChecksumError
        The fetched bytes do not match the manifest; nothing is left behind.
    CorpusError
        Every location failed.
    """
    target = data_home / "raw" / source.mirror_dir / remote.path
    if target.exists():
        if target.stat().st_size == remote.size and sha256_of(target) == remote.sha256:
            return target
        target.unlink()  # stale or corrupt: fetch again
    mirror = mirror if mirror is not None else os.environ.get(MIRROR_ENV)
    locations = ([_mirror_location(mirror, source, remote)] if mirror else []) + [remote.url]
    target.parent.mkdir(parents=True, exist_ok=True)
    failures = []
    for location in locations:
        for attempt in range(retries):
            handle, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
            os.close(handle)
            tmp = Path(tmp_name)
            try:
                _copy_to(tmp, location, timeout=timeout)
                actual = sha256_of(tmp)
                if actual != remote.sha256:
                    raise ChecksumError(location, remote.sha256, actual)
                os.replace(tmp, target)
                return target
            except ChecksumError:
                raise
            except (OSError, ValueError) as exc:
                failures.append(f"{location} (attempt {attempt + 1}): {exc}")
                if not isinstance(exc, FileNotFoundError) and "://" in location:
                    time.sleep(min(2**attempt, 8))
                    continue
                break
            finally:
                tmp.unlink(missing_ok=True)
    raise CorpusError(f"could not fetch {source.name}/{remote.path}:\n  " + "\n  ".join(failures))
