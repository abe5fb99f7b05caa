"""``StanceClassifier``: both targets, any method, statements in and out, trained model cached."""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

from sklearn.base import clone

from ..corpus import CorpusError
from .data import annotation_files, load_annotations, statement_text
from .lexicon import KeywordStance, LexiconStance
from .rules import TARGETS
from .supervised import SupervisedStance

METHODS = ("lexicon", "supervised", "keyword")
# Chosen by scripts/evaluate_stance.py (cross-validated SemEval score, both targets).
DEFAULT_METHOD = "lexicon"
# Part of the cache key (with the package source and the annotations); bump to force retraining.
MODEL_VERSION = "1"


def make_estimator(method: str, target: str, *, random_state: int = 0):
    """An unfitted single-target estimator for ``method``."""
    if method == "lexicon":
        return LexiconStance(target=target)
    if method == "supervised":
        return SupervisedStance(target=target, random_state=random_state)
    if method == "keyword":
        return KeywordStance(target=target)
    raise ValueError(f"method must be one of {METHODS}, got {method!r}")


class StanceClassifier:
    """Stance toward participation and development for Statement records.

    Parameters
    ----------
    method : {"lexicon", "supervised", "keyword"} or None
        ``None`` → ``DEFAULT_METHOD``.
    targets : tuple of str
    random_state : int
        Seed of every random choice in training.

    Attributes
    ----------
    estimators_ : dict of target → fitted estimator
    n_train_ : int
        Statements it was trained on (0 for an unfitted rule model).
    """

    def __init__(self, *, method: str | None = None, targets: tuple[str, ...] = TARGETS,
                 random_state: int = 0) -> None:
        self.method = method
        self.targets = targets
        self.random_state = random_state

    @property
    def method_(self) -> str:
        return DEFAULT_METHOD if self.method is None else self.method

    def fit(self, statements: Iterable[dict]) -> StanceClassifier:
        """Train on annotated statements (gold labels as strings under each target)."""
        statements = list(statements)
        texts = [statement_text(s) for s in statements]
        self.estimators_ = {}
        for target in self.targets:
            est = make_estimator(self.method_, target, random_state=self.random_state)
            self.estimators_[target] = clone(est).fit(texts, [s[target] for s in statements])
        self.n_train_ = len(statements)
        return self

    def unfitted_rules(self) -> StanceClassifier:
        """Use a rule method without training (uncalibrated scores: sigmoid of the margin)."""
        if self.method_ == "supervised":
            raise ValueError("the supervised method needs training data")
        self.estimators_ = {t: make_estimator(self.method_, t) for t in self.targets}
        self.n_train_ = 0
        return self

    def _fitted(self) -> dict:
        if not hasattr(self, "estimators_"):
            raise ValueError("StanceClassifier is not fitted: call fit(), load_default() or unfitted_rules()")
        return self.estimators_

    def predict(self, statements: Iterable[dict]) -> list[dict]:
        """``{target: {"label", "score"}}`` per statement."""
        statements = list(statements)
        texts = [statement_text(s) for s in statements]
        per_target = {t: est.predict_with_score(texts) for t, est in self._fitted().items()}
        return [{t: {"label": per_target[t][i][0], "score": round(per_target[t][i][1], 4)} for t in per_target}
                for i in range(len(statements))]

    def annotate(self, statements: Iterable[dict], *, batch_size: int = 256) -> Iterator[dict]:
        """Yield each statement with its stance added, reading ``batch_size`` at a time (constant memory)."""
        batch: list[dict] = []
        for statement in statements:
            batch.append(statement)
            if len(batch) >= batch_size:
                yield from self._annotate_batch(batch)
                batch = []
        if batch:
            yield from self._annotate_batch(batch)

    def _annotate_batch(self, batch: list[dict]) -> Iterator[dict]:
        for statement, stance in zip(batch, self.predict(batch)):
            yield {**statement, **stance}

    def explain(self, statement: dict | str) -> dict:
        """Per target: label, score and the cues or features that drove it."""
        text = statement if isinstance(statement, str) else statement_text(statement)
        return {t: est.explain(text) for t, est in self._fitted().items()}


def _annotation_digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def model_path(method: str, *, random_state: int = 0, data_home=None, paths: list[Path] | None = None) -> Path:
    """Where the model trained on the current annotations is cached.

    The key covers the annotation files, this package's source, the method and the seed: any change
    retrains at next use.
    """
    from ..corpus import get_data_home

    paths = annotation_files() if paths is None else paths
    code = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(Path(__file__).parent.glob("*.py")))).hexdigest()
    key = hashlib.sha256(f"{MODEL_VERSION}|{code}|{method}|{random_state}|{_annotation_digest(paths)}".encode())
    key = key.hexdigest()
    return get_data_home(data_home) / "stance" / f"{method}-{key[:16]}.pkl"


def dumps(model: StanceClassifier) -> bytes:
    buffer = io.BytesIO()
    pickle.dump(model, buffer, protocol=5)
    return buffer.getvalue()


def load_default(method: str | None = None, *, random_state: int = 0, data_home=None, mirror=None,
                 retrain: bool = False) -> StanceClassifier:
    """The shipped model, trained on ``corpus/annotations`` at first use and cached under the data home.

    Training is deterministic (same annotations and seed → the same bytes), so
    the cache is only a speed-up; it holds features derived from corpus text
    and therefore lives in the data home, never in the repository.
    Without annotations, a rule method runs uncalibrated.
    """
    clf = StanceClassifier(method=method, random_state=random_state)
    paths = annotation_files()
    if clf.method_ == "keyword" or not paths:
        return clf.unfitted_rules()
    path = model_path(clf.method_, random_state=random_state, data_home=data_home, paths=paths)
    if path.exists() and not retrain:
        with path.open("rb") as handle:
            return pickle.load(handle)
    try:
        statements = load_annotations(paths, data_home=data_home, mirror=mirror)
    except (OSError, CorpusError) as exc:
        if clf.method_ == "supervised":
            raise
        warnings.warn(f"annotated statements unavailable ({exc}); rule scores are uncalibrated", stacklevel=2)
        return clf.unfitted_rules()
    clf.fit(statements)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as handle:
        handle.write(dumps(clf))
    os.replace(tmp, path)
    return clf
