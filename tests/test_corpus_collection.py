"""Corpus selection, dedupe, dates and the municipal rule, on synthetic documents."""

import pytest

from civicdiscourse.corpus import Corpus, Document, fars_id_date, is_municipal, iso_to_jalali, parse_jalali
from civicdiscourse.corpus.municipal import municipal_flags


def doc(i, text, **fields):
    return Document(id=f"t:{i}", text=text, source="t", **fields)


@pytest.fixture()
def small():
    return Corpus([
        doc(1, "شهرداری منطقه ۳ تهران پروژه را افتتاح کرد", url="https://x/1", date="2020-03-01",
            outlet="الف", categories=["اجتماعی "]),
        doc(2, "شهرداري منطقه ۳ تهران پروژه را افتتاح كرد", url="https://x/2", date="2020-04-01", outlet="ب"),
        doc(3, "متن دیگر", url="https://x/1/", date="2020-05-01", outlet="الف"),
        doc(4, "شهردار لندن از طرح دوچرخه گفت", date=None, outlet="ب"),
    ], name="toy")


def test_container_protocol(small):
    assert len(small) == 4 and small[0].id == "t:1" and small["t:4"].outlet == "ب"
    assert [d.id for d in small[1:3]] == ["t:2", "t:3"]
    assert small.to_frame().shape == (4, 10)


def test_dedupe_by_url_then_normalised_text(small):
    deduped = small.dedupe()
    assert [d.id for d in deduped] == ["t:1", "t:4"]
    report = deduped.dedupe_report
    assert (report.by_url, report.by_text, report.after) == (1, 1, 2)
    assert report.removed == {"t:3": "t:1", "t:2": "t:1"}
    assert "4 → 2" in deduped.steps[-1]
    assert len(small) == 4  # the original is untouched


def test_filter_and_between(small):
    assert [d.id for d in small.filter(outlet="الف")] == ["t:1", "t:3"]
    assert [d.id for d in small.filter(category="اجتماعی")] == ["t:1"]
    assert [d.id for d in small.filter(contains="كرد")] == ["t:1", "t:2"]
    assert [d.id for d in small.filter(lambda d: d.date is None)] == ["t:4"]
    assert len(small.filter(outlet="ب", limit=1)) == 1
    assert [d.id for d in small.between("2020-03-15", "2020-05-01")] == ["t:2", "t:3"]
    assert [d.id for d in small.between("۱۳۹۹/۱/۱", None)] == ["t:2", "t:3"]  # 1399-01-01 = 2020-03-20


@pytest.mark.parametrize(
    ("text", "strict", "loose"),
    [
        ("شهردار تهران از بودجه سال آینده گفت", True, True),
        ("شهرداری منطقه ۱۱ طرح جدیدی را آغاز کرد", True, True),
        ("شهردار منطقه یک در جلسه حاضر شد", True, True),
        ("اعضای شورای اسلامی شهر مشهد رای دادند", True, True),
        ("شورایاران محله با مردم دیدار کردند", True, True),
        ("شهرداری‌ها موظف به اجرای قانون شدند", True, True),
        ("معاون خدمات شهری شهرداری اصفهان گفت", True, True),
        ("شهردار لندن از طرح دوچرخه گفت", False, False),
        ("شهرداری نیویورک مدارس را بست", False, False),
        ("قالیباف، شهردار اسبق تهران، نامزد شد", False, True),
        ("در این منطقه ۵ روستا وجود دارد", False, False),
        ("شهر زیبایی است", False, False),
        ("خبر بلند. " * 300 + "شهرداری منطقه ۲ هم حضور داشت", False, True),  # a passing mention
        ("شورای اسلامی شهر روستا ندارد. " * 3, True, True),
        ("مدیریت شهری پایتخت تغییر کرد", True, True),
        ("شهرداري منطقه ۳ تهران پروژه را افتتاح كرد", True, True),  # Arabic ي/ك folded first
        # a club named after a municipality in a sports report: loose only
        ("در هفته سوم لیگ والیبال تیم شهرداری تبریز در دیدار با باشگاه پیکان به برتری رسید. سرمربی تیم "
         "شهرداری تبریز گفت بازیکنان خوب بودند.", False, True),
        # the same club, but the city council acts in the story
        ("شورای اسلامی شهر تبریز بودجه تیم والیبال شهرداری تبریز را در لیگ و جام قهرمانی تصویب کرد؛ "
         "سرمربی و بازیکنان در دیدار با شورا حاضر شدند.", True, True),
        # sports words alone do not hide the municipality of a city acting in the lead
        ("شهرداری تبریز ورزشگاه محله را افتتاح کرد", True, True),
    ],
)
def test_municipal_rule(text, strict, loose, tmp_path, monkeypatch):
    assert is_municipal(text) is strict
    assert is_municipal(text, strict=False) is loose
    assert municipal_flags(text) == (strict, loose)
    monkeypatch.setenv("CIVICDISCOURSE_DATA", str(tmp_path))
    docs = Corpus([doc(1, text)])
    for enabled in ("1", "1", "0"):  # computed, read back from the data home, computed without the cache
        monkeypatch.setenv("CIVICDISCOURSE_CACHE", enabled)
        assert (len(docs.municipal()), len(docs.municipal(strict=False))) == (strict, loose)


# A synthetic report of 48 words, and variants of it.
REPORT = ("شهردار منطقه چهار تهران امروز در بازدید از پروژه پارک محله گفت کار ساخت این پارک تا پایان "
          "سال تمام می‌شود و بودجه آن از محل درآمدهای شهرداری تامین شده است او افزود ساکنان محله در "
          "طراحی پارک نظر داده‌اند و شورایاری محله بر اجرای طرح نظارت می‌کند همچنین قرار است کتابخانه "
          "محله نیز در کنار پارک ساخته شود و تا سال آینده افتتاح شود")


@pytest.mark.parametrize(("second", "near", "kept"), [
    (REPORT + " به گزارش خبرنگار ما", 0.9, ["t:1"]),  # a sign-off added under another title: repeated
    (REPORT.replace("چهار", "پنج"), 0.9, ["t:1"]),  # one word changed
    (REPORT.replace("چهار", "پنج"), None, ["t:1", "t:2"]),  # exact de-duplication only
    (REPORT[: len(REPORT) // 2], 0.9, ["t:1", "t:2"]),  # half of the report: a different item
    ("شهردار منطقه چهار تهران گفت پارک تمام می‌شود", 0.9, ["t:1", "t:2"]),  # different text
])
def test_dedupe_near_identical_bodies(second, near, kept):
    docs = Corpus([doc(1, REPORT, title="پارک محله"), doc(2, second, title="خبر تازه از پارک")])
    deduped = docs.dedupe(near=near)
    assert [d.id for d in deduped] == kept
    assert deduped.dedupe_report.by_near == 2 - len(kept)
    assert deduped.dedupe_report.removed == ({"t:2": "t:1"} if len(kept) == 1 else {})


def test_short_items_are_never_merged_as_near_identical():
    line = "شورای شهر بودجه سال آینده را تصویب کرد"
    docs = Corpus([doc(1, line, title="بودجه"), doc(2, line + " امروز", title="تصویب بودجه")])
    assert len(docs.dedupe()) == 2


def test_dedupe_is_the_same_with_and_without_the_cache(small, tmp_path, monkeypatch):
    monkeypatch.setenv("CIVICDISCOURSE_DATA", str(tmp_path))
    results = []
    for enabled in ("1", "1", "0"):
        monkeypatch.setenv("CIVICDISCOURSE_CACHE", enabled)
        deduped = small.dedupe()
        results.append(([d.id for d in deduped], deduped.dedupe_report.removed))
    assert results[0] == results[1] == results[2] == (["t:1", "t:4"], {"t:3": "t:1", "t:2": "t:1"})
    assert any((tmp_path / "memo").rglob("table.pickle"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۱۴:۳۰\n ۱۴۰۲-۵-۱ ", ("1402-05-01", "2023-07-23")),
        ("1399/01/01", ("1399-01-01", "2020-03-20")),
        ("۱۳۹۸/۱۳/۰۱", None),  # no 13th month
        ("بدون تاریخ", None),
    ],
)
def test_parse_jalali(text, expected):
    assert parse_jalali(text) == expected


@pytest.mark.parametrize(
    ("news_id", "expected"),
    [
        ("8707060255", ("1387-07-06", "2008-09-27")),
        ("13970506001199", ("1397-05-06", "2018-07-28")),
        ("6001010001", None),  # decodes to 1360: before Fars existed
        ("123", None),
    ],
)
def test_fars_id_date(news_id, expected):
    assert fars_id_date(news_id) == expected


def test_iso_to_jalali():
    assert iso_to_jalali("2020-01-21 01:53:00") == "1398-11-01"
