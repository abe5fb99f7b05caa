"""Speaker and cue rules of the second improvement pass (synthetic sentences written for these tests)."""

from __future__ import annotations

import pytest
from quote_helpers import brief

from civicdiscourse.quotes import extract_statements
from civicdiscourse.quotes.layout import glue_points, prepare
from civicdiscourse.quotes.lexicon import learned_first_names, learned_surnames




SPELLING_VARIANTS = [  # one person, two spellings of the surname (چ/ج, پ/ب, گ/ک, ژ/ز)
    ("کامران حناجی، شهردار منطقه ۴، گفت: کار آغاز شد.\nحناچی افزود: بودجه کافی است.", "کامران حناجی"),
    ("کامران گلزاری، مدیر پارک‌ها، گفت: کار آغاز شد.\nکلزاری افزود: بودجه کافی است.", "کامران گلزاری"),
    ("کامران پژوهان، مدیر پارک‌ها، گفت: کار آغاز شد.\nبژوهان افزود: بودجه کافی است.", "کامران پژوهان"),
]


@pytest.mark.parametrize(("text", "speaker"), SPELLING_VARIANTS)
def test_spelling_variants_of_a_surname_are_one_person(text, speaker):
    assert [s[0] for s in brief_with_pronoun(text)] == [speaker, speaker]


GLUED = [  # a lost line end glues a verb to the next sentence's subject
    ("کامران رضایی، شهردار منطقه ۲، گفت: پل آماده است.\nدر این محله دو پارک ساخته شدندوی افزود: کار ادامه دارد.",
     ("کامران رضایی", "افزود", "direct", "کار ادامه دارد.", True)),
    ("کامران رضایی، سخنگوی شهرداری، گفت: پل آماده است.\nمردم منتظر هستندسخنگوی شهرداری افزود: کار ادامه دارد.",
     ("کامران رضایی", "افزود", "direct", "کار ادامه دارد.", True)),
]


@pytest.mark.parametrize(("text", "second"), GLUED)
def test_glued_line_join_starts_a_new_sentence(text, second):
    assert brief_with_pronoun(text)[1] == second


@pytest.mark.parametrize(("text", "points"), [
    ("ساخته شدندوی گفت: خوب است.", [10]),
    ("منتظر هستندسخنگوی دولت گفت: خوب است.", [11]),
    ("شهروندان هندوی گفت: خوب است.", []),  # a two-letter stem is no verb
    ("وی گفت: خوب است.", []),
])
def test_glue_points(text, points):
    assert glue_points(prepare(text).key) == points


RANKS = [  # a military rank with its grade stays outside the speaker's name
    ("سرتیپ دوم پاسدار کامران رضایی، فرمانده انتظامی شهر، گفت: ترافیک کم شد.", "کامران رضایی"),
    ("سرهنگ دوم کامران رضایی گفت: ترافیک کم شد.", "کامران رضایی"),
    ("سرهنگ کامران رضایی گفت: ترافیک کم شد.", "کامران رضایی"),
]


@pytest.mark.parametrize(("text", "speaker"), RANKS)
def test_rank_and_grade_before_a_name(text, speaker):
    assert [s[0] for s in brief_with_pronoun(text)] == [speaker]


AMBIGUOUS_FIRST_NAMES = [  # first names that are also words
    ("«هدایت کامرانی» در گفت‌وگو با خبرنگار ما گفت: تئاتر شهر باز می‌شود.", "هدایت کامرانی"),  # quoted
    ("بازیکن شاهین بوشهر یادآور شد: تمرین‌ها ادامه دارد.", "بازیکن شاهین بوشهر"),  # a club, not a person
    ("شاهین کامرانی، مدیر ورزشی منطقه ۳، گفت: تمرین‌ها ادامه دارد.", "شاهین کامرانی"),
]


@pytest.mark.parametrize(("text", "speaker"), AMBIGUOUS_FIRST_NAMES)
def test_ambiguous_first_names(text, speaker):
    assert [s[0] for s in brief_with_pronoun(text)] == [speaker]


NARRATION_ANTECEDENT = [  # a rare plural noun opening a narration sentence is not who «وی» refers to
    ("کامران رضایی گفت: پل آماده است.\nاصولگرایان در این دوره متحد شدند.\nوی افزود: کار ادامه دارد.",
     "کامران رضایی"),
]


@pytest.mark.parametrize(("text", "speaker"), NARRATION_ANTECEDENT)
def test_pronoun_skips_a_rare_word_in_narration(text, speaker):
    assert brief_with_pronoun(text)[-1][0] == speaker


INDIRECT = [
    ("کامران رضایی ابراز امیدواری کرد، پروژه پارک محله تا پایان سال تمام شود.",
     [("ابراز امیدواری کرد", "پروژه پارک محله تا پایان سال تمام شود.")]),
    ("کامران رضایی ابراز امیدواری کرد شهروندان در طرح تفکیک زباله مشارکت کنند.",
     [("ابراز امیدواری کرد", "شهروندان در طرح تفکیک زباله مشارکت کنند.")]),
    ("کامران رضایی علت تاخیر را کمبود بودجه ذکر کرد.", [("ذکر کرد", "علت تاخیر را کمبود بودجه")]),
    ("کامران رضایی با اعلام آغاز ساخت پل، از شهروندان عذرخواهی کرد.", [("با اعلام", "آغاز ساخت پل")]),
    ("کامران رضایی با اعلام خبر افتتاح پارک، گفت: همه دعوت هستند.",
     [("با اعلام خبر", "افتتاح پارک"), ("گفت", "همه دعوت هستند.")]),
    ("کامران رضایی با یادآوری این نکته که مهلت تمدید نمی‌شود، گفت: عجله کنید.",
     [("با یادآوری این نکته که", "مهلت تمدید نمی‌شود"), ("گفت", "عجله کنید.")]),
    ("کامران رضایی خواستار افزایش بودجه شد و از شهروندان خواست در طرح مشارکت کنند.",
     [("خواستار", "افزایش بودجه"), ("خواست", "در طرح مشارکت کنند.")]),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_more_indirect_patterns(text, expected):
    statements = brief_with_pronoun(text)
    assert [(s[1], s[3]) for s in statements] == expected
    assert {s[0] for s in statements} == {"کامران رضایی"}


def test_learned_first_names_are_sorted_sets_or_empty():
    names, ambiguous = learned_first_names()
    assert ambiguous <= names
    assert not names & {"امام", "حضرت", "جناب"}


def test_learned_surnames_are_surnames(mirror):
    """PEYMA's person spans give surnames, not the adjectives that also close names («اسلامی»)."""
    surnames = learned_surnames()
    assert {"احمدی", "ابراهیمی"} <= surnames
    assert not surnames & {"اسلامی", "ایران", "امام"}
    assert not surnames & learned_first_names()[0]


def brief_with_pronoun(text: str) -> list[tuple]:
    return brief(text, pronoun=True)
