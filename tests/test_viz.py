"""civicdiscourse.viz: font registration, opt-in style, deterministic files, labels, wordclouds, overview."""

from __future__ import annotations

import subprocess
import sys
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pytest

from civicdiscourse import viz
from civicdiscourse.corpus import Corpus, Document

ZWNJ = "\u200c"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def test_import_leaves_rcparams_alone():
    code = ("import matplotlib as mpl; before = {k: repr(v) for k, v in mpl.rcParams.items()}; "
            "import civicdiscourse.viz; after = {k: repr(v) for k, v in mpl.rcParams.items()}; "
            "changed = [k for k in before if before[k] != after[k]]; assert not changed, changed")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_font_is_registered_from_the_python_package():
    import fontpkg_noto_sans_arabic
    from matplotlib import font_manager

    assert viz.register_fonts() == viz.PERSIAN_FAMILY == "Noto Sans Arabic"
    assert viz.font_path().is_relative_to(fontpkg_noto_sans_arabic.ROOT)
    assert viz.is_registered()
    found = font_manager.findfont(font_manager.FontProperties(family=viz.PERSIAN_FAMILY), fallback_to_default=False)
    assert found == str(viz.font_path())


def test_persian_style_is_scoped():
    before = list(matplotlib.rcParams["font.family"])
    with viz.persian_style() as params:
        assert matplotlib.rcParams["font.family"] == ["Noto Sans Arabic", "DejaVu Sans"]
        assert params["svg.hashsalt"] and matplotlib.rcParams["savefig.dpi"] == viz.DPI
    assert list(matplotlib.rcParams["font.family"]) == before


def test_use_persian_returns_what_undoes_it():
    before = dict(matplotlib.rcParams)
    previous = viz.use_persian()
    try:
        assert matplotlib.rcParams["font.family"][0] == "Noto Sans Arabic"
    finally:
        matplotlib.rcParams.update(previous)
    assert dict(matplotlib.rcParams) == before


def _missing_glyph_warnings(text: str, families) -> list[str]:
    fig, ax = plt.subplots()
    ax.set_title(text, family=families)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.canvas.draw()
    return [str(w.message) for w in caught if "missing from font" in str(w.message)]


def test_fallback_font_supplies_glyphs_noto_lacks():
    text = "شهرداری → شورا"  # Noto Sans Arabic has no arrow
    assert _missing_glyph_warnings(text, ["Noto Sans Arabic"])
    assert not _missing_glyph_warnings(text, viz.font_families())


def _render(path, title="سهم خبرهای شهری – ۱۴۰۲"):
    with viz.persian_style():
        fig, ax = plt.subplots(figsize=(4, 3))
        ax.bar(["الف", "ب", "پ"], [3, 1, 2])
        ax.set_title(title)
    return viz.save_figure(fig, path)


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_figure_files_are_byte_identical_across_renders(tmp_path, suffix):
    first = _render(tmp_path / f"a.{suffix}")
    second = _render(tmp_path / f"b.{suffix}")
    assert first == second == viz.sha256_file(tmp_path / f"a.{suffix}")
    assert (tmp_path / f"a.{suffix}").read_bytes() == (tmp_path / f"b.{suffix}").read_bytes()
    assert _render(tmp_path / f"c.{suffix}", title="عنوان دیگر") != first


def test_png_carries_no_version_metadata(tmp_path):
    from PIL import Image

    _render(tmp_path / "a.png")
    assert "Software" not in Image.open(tmp_path / "a.png").info
    assert b"atplotlib" not in (tmp_path / "a.png").read_bytes()


def test_save_table_is_stable(tmp_path):
    import pandas as pd

    frame = pd.DataFrame({"منبع": ["الف", "ب"], "سهم": [1 / 3, 2 / 3]})
    assert viz.save_table(frame, tmp_path / "a.csv") == viz.save_table(frame, tmp_path / "b")
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == "منبع,سهم\nالف,0.333333\nب,0.666667\n"


@pytest.mark.parametrize(("value", "kwargs", "expected"), [
    (0, {}, "۰"),
    (1234, {}, "۱٬۲۳۴"),
    (12345.678, {"decimals": 1}, "۱۲٬۳۴۵٫۷"),
    (0.25, {"percent": True}, "۲۵٪"),
    (0.0337, {"percent": True, "decimals": 1}, "۳٫۴٪"),
    (-3, {}, "−۳"),
    (float("nan"), {}, ""),
])
def test_format_number(value, kwargs, expected):
    assert viz.format_number(value, **kwargs) == expected


@pytest.mark.parametrize(("month", "expected"), [
    ("1399-04", "تیر ۱۳۹۹"),
    ("1402-12", "اسفند ۱۴۰۲"),
    ("1398-01-15", "فروردین ۱۳۹۸"),
])
def test_jalali_month_label(month, expected):
    assert viz.jalali_month_label(month) == expected


def test_palettes_are_distinct_and_stable():
    for n in (3, 8, 9):
        colours = viz.palette(n)
        assert len(colours) == n and len(set(colours)) == n
    assert viz.color_map(["b", "a", "b"]) == {"b": viz.OKABE_ITO[0], "a": viz.OKABE_ITO[1]}
    with pytest.raises(ValueError, match="unknown palette"):
        viz.palette(3, name="rainbow")


@pytest.mark.parametrize(("texts", "expected"), [
    (["شهرداری" + ZWNJ + "ها پیاده" + ZWNJ + "راه"], {"شهرداری" + ZWNJ + "ها": 1, "پیاده" + ZWNJ + "راه": 1}),
    (["شهرداري تهران", "شهرداری"], {"شهرداری": 2, "تهران": 1}),  # Arabic ي unified
    (["۱۲ پروژه و ۳ پل"], {"پروژه": 1, "پل": 1}),  # numbers and stopwords dropped
])
def test_token_frequencies_keep_zwnj_words(texts, expected):
    assert dict(viz.token_frequencies(texts)) == expected


FREQUENCIES = {"شهرداری": 10, "مشارکت": 6, "شورای شهر": 5, "می" + ZWNJ + "گوید": 4, "توسعه": 3, "پروژه": 3}


def test_wordcloud_layout_depends_only_on_seed():
    one = viz.make_wordcloud(FREQUENCIES, random_state=3, width=300, height=200).to_array()
    two = viz.make_wordcloud(dict(reversed(FREQUENCIES.items())), random_state=3, width=300, height=200).to_array()
    other = viz.make_wordcloud(FREQUENCIES, random_state=4, width=300, height=200).to_array()
    assert np.array_equal(one, two)
    assert not np.array_equal(one, other)


def test_wordcloud_rejects_empty_frequencies():
    with pytest.raises(ValueError, match="positive"):
        viz.make_wordcloud({"شهر": 0})


def test_wordcloud_grid_one_panel_per_group_right_to_left():
    with viz.persian_style():
        fig = viz.wordcloud_grid({"موضوع ۱": FREQUENCIES, "موضوع ۲": {"پل": 2, "خیابان": 1}, "خالی": {}}, ncols=2)
    titled = [ax.get_title(loc="right") for ax in fig.axes]
    assert titled == ["موضوع ۲", "موضوع ۱"]  # first group in the top-right panel; empty group skipped


def _doc(i, text, *, url=None, outlet="خبرگزاری الف", jalali="1399-04-10"):
    return Document(id=f"t:{i}", title="", text=text, url=url, outlet=outlet, jalali_date=jalali,
                    date="2020-06-30" if jalali else None, source="synthetic")


def test_corpus_overview_counts_duplicates_and_municipal_share():
    docs = [
        _doc(1, "شهردار تهران از طرح تازهٔ پیاده‌راه خبر داد.", url="u1"),
        _doc(2, "شهردار تهران از طرح تازهٔ پیاده‌راه خبر داد.", url="u1"),  # same URL
        _doc(3, "قیمت طلا امروز بالا رفت.", url="u3", outlet="روزنامه ب"),
        _doc(4, "قیمت طلا امروز بالا رفت.", url="u4", jalali=None),  # same text
        _doc(5, "شورای شهر مشهد بودجه را تصویب کرد.", url="u5", jalali="1399-05-01"),
    ]
    overview = viz.corpus_overview({"synthetic": Corpus(docs, name="synthetic")}, progress=False)
    row = overview.sizes.iloc[0].to_dict()
    assert (row["documents"], row["duplicates_url"], row["duplicates_text"], row["duplicates_near"],
            row["deduplicated"], row["municipal"]) == (5, 1, 1, 0, 3, 2)
    assert row["municipal_share"] == pytest.approx(2 / 3)
    assert overview.outlets.to_dict("records") == [
        {"source": "synthetic", "outlet": "خبرگزاری الف", "documents": 2, "municipal": 2},
        {"source": "synthetic", "outlet": "روزنامه ب", "documents": 1, "municipal": 0}]
    assert overview.periods[["month", "documents", "municipal"]].values.tolist() == [
        ["1399-04", 2, 1], ["1399-05", 1, 1]]
    with viz.persian_style():
        for plot in (viz.plot_sizes, viz.plot_duplicates, viz.plot_municipal_share):
            assert plot(overview.sizes).get_title(loc="right")
        assert viz.plot_outlets(overview.outlets).get_yticklabels()
        assert len(viz.plot_periods(overview.periods).axes) == 1
