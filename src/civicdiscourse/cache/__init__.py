"""Results cached on disk, keyed by their inputs *and* by the code that computes them.

>>> from civicdiscourse import cache, topics
>>> memory = cache.Memory()                                              # doctest: +SKIP
>>> scores = memory.call(topics.select_k, docs, [6, 10], seeds=[0, 1])   # doctest: +SKIP
>>> extract = memory.cache(extractor.extract)  # same signature, each call cached  # doctest: +SKIP

A call is looked up under a key made of

* the function (module and qualified name; for a bound method also the
  object it is bound to, hashed like an argument);
* the **source code** of the function's module and of every
  ``civicdiscourse`` module it imports, directly or through others, found by
  reading the import statements (:func:`code_fingerprint`) — so an edit
  anywhere in the code a result depends on makes a new key, and a cached
  result is never served for code that would compute something else;
  data such a module derives at run time and stores elsewhere (the first
  names learned from PEYMA) joins the key through :func:`register_data_input`;
* the versions of Python and of the numerical libraries (:data:`LIBRARIES`);
* every argument, hashed by content (:func:`stable_hash`): documents and
  corpora by all their fields, estimators by their parameters, arrays by
  their bytes. An argument that cannot be hashed by content raises
  ``TypeError`` instead of being cached under a guess.

Entries live in ``<data home>/memo/<function>/<code fingerprint>/<key>.pickle``
(see :func:`civicdiscourse.corpus.get_data_home`); writes are atomic, so
notebooks running in parallel can share the folder. When code changes, the
folders of older fingerprints beyond the newest :data:`KEEP_VERSIONS` are
removed. ``CIVICDISCOURSE_CACHE=0`` in the environment (or
``Memory(enabled=False)``) turns caching off: every call computes.
"""

from .code import CACHE_VERSION, LIBRARIES, code_fingerprint, dependencies, library_versions, register_data_input
from .hashing import stable_hash
from .memory import ENABLE_ENV, KEEP_VERSIONS, Memory, TextTable, enabled_by_default, memory

__all__ = ["CACHE_VERSION", "ENABLE_ENV", "KEEP_VERSIONS", "LIBRARIES", "Memory", "TextTable", "code_fingerprint",
           "dependencies", "enabled_by_default", "library_versions", "memory", "register_data_input", "stable_hash"]
