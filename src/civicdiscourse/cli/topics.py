"""``civicdiscourse topics``: fit a topic model on a corpus, print topics and quality.

Same arguments and same input give byte-identical output (no timings, rounded floats).
"""

from __future__ import annotations

import argparse
import json
import sys

from .. import corpus, topics


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "topics", help="topics of a corpus with coherence (NPMI, c_v, UMass), diversity and seed stability",
        description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", required=True, metavar="NAME",
                        help="source name or .jsonl/.csv path; repeat to combine sources")
    parser.add_argument("--municipal", action="store_true", help="only Iranian city-government news (strict rule)")
    parser.add_argument("--no-dedupe", action="store_true", help="keep repeated articles")
    parser.add_argument("-k", "--topics", dest="k", type=int, default=12, help="number of topics (default 12)")
    parser.add_argument("--method", choices=topics.model.METHODS, default="nmf")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--top-n", type=int, default=10, help="top terms per topic, also used for coherence")
    parser.add_argument("--stability", type=int, default=3, metavar="RUNS",
                        help="runs with seeds SEED, SEED+1, … for seed stability (0 or 1 = skip; default 3)")
    parser.add_argument("--lemmatize", action="store_true", help="lemmatise nouns, drop verb forms")
    parser.add_argument("--min-df", type=int, default=10)
    parser.add_argument("--max-df", type=float, default=0.5)
    parser.add_argument("--save", metavar="PATH", help="also write the fitted model (joblib)")
    parser.add_argument("--format", choices=("json", "text"), default="text")
    parser.set_defaults(func=run)


def _load(names: list[str], *, dedupe: bool, municipal: bool) -> corpus.Corpus:
    loaded = None
    for name in names:
        if name in corpus.available():
            part = corpus.load(name, progress=False)
        elif name.endswith(".csv"):
            part = corpus.load_csv(name)
        else:
            part = corpus.load_jsonl(name)
        if dedupe:
            part = part.dedupe()
        if municipal:
            part = part.municipal()
        loaded = part if loaded is None else loaded + part
    return loaded


def run(args: argparse.Namespace) -> int:
    docs = _load(args.corpus, dedupe=not args.no_dedupe, municipal=args.municipal)
    if len(docs) == 0:
        raise ValueError("the corpus selection is empty")
    model = topics.TopicModel(args.k, method=args.method, random_state=args.seed, lemmatize=args.lemmatize,
                              min_df=args.min_df, max_df=args.max_df)
    model.fit(docs)
    seeds = [args.seed + i for i in range(args.stability)] if args.stability > 1 else None
    report = topics.evaluate(model, docs, top_n=args.top_n, stability_seeds=seeds)
    if args.save:
        model.save(args.save)
    header = {"corpus": {"names": list(args.corpus), "municipal": args.municipal, "deduped": not args.no_dedupe,
                         "documents": len(docs)},
              "model": {"method": args.method, "k": args.k, "seed": args.seed, "lemmatize": args.lemmatize,
                        "min_df": args.min_df, "max_df": args.max_df, "stability_seeds": seeds}}
    if args.format == "json":
        sys.stdout.write(json.dumps({**header, **report.to_dict()}, ensure_ascii=False, indent=2) + "\n")
    else:
        c, m = header["corpus"], header["model"]
        sys.stdout.write(f"{'+'.join(c['names'])}{' municipal' if c['municipal'] else ''}: {c['documents']} documents; "
                         f"{m['method']} k={m['k']} seed={m['seed']}\n{report.to_text()}\n")
    return 0
