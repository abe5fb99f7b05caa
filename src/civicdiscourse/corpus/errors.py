"""Errors and the quarantine report for bad input."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class CorpusError(Exception):
    """Base class for corpus problems."""


class ChecksumError(CorpusError):
    """A downloaded or mirrored file does not have the sha256 the manifest names."""

    def __init__(self, path: str, expected: str, actual: str) -> None:
        super().__init__(f"{path}: sha256 mismatch: expected {expected}, got {actual}")
        self.path, self.expected, self.actual = path, expected, actual


class RecordError(CorpusError):
    """A record that cannot be parsed; names the file and the line."""

    def __init__(self, path: str | Path, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")
        self.path, self.line, self.reason = str(path), line, reason


@dataclass
class Quarantine:
    """Records left out with ``errors="skip"``: nothing is dropped uncounted.

    Attributes
    ----------
    problems : list of RecordError
        One entry per record that was left out, with file, line and reason.
    """

    problems: list[RecordError] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.problems)

    def __bool__(self) -> bool:  # an empty report is still a report
        return True

    def add(self, error: RecordError) -> None:
        self.problems.append(error)

    def report(self) -> str:
        """Human-readable report, one line per skipped record."""
        if not self.problems:
            return "no records skipped"
        lines = [f"{len(self.problems)} record(s) skipped:"]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


def handle(error: RecordError, errors: str, quarantine: Quarantine | None) -> None:
    """Raise ``error`` or file it in ``quarantine``, following the ``errors`` policy."""
    if errors == "raise":
        raise error
    if errors != "skip":
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    if quarantine is None:
        raise ValueError("errors='skip' needs a Quarantine to report skipped records")
    quarantine.add(error)
