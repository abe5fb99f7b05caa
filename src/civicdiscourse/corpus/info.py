"""``info(name)``: a source's data card followed by counts measured on the loaded files."""

from __future__ import annotations

from .loading import card, load


def info(name: str, **load_options) -> str:
    """The data card of ``name`` plus what loading it measures now.

    Loads the source (through the mirror/cache, verifying sha256) and reports
    records, skipped records with file and line, duplicates removed, date
    range, outlets and — for news — strict and loose municipal counts.
    ``load_options`` are passed to :func:`load`.
    """
    loaded = load(name, **load_options)
    src = loaded.source
    lines = [card(name).rstrip(), "", "## Measured now",
             f"- files: {len(src.files)} ({src.size:,} bytes), sha256 verified; pinned commit {src.commit[:12]}",
             f"- licence: {src.licence}",
             f"- records loaded: {len(loaded):,}; skipped: {len(loaded.quarantine)}"]
    lines += [f"    skipped {problem}" for problem in loaded.quarantine.problems[:10]]
    deduped = loaded.dedupe()
    lines.append(f"- {deduped.dedupe_report}")
    summary = deduped.summary()
    if summary["dated"]:
        lines.append(f"- dated: {summary['dated']:,}, {summary['first_date']} – {summary['last_date']}")
    if src.kind == "news":
        lines.append("- outlets: " + ", ".join(f"{k} {v:,}" for k, v in summary["outlets"].items()))
        strict, loose = len(deduped.municipal()), len(deduped.municipal(strict=False))
        lines.append(f"- municipal (after dedupe): strict {strict:,} ({strict / len(deduped):.1%}), "
                     f"loose {loose:,} ({loose / len(deduped):.1%})")
    return "\n".join(lines)
