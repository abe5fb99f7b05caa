"""Texts that write a space where others write a ZWNJ («شهرداری ها», «می گوید», «بعد ها»), or a Latin
comma for «،», pinned with synthetic sentences written for these tests: about one municipal article in
seven is written with spaces.

The key the extractor reads joins such suffixes and prefixes to their word, so a plural suffix is never
a speaker of its own and a plural noun is never taken for a cue; what the statements report is still
the text exactly as written.
"""

from __future__ import annotations

import pytest
from quote_helpers import speakers

from civicdiscourse.quotes import extract_statements
from civicdiscourse.quotes.layout import prepare

SPACED = [
    # «گزارش ها/گزارش‌های» is the plural noun «reports», not the source cue «به گزارش X»
    ("براساس گزارش ها، پارک باز است.", []),
    ("طبق گزارش‌های رسیده، پارک باز است.", []),
    # a spaced plural stays in the group that speaks
    ("مسئولان شهرداری ها اعلام کردند که پارک باز است.", [("مسئولان شهرداری ها", "اعلام کردند")]),
    # «بعد ها» (later) is an adverb, the subject is still the one who spoke before
    ("علی رضایی، شهردار منطقه ۲ گفت: کار تمام است.\nبعد ها می گفت که پارک باید باز بماند.",
     [("علی رضایی", "گفت"), ("علی رضایی", "می گفت")]),
]


@pytest.mark.parametrize(("text", "expected"), SPACED)
def test_spaces_for_zwnj(text, expected):
    assert speakers(text) == expected


def test_a_latin_comma_is_a_persian_one_outside_numbers():
    text = "به گفته سخنگوی شهرداری, ۱,۲۰۰ درخت کاشته شد."
    (statement,) = extract_statements(text)
    assert (statement.speaker, statement.quote) == ("سخنگوی شهرداری", "۱,۲۰۰ درخت کاشته شد.")


def test_runs_of_spaces_read_as_one():
    # the rules match words one space apart («" را "», «" از "»); the key keeps the first space of a run
    text = "دلاوان  ونکوهی،   عضو شورای شهر  گفت: بودجه  کم است."
    layout = prepare(text)
    assert "  " not in layout.key
    start = layout.key.index("عضو")
    assert text[slice(*layout.offsets.span(start, start + len("عضو شورای شهر")))] == "عضو شورای شهر"
    (statement,) = extract_statements(text)
    assert (statement.speaker, statement.role) == ("دلاوان  ونکوهی", "عضو شورای شهر")
    assert text[statement.quote_start:statement.quote_end] == "بودجه  کم است."


def test_spaced_text_keeps_its_offsets():
    text = "مسئولان شهرداری ها اعلام کردند که پارک ها باید بیشتر شوند."
    (statement,) = extract_statements(text)
    assert text[statement.speaker_start:statement.speaker_end] == "مسئولان شهرداری ها"
    assert text[statement.quote_start:statement.quote_end] == "پارک ها باید بیشتر شوند."



@pytest.mark.parametrize("semicolon", ["؛", ";"])
@pytest.mark.parametrize(("text", "expected"), [
    # the clause after the semicolon has a subject of its own
    ("علی رضایی گفت که نمایندگان باید پاسخ بدهند{} مریم کاظمی عضو شورای شهر نوشت: این کار عجولانه است.",
     [("علی رضایی", "نمایندگان باید پاسخ بدهند"), ("مریم کاظمی", "این کار عجولانه است.")]),
    ("علی رضایی معتقد است شهر باید پاسخ بدهد{} اما مریم کاظمی، عضو شورای شهر، معتقد است شهر آماده است.",
     [("علی رضایی", "شهر باید پاسخ بدهد"), ("مریم کاظمی", "شهر آماده است.")]),
])
def test_a_latin_semicolon_reads_as_a_persian_one(text, expected, semicolon):
    assert [(s.speaker, s.quote) for s in extract_statements(text.format(semicolon))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # honorifics of two words written with a space: the surname still takes the full name written before
    ("حسن کریمی رئیس سازمان گفت: آغاز شد.\nحجت الاسلام کریمی افزود: ادامه دارد.", ["حسن کریمی", "حسن کریمی"]),
    ("حسن کریمی رئیس سازمان گفت: آغاز شد.\nآیت الله کریمی افزود: ادامه دارد.", ["حسن کریمی", "حسن کریمی"]),
    # a weekday written with a space is a time word, not the end of a name
    ("سید ستار هاشمی شامگاه سه شنبه در مراسم افزود: کار تمام است.", ["سید ستار هاشمی"]),
    # a surname the text always writes with the same next word takes that word
    ("مسعود دهبانی صابر در گفت و گو با ما گفت: آغاز شد.\nدهبانی صابر همچنین افزود: ادامه دارد.",
     ["مسعود دهبانی صابر", "مسعود دهبانی صابر"]),
    # guard: written once with the word and once without, the word is not part of the surname
    ("مسعود دهبانی صابر گفت: آغاز شد.\nدهبانی افزود: ادامه دارد.", ["مسعود دهبانی", "مسعود دهبانی"]),
    # guard: an adverb after the surname every time is still an adverb
    ("علی احمدی امروز گفت: آغاز شد.\nاحمدی امروز افزود: ادامه دارد.", ["علی احمدی", "علی احمدی"]),
    # «زاده», «پور» and, after «ی», «نژاد» written apart end the surname before them
    ("بهمن شریف زاده سخنگوی جبهه گفت: آغاز شد.\nشریف زاده افزود: ادامه دارد.", ["بهمن شریف زاده", "بهمن شریف زاده"]),
    ("اقصی نخشی پور، فرماندار سردشت، گفت: آغاز شد.\nنخشی پور افزود: ادامه دارد.",
     ["اقصی نخشی پور", "اقصی نخشی پور"]),
    # a time of day after the name is not part of it
    ("علی افتخاری بعدازظهر امروز گفت: آغاز شد.", ["علی افتخاری"]),
])
def test_names_written_with_spaces_for_zwnjs(text, expected):
    assert [s.speaker for s in extract_statements(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «و» typed against the reporting verb before its colon
    ("علی رضایی نماینده مجلس گفت: کار خوب است.\nوی نقش مجلس را مهم دانست وافزود: مجلس باید ورود کند.",
     [("علی رضایی", "گفت", "کار خوب است."), ("علی رضایی", "دانست", "نقش مجلس را مهم"),
      ("علی رضایی", "افزود", "مجلس باید ورود کند.")]),
    ("رییس پلیس راهور تهران به این حادثه واکنش نشان داد وگفت: ما از هیچ رفتار خشنی حمایت نمی‌کنیم.",
     [("رییس پلیس راهور تهران", "گفت", "ما از هیچ رفتار خشنی حمایت نمی‌کنیم.")]),
    # guard: «گفت وگو» is a noun, not «و» + «گفت»
    ("علی رضایی گفت وگو با مردم را مهم دانست.", [("علی رضایی", "دانست", "گفت وگو با مردم را مهم")]),
])
def test_and_typed_against_the_cue(text, expected):
    assert [(s.speaker, s.cue, s.quote) for s in extract_statements(text)] == expected
