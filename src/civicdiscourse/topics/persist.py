"""Save and load a fitted :class:`TopicModel` in a deterministic format.

A pickle of the estimator itself is not byte-stable: pickle shares repeated
string objects by identity, and identity differs between a freshly fitted and
a loaded model. So the file (written with joblib, zlib-compressed) holds only
plain data: one JSON text (parameters, vocabulary, labels, scalar state of the
inner scikit-learn estimator) and a dict of numeric arrays. The same model
therefore always gives the same bytes.
"""

from __future__ import annotations

import json
import os
from numbers import Integral, Real

import numpy as np
from sklearn.decomposition import NMF, LatentDirichletAllocation
from sklearn.utils import check_random_state

FORMAT = "civicdiscourse.topics.TopicModel"
FORMAT_VERSION = 1
_ESTIMATORS = {"NMF": NMF, "LatentDirichletAllocation": LatentDirichletAllocation}
_OWN_ARRAYS = ("idf_",)
_OWN_STRINGS = ("terms_", "term_keys_", "feature_names_in_")
_OWN_SCALARS = ("input_kind_", "n_iter_", "reconstruction_err_", "perplexity_", "n_features_in_")
_SKIPPED = ("random_state_",)  # LDA's RandomState: only used while fitting; rebuilt from random_state


def _plain(value, where: str):
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, Integral):
        return int(value)
    if isinstance(value, Real):
        return float(value)
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError(f"cannot save {where} of type {type(value).__name__}; use plain values "
                     f"(e.g. an int random_state)")


def to_state(model) -> dict:
    """The plain-data state of a fitted model."""
    estimator = model.estimator_
    arrays, scalars = {}, {}
    for name, value in vars(estimator).items():
        if name in _SKIPPED:
            continue
        if isinstance(value, np.ndarray):
            arrays[f"estimator.{name}"] = np.ascontiguousarray(value)
        else:
            scalars[name] = _plain(value, f"estimator attribute {name}")
    for name in _OWN_ARRAYS:
        if getattr(model, name, None) is not None:
            arrays[name] = np.ascontiguousarray(getattr(model, name))
    meta = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "params": {k: _plain(v, f"parameter {k}") for k, v in model.get_params(deep=False).items()},
        "estimator_class": type(estimator).__name__,
        "estimator": scalars,
        "strings": {n: [str(t) for t in getattr(model, n)] for n in _OWN_STRINGS if hasattr(model, n)},
        "scalars": {n: _plain(getattr(model, n), n) for n in _OWN_SCALARS if hasattr(model, n)},
        "stop_words_": list(model.stop_words_),
        "topic_labels_": {str(k): v for k, v in sorted(model.topic_labels_.items())},
    }
    return {"meta": json.dumps(meta, ensure_ascii=False, sort_keys=True), "arrays": dict(sorted(arrays.items()))}


def from_state(state: dict, cls):
    """Rebuild a model from :func:`to_state` output."""
    meta = json.loads(state["meta"])
    if meta.get("format") != FORMAT or meta.get("version") != FORMAT_VERSION:
        raise ValueError(f"not a {FORMAT} file (version {FORMAT_VERSION})")
    model = cls(**meta["params"])
    estimator_params = _ESTIMATORS[meta["estimator_class"]]().get_params()
    estimator = _ESTIMATORS[meta["estimator_class"]](
        **{k: v for k, v in meta["estimator"].items() if k in estimator_params})
    for name, value in meta["estimator"].items():
        if name not in estimator_params:
            setattr(estimator, name, value)
    arrays = state["arrays"]
    for key, value in arrays.items():
        if key.startswith("estimator."):
            setattr(estimator, key.removeprefix("estimator."), value)
    if isinstance(estimator, LatentDirichletAllocation):
        estimator.random_state_ = check_random_state(estimator.random_state)
    model.estimator_ = estimator
    model.components_ = estimator.components_
    model.idf_ = arrays.get("idf_")
    for name, values in meta["strings"].items():
        setattr(model, name, np.asarray(values, dtype=object))
    for name, value in meta["scalars"].items():
        setattr(model, name, value)
    model.vocabulary_ = {t: i for i, t in enumerate(model.terms_)}
    model.stop_words_ = list(meta["stop_words_"])
    model.topic_labels_ = {int(k): v for k, v in meta["topic_labels_"].items()}
    return model


def save_model(model, path: str | os.PathLike) -> None:
    import joblib

    joblib.dump(to_state(model), path, compress=("zlib", 3))


def load_model(path: str | os.PathLike, cls):
    import joblib

    state = joblib.load(path)
    if not isinstance(state, dict) or "meta" not in state:
        raise TypeError(f"{path} is not a saved {cls.__name__}")
    return from_state(state, cls)
