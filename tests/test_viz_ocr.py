"""Read rendered Persian back with OCR: the text must come out shaped and in reading order.

tesseract's Persian model only recognises connected (shaped) letters laid
out right to left, so OCR recovering the words in order is evidence the
figure shows them correctly. Needs ``tesseract`` with the ``fas`` language
(Debian: ``tesseract-ocr tesseract-ocr-fas``; installed by ``.ci/run``).
"""

from __future__ import annotations

import os
import shutil
import subprocess

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest

from civicdiscourse import viz
from civicdiscourse.text import fold

ZWNJ = "\u200c"


def _tesseract_fas() -> None:
    reason = None
    if shutil.which("tesseract") is None:
        reason = "tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-fas)"
    else:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False).stdout.split()
        if "fas" not in langs:
            reason = "tesseract has no Persian model (apt-get install tesseract-ocr-fas)"
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def ocr():
    _tesseract_fas()
    import pytesseract
    from PIL import Image

    def read(path) -> list[str]:
        # --psm 7: one line of text. fold() unifies ZWNJ/space and letter variants OCR may mix up.
        found = pytesseract.image_to_string(Image.open(path), lang="fas", config="--psm 7")
        return words(found)

    return read


def words(text: str) -> list[str]:
    """Comparable words: folded, Persian digits, dashes dropped; «ة» (which the
    Persian model reads for the identical-looking «ۀ»/«هٔ») counted as «ه»."""
    folded = fold(viz.persian_digits(text)).replace("ة", "ه")
    return folded.replace("-", " ").replace("–", " ").split()


def _title_figure(path, title: str, *, families=None) -> None:
    with viz.persian_style():
        fig = plt.figure(figsize=(10, 1.2))
        fig.text(0.5, 0.5, title, ha="center", va="center", fontsize=32,
                 **({"family": families} if families else {}))
        viz.save_figure(fig, path, dpi=200)
        plt.close(fig)


TITLES = [
    "سهم خبرهای شهری در سال ۱۴۰۲",
    "شهرداری" + ZWNJ + "ها و شورای شهر تهران",
    "مشارکت شهروندان در توسعهٔ شهری",
    "نقل قول مستقیم از شهردار",
]


@pytest.mark.parametrize("title", TITLES)
def test_persian_title_reads_back_in_order(tmp_path, ocr, title):
    path = tmp_path / "title.png"
    _title_figure(path, title)
    assert ocr(path) == words(title)


def test_word_order_is_checked(tmp_path, ocr):
    # Control: a title whose words are reversed (what reshaping on top of
    # matplotlib's own bidi layout produces) must not pass as the original.
    title = TITLES[2]
    path = tmp_path / "reversed.png"
    _title_figure(path, " ".join(reversed(title.split())))
    assert ocr(path) != words(title)


def test_plot_helper_title_and_labels_read_back(tmp_path):
    _tesseract_fas()
    import pandas as pd
    import pytesseract
    from PIL import Image

    sizes = pd.DataFrame({"source": ["الف"], "documents": [10], "deduplicated": [9], "municipal": [3]})
    with viz.persian_style(**{"axes.titlesize": 26, "axes.labelsize": 22}):
        ax = viz.plot_sizes(sizes, title="اندازهٔ منابع خبری")
        viz.save_figure(ax.figure, tmp_path / "sizes.png", dpi=200)
        plt.close(ax.figure)
    found = " ".join(words(pytesseract.image_to_string(Image.open(tmp_path / "sizes.png"), lang="fas")))
    for expected in ("اندازهٔ منابع خبری", viz.label("municipal")):  # title and legend
        assert " ".join(words(expected)) in found
