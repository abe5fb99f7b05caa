"""Downloads verify sha256, retry, and never leave partial files behind."""

import hashlib
import http.server
import threading
from pathlib import Path

import pytest

from civicdiscourse.corpus import download as fetch_module
from civicdiscourse.corpus.errors import ChecksumError, CorpusError
from civicdiscourse.corpus.download import fetch_file
from civicdiscourse.corpus.manifest import RemoteFile, Source

PAYLOAD = "شهرداری منطقه ۱ — synthetic test file\n".encode()


def make_source(url: str, payload: bytes = PAYLOAD) -> tuple[Source, RemoteFile]:
    remote = RemoteFile(path="data/file.txt", url=url, sha256=hashlib.sha256(payload).hexdigest(),
                        size=len(payload))
    source = Source(name="toy", title="toy", kind="news", repository="o/r", homepage="", commit="0" * 40,
                    licence="", reader="ir-news", mirror_dir="o__r", card="", files=(remote,))
    return source, remote


@pytest.fixture()
def server(tmp_path):
    """A loopback HTTP server serving tmp_path/www; counts requests per path."""
    root = tmp_path / "www"
    root.mkdir()
    hits: dict[str, int] = {}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def do_GET(self):
            hits[self.path] = hits.get(self.path, 0) + 1
            super().do_GET()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", root, hits
    httpd.shutdown()
    httpd.server_close()


def leftovers(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file()]


def test_download_verifies_and_moves_atomically(server, tmp_path):
    base, root, hits = server
    (root / "file.txt").write_bytes(PAYLOAD)
    source, remote = make_source(f"{base}/file.txt")
    home = tmp_path / "home"
    path = fetch_file(source, remote, data_home=home, mirror="")
    assert path.read_bytes() == PAYLOAD
    assert leftovers(home) == [path]
    fetch_file(source, remote, data_home=home, mirror="")  # second call: already verified, no request
    assert hits == {"/file.txt": 1}


def test_checksum_mismatch_names_file_and_hashes_and_leaves_nothing(server, tmp_path):
    base, root, _ = server
    (root / "file.txt").write_bytes(PAYLOAD + b"tampered")
    source, remote = make_source(f"{base}/file.txt")
    home = tmp_path / "home"
    with pytest.raises(ChecksumError) as caught:
        fetch_file(source, remote, data_home=home, mirror="")
    message = str(caught.value)
    assert "file.txt" in message and remote.sha256 in message
    assert hashlib.sha256(PAYLOAD + b"tampered").hexdigest() in message
    assert leftovers(home) == []


def test_mirror_url_is_tried_before_the_canonical_url(server, tmp_path):
    base, root, hits = server
    (root / "o__r" / "data").mkdir(parents=True)
    (root / "o__r" / "data" / "file.txt").write_bytes(PAYLOAD)
    source, remote = make_source(f"{base}/canonical/file.txt")
    fetch_file(source, remote, data_home=tmp_path / "home", mirror=base)
    assert hits == {"/o__r/data/file.txt": 1}


def test_interrupted_download_is_retried_and_leaves_no_partial_file(tmp_path, monkeypatch):
    source, remote = make_source("http://127.0.0.1:9/never-used")
    calls = []

    def flaky_copy(target, location, *, timeout):
        calls.append(location)
        if len(calls) == 1:
            target.write_bytes(PAYLOAD[:7])  # the connection drops half-way
            raise ConnectionResetError("connection reset by peer")
        target.write_bytes(PAYLOAD)

    monkeypatch.setattr(fetch_module, "_copy_to", flaky_copy)
    monkeypatch.setattr(fetch_module.time, "sleep", lambda seconds: None)
    home = tmp_path / "home"
    path = fetch_file(source, remote, data_home=home, mirror="")
    assert len(calls) == 2 and path.read_bytes() == PAYLOAD
    assert leftovers(home) == [path]


def test_every_attempt_failing_raises_and_leaves_nothing(tmp_path, monkeypatch):
    source, remote = make_source("http://127.0.0.1:9/unreachable")

    def broken(target, location, *, timeout):
        target.write_bytes(b"partial")
        raise TimeoutError("timed out")

    monkeypatch.setattr(fetch_module, "_copy_to", broken)
    monkeypatch.setattr(fetch_module.time, "sleep", lambda seconds: None)
    home = tmp_path / "home"
    with pytest.raises(CorpusError, match="could not fetch toy/data/file.txt"):
        fetch_file(source, remote, data_home=home, mirror="", retries=3)
    assert leftovers(home) == []


def test_corrupt_cached_file_is_fetched_again(server, tmp_path):
    base, root, hits = server
    (root / "file.txt").write_bytes(PAYLOAD)
    source, remote = make_source(f"{base}/file.txt")
    home = tmp_path / "home"
    cached = home / "raw" / "o__r" / "data" / "file.txt"
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"truncated")
    assert fetch_file(source, remote, data_home=home, mirror="").read_bytes() == PAYLOAD
    assert hits == {"/file.txt": 1}


def test_local_mirror_with_a_wrong_file_is_refused(tmp_path):
    from civicdiscourse.corpus import loading

    mirror = tmp_path / "mirror"
    source, remote = make_source("http://127.0.0.1:9/x")
    (mirror / "o__r" / "data").mkdir(parents=True)
    (mirror / "o__r" / "data" / "file.txt").write_bytes(b"not the pinned bytes")
    with pytest.raises(ChecksumError, match="sha256 mismatch"):
        loading._local(source, remote, tmp_path / "home", str(mirror))


def test_data_home_honours_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CIVICDISCOURSE_DATA", str(tmp_path / "from-env"))
    assert fetch_module.get_data_home() == tmp_path / "from-env"
    assert (tmp_path / "from-env").is_dir()
