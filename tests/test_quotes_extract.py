"""Per-phenomenon tables for the statement extractor (synthetic sentences written for these tests)."""

from __future__ import annotations

import pytest
from quote_helpers import brief

from civicdiscourse.quotes import Cue, QuoteExtractor, Statement, classify_role, extract_statements




DIRECT_CUES = [
    ("رضا کریمی گفت: بودجه محله افزایش یافت.", ("رضا کریمی", "گفت", "direct", "بودجه محله افزایش یافت.")),
    ("رضا کریمی اظهار کرد: پل آماده است.", ("رضا کریمی", "اظهار کرد", "direct", "پل آماده است.")),
    ("رضا کریمی اظهارکرد: پل آماده است.", ("رضا کریمی", "اظهارکرد", "direct", "پل آماده است.")),
    ("رضا کریمی اظهار\u200cکرد: پل آماده است.", ("رضا کریمی", "اظهار\u200cکرد", "direct", "پل آماده است.")),
    ("رضا کریمی اظهار داشت: پل آماده است.", ("رضا کریمی", "اظهار داشت", "direct", "پل آماده است.")),
    ("رضا کریمی تأکید کرد: همه کمک کنند.", ("رضا کریمی", "تأکید کرد", "direct", "همه کمک کنند.")),
    ("رضا کریمی تاكيد كرد: همه کمک کنند.", ("رضا کریمی", "تاكيد كرد", "direct", "همه کمک کنند.")),
    ("رضا کریمی خاطر نشان کرد: کار تمام شد.", ("رضا کریمی", "خاطر نشان کرد", "direct", "کار تمام شد.")),
    ("رضا کریمی یادآور شد: مهلت تمدید نمی‌شود.", ("رضا کریمی", "یادآور شد", "direct", "مهلت تمدید نمی‌شود.")),
    ("رضا کریمی می‌گوید: ما آماده‌ایم.", ("رضا کریمی", "می‌گوید", "direct", "ما آماده‌ایم.")),
    ("رضا کریمی مي گويد: ما آماده‌ایم.", ("رضا کریمی", "مي گويد", "direct", "ما آماده‌ایم.")),
    ("رضا کریمی گفته است: ما آماده‌ایم.", ("رضا کریمی", "گفته است", "direct", "ما آماده‌ایم.")),
    ("رضا کریمی توضیح داد: پیمانکار عوض شد.", ("رضا کریمی", "توضیح داد", "direct", "پیمانکار عوض شد.")),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT_CUES)
def test_direct_cue_with_colon(text, expected):
    assert brief(text) == [expected]


QUOTE_MARKS = [
    ("رضا کریمی گفت: «ما آماده‌ایم.»", "ما آماده‌ایم."),
    ("رضا کریمی گفت «ما آماده‌ایم» و جلسه تمام شد.", "ما آماده‌ایم"),
    ("رضا کریمی می‌گوید “پارک تا بهار باز می‌شود”.", "پارک تا بهار باز می‌شود"),
    ('رضا کریمی گفت: "پارک باز است".', "پارک باز است"),
    ("رضا کریمی گفت: «پارک باز است", "پارک باز است"),  # unbalanced: rest of the line, without the lone mark
]


@pytest.mark.parametrize(("text", "quote"), QUOTE_MARKS)
def test_quote_marks(text, quote):
    (statement,) = extract_statements(text)
    assert statement.kind == "direct"
    assert statement.quote == quote


@pytest.mark.parametrize("text", ["«", "»»«", "“”“", 'گفت: "', "وی گفت: «", ":«»", "گفت:\n\n«"])
def test_unbalanced_marks_never_crash(text):
    assert all(isinstance(s, Statement) for s in extract_statements(text))


@pytest.mark.parametrize("text", ["علی محمدی اعلام کرد،", "علی محمدی اعلام کرد؛", "علی محمدی گفت ،،"])
def test_a_cue_followed_by_punctuation_only_never_crashes(text):
    assert extract_statements(text) == []


def test_a_straight_quote_left_open_does_not_swallow_the_next_lines():
    # the first «"» never closes; pairing it with the next «"» (which opens a quote of its own) would put
    # the second line inside a quotation and lose its statement
    text = ('شورای شهر دیروز تشکیل جلسه داد.\nسخنگوی شورا گفت: "جلسه علنی بود.\n'
            'علی رضایی، عضو شورای شهر گفت: بودجه کم است.\nرضایی افزود: "پارک‌ها باید بیشتر شوند".')
    found = [(s.speaker, s.cue, s.quote) for s in extract_statements(text)]
    assert ("علی رضایی", "گفت", "بودجه کم است.") in found
    assert ("علی رضایی", "افزود", "پارک‌ها باید بیشتر شوند") in found


def test_a_name_whose_opening_mark_was_lost_still_speaks():
    text = "تالیا ونکورت»، سخنگوی شورای شهر گفت که جلسه فردا برگزار می‌شود."
    (statement,) = extract_statements(text)
    assert (statement.speaker, statement.role) == ("تالیا ونکورت", "سخنگوی شورای شهر")


INDIRECT = [
    ("علی محمدی مشارکت شهروندان را ضروری دانست.", ("دانست", "مشارکت شهروندان را ضروری")),
    ("علی محمدی از آغاز ساخت پل خبر داد.", ("خبر داد", "آغاز ساخت پل")),
    ("علی محمدی بر لزوم توسعه حمل و نقل عمومی تاکید کرد.", ("تاکید کرد", "لزوم توسعه حمل و نقل عمومی")),
    ("علی محمدی تعداد پروژه‌ها را ۱۲ مورد عنوان کرد.", ("عنوان کرد", "تعداد پروژه‌ها را ۱۲ مورد")),
    ("علی محمدی به کمبود بودجه عمرانی اشاره کرد.", ("اشاره کرد", "کمبود بودجه عمرانی")),
    ("علی محمدی تاکید کرد که پروژه متوقف نمی‌شود.", ("تاکید کرد", "پروژه متوقف نمی‌شود.")),
    ("به گفته علی محمدی، پل تا پایان سال تمام می‌شود.", ("به گفته", "پل تا پایان سال تمام می‌شود.")),
    ("علی محمدی در این نشست، فضای سبز را لازمه شهر خواند.", ("خواند", "فضای سبز را لازمه شهر")),
    ("علی محمدی خواستار افزایش بودجه عمرانی شد.", ("خواستار", "افزایش بودجه عمرانی")),
    ("علی محمدی از شهروندان خواست در طرح مشارکت کنند.", ("خواست", "در طرح مشارکت کنند.")),
    # a clause right after the verb; a «؛» after it is no part of what was said
    ("علی محمدی گفت؛ پل تا پایان سال تمام می‌شود.", ("گفت", "پل تا پایان سال تمام می‌شود.")),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_indirect_patterns(text, expected):
    (statement,) = extract_statements(text)
    assert (statement.speaker, statement.kind) == ("علی محمدی", "indirect")
    assert (statement.cue, statement.quote) == expected


PREPOSED = [
    ("علی محمدی با بیان اینکه پل تمام شده است، گفت: خیابان هم باز می‌شود.",
     [("با بیان اینکه", "indirect", "پل تمام شده است"), ("گفت", "direct", "خیابان هم باز می‌شود.")]),
    ("علی محمدی با اشاره به کمبود بودجه، گفت: باید صرفه‌جویی کنیم.",
     [("با اشاره به", "indirect", "کمبود بودجه"), ("گفت", "direct", "باید صرفه‌جویی کنیم.")]),
    ("علی محمدی با بیان این‌که شهر نیاز به پارک دارد، بر ساخت بوستان تاکید کرد.",
     [("با بیان این‌که", "indirect", "شهر نیاز به پارک دارد"), ("تاکید کرد", "indirect", "ساخت بوستان")]),
    ("علی محمدی پارک را ضروری دانست و بر ساخت آن تاکید کرد.",
     [("دانست", "indirect", "پارک را ضروری"), ("تاکید کرد", "indirect", "ساخت آن")]),
    ("علی محمدی با بیان اینکه شهر در وضعیت قرمز است گفت: بیرون نیایید.",  # no comma before the main verb
     [("با بیان اینکه", "indirect", "شهر در وضعیت قرمز است"), ("گفت", "direct", "بیرون نیایید.")]),
]


@pytest.mark.parametrize(("text", "expected"), PREPOSED)
def test_one_statement_per_cue(text, expected):
    assert [(cue, kind, quote) for speaker, cue, kind, quote in brief(text)] == expected
    assert {speaker for speaker, *_ in brief(text)} == {"علی محمدی"}


SPEAKERS = [
    ("مریم احمدی، مدیرکل خدمات شهری، گفت: کار تمام شد.", "مریم احمدی", "مدیرکل خدمات شهری"),
    ("مريم احمدي مديرکل خدمات شهري گفت: کار تمام شد.", "مريم احمدي", "مديرکل خدمات شهري"),
    ("شهردار منطقه ۵ تهران علی محمدی گفت: کار تمام شد.", "علی محمدی", "شهردار منطقه ۵ تهران"),
    ("“حسن رحیمی” معاون فنی شهرداری منطقه ۴ گفت: کار تمام شد.", "حسن رحیمی", "معاون فنی شهرداری منطقه ۴"),
    ("دکتر حسن رحیمی استاد دانشگاه تهران گفت: کار تمام شد.", "حسن رحیمی", "استاد دانشگاه تهران"),
    ("سید محمدرضا طاهرپور در این مراسم گفت: کار تمام شد.", "سید محمدرضا طاهرپور", None),
    ("به گزارش خبرنگار ما، نورالله کاظمی‌نژاد امروز گفت: کار تمام شد.", "نورالله کاظمی‌نژاد", None),
    ("رحیم جهانبخش، عضو شورای شهر، گفت: کار تمام شد.", "رحیم جهانبخش", "عضو شورای شهر"),
    ("در این مراسم شهردار منطقه ۷ گفت: کار تمام شد.", "شهردار منطقه ۷", "شهردار منطقه ۷"),
    ("روابط عمومی شهرداری منطقه ۳ اعلام کرد: آب قطع می‌شود.", "روابط عمومی شهرداری منطقه ۳",
     "روابط عمومی شهرداری منطقه ۳"),
]


@pytest.mark.parametrize(("text", "speaker", "role"), SPEAKERS)
def test_speaker_and_role(text, speaker, role):
    (statement,) = extract_statements(text)
    assert (statement.speaker, statement.role) == (speaker, role)


ANAPHORA = [  # (text, anaphor of each statement in order)
    ("علی محمدی شهردار کرج گفت: پل تمام شد.\nوی افزود: خیابان آماده است.", [None, "pronoun"]),
    ("علی محمدی شهردار کرج گفت: پل تمام شد.\nاو افزود: خیابان آماده است.", [None, "pronoun"]),
    ("علی محمدی شهردار کرج گفت: پل تمام شد.\nایشان افزود: خیابان آماده است.", [None, "pronoun"]),
    ("علی محمدی شهردار کرج گفت: پل تمام شد.\nاین مقام مسئول افزود: خیابان آماده است.", [None, "title"]),
    ("علی محمدی شهردار کرج گفت: پل تمام شد.\nشهردار کرج افزود: خیابان آماده است.", [None, "title"]),
    ("علی محمدی شهردار کرج گفت: پل تمام شد.\nدر ادامه افزود: خیابان آماده است.", [None, "omitted"]),
    ("علی محمدی شهردار کرج گفت: پل تمام شد.\nوی با اشاره به بودجه، افزود: خیابان آماده است.",
     [None, "pronoun", "pronoun"]),
    ("شهردار کرج امروز به خبرنگاران گفت: پل تمام شد.\nعلی محمدی افزود: خیابان آماده است.", ["title", None]),
    ("علی محمدی شهردار کرج امروز از پل بازدید کرد.\nوی گفت: پل تمام شد.", ["pronoun"]),
]


@pytest.mark.parametrize(("text", "anaphors"), ANAPHORA)
def test_anaphora_resolves_to_the_named_person(text, anaphors):
    statements = extract_statements(text)
    assert [s.speaker for s in statements] == ["علی محمدی"] * len(anaphors)
    assert [s.anaphor for s in statements] == anaphors
    assert [s.pronoun for s in statements] == [a is not None for a in anaphors]


def test_new_title_with_also_is_a_new_speaker():
    text = "علی محمدی گفت: مدرسه آغاز شد. مدیر آموزش منطقه هم در این مراسم گفت: کلاس‌ها آماده است."
    assert [s.speaker for s in extract_statements(text)] == ["علی محمدی", "مدیر آموزش منطقه"]


MULTI_SENTENCE = [
    ("سارا نوری گفت: بودجه کم است. این موضوع مهم است.\nوی افزود: باید فکری کرد.",
     ["بودجه کم است. این موضوع مهم است.", "باید فکری کرد."]),
    ("سارا نوری گفت: بودجه کم است. این موضوع مهم است. مدیر مالی شهرداری نیز گفت: درآمد کم شد.",
     ["بودجه کم است. این موضوع مهم است.", "درآمد کم شد."]),
    ("سارا نوری گفت: بودجه کم است. وی افزود: باید فکری کرد. همه باید کمک کنند.",
     ["بودجه کم است.", "باید فکری کرد. همه باید کمک کنند."]),
]


@pytest.mark.parametrize(("text", "quotes"), MULTI_SENTENCE)
def test_multi_sentence_quotes_run_to_the_next_attribution(text, quotes):
    assert [s.quote for s in extract_statements(text)] == quotes


NOT_STATEMENTS = [
    "شهرداری می‌خواهد پارک بسازد.",
    "شهرداری تهران امروز جلسه‌ای برگزار کرد.",
    "در این گفت‌وگو درباره پارک‌ها صحبت شد.",
    "وی در این نشست به سوالات خبرنگاران پاسخ داد.",
    "به گزارش خبرگزاری فارس، این پروژه ادامه دارد.",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_narration_is_not_a_statement(text):
    assert extract_statements(text) == []


def test_lead_repeated_in_body_is_not_counted_twice():
    body = "علی محمدی شهردار کرج گفت: ساخت پل طبقاتی شهید بهشتی تا پایان سال تمام می‌شود."
    lead = "شهردار کرج گفت: ساخت پل طبقاتی شهید بهشتی تا پایان سال تمام می‌شود."
    statements = extract_statements(f"{lead}\n{body}")
    assert len(statements) == 1
    assert statements[0].quote_start > len(lead)
    assert len(QuoteExtractor(dedupe_lead=False).extract(f"{lead}\n{body}")) == 2


ROLES = [
    ("شهردار تهران", "mayor"),
    ("شهردار منطقه ۱۱ تهران", "district_mayor"),
    ("معاون خدمات شهری شهرداری تهران", "municipal_official"),
    ("مدیرعامل سازمان آتش‌نشانی تهران", "municipal_official"),
    ("عضو شورای اسلامی شهر تهران", "city_council"),
    ("رئیس شورای شهر اصفهان", "city_council"),
    ("استاندار فارس", "government_official"),
    ("وزیر کشور", "government_official"),
    ("نماینده مردم شیراز در مجلس", "parliament"),
    ("استاد دانشگاه تهران", "expert"),
    ("یکی از ساکنان محله", "citizen"),
    ("رئیس اتاق بازرگانی تبریز", "business"),
    ("مدیر انجمن حمایت از کودکان", "civil_society"),
    ("مربی تیم فوتبال", "other"),
    (None, "other"),
    # «رییس» spelled with «ی» is «رئیس»; government departments and state media are officials
    ("رییس‌جمهور", "government_official"),
    ("رئیس اداره دامپزشکی شهرستان", "government_official"),
    ("مدیرکل صدا و سیمای خوزستان", "government_official"),
    ("نماینده دادستان", "government_official"),
    # «سمنان» is no «سمن»; clerics' seminaries are civil society; the UN is none of the Iranian classes
    ("رئیس هیأت ورزش استان سمنان", "other"),
    ("مدیر حوزه‌های علمیه سراسر کشور", "civil_society"),
    ("سخنگوی آژانس پناهندگان سازمان ملل", "other"),
    ("عضو هیئت‌علمی دانشگاه علوم پزشکی شهید بهشتی", "expert"),
    # parties and political activists are politics, not civil society, unless they hold an office
    ("دبیرکل حزب اتحاد ملت", "other"),
    ("سخنگوی جبهه پایداری", "other"),
    ("فعال سیاسی اصلاح‌طلب", "other"),
    ("نماینده ادوار مجلس و فعال سیاسی", "parliament"),
    ("عضو شورای شهر و از فعالان سیاسی اصولگرا", "city_council"),
    ("مدیر کانون پرورش فکری کودکان استان بوشهر", "government_official"),
    # the city's own planning centre belongs to the municipality
    ("رئیس مرکز مطالعات و برنامه‌ریزی شهر تهران", "municipal_official"),
    # the bare «شورا» of city news is the city council; «شورای اسلامی» with no city after it is parliament
    ("خزانه‌دار شورا", "city_council"),
    ("اعضای شورا", "city_council"),
    ("مرکز پژوهش‌های شورای اسلامی", "parliament"),
    ("عضو شورای اسلامی شهر تهران", "city_council"),
    ("شورای نگهبان", "government_official"),
    ("۳۱ نفر از نمایندگان", "parliament"),
    # an activist of a political camp is politics; an analyst of one is still an expert
    ("فعال اصلاح‌طلب", "other"),
    ("یک فعال اصول‌گرا", "other"),
    ("تحلیلگر اصولگرا", "expert"),
]


@pytest.mark.parametrize(("role", "role_class"), ROLES)
def test_role_class_taxonomy(role, role_class):
    assert classify_role(role) == role_class


def test_statement_schema_and_determinism():
    text = "علی محمدی گفت: پل تمام شد.\nوی افزود: خیابان آماده است."
    first = [s.to_dict() for s in extract_statements(text, doc_id="d1")]
    assert first == [s.to_dict() for s in extract_statements(text, doc_id="d1")]
    assert list(first[0]) == ["doc_id", "speaker", "role", "role_class", "cue", "quote", "quote_start", "quote_end",
                              "kind", "pronoun", "confidence", "speaker_start", "speaker_end", "cue_start",
                              "cue_end", "anaphor"]
    assert first[0]["doc_id"] == "d1" and all(0 < s["confidence"] <= 1 for s in first)
    assert extract_statements(text)[0]["speaker"] == "علی محمدی"


def test_offsets_are_into_the_unnormalised_text():
    text = "علي\u0640\u0640 محمدي\u200f گفت:  «پل  تمام شد.»"
    (statement,) = extract_statements(text)
    assert text[statement.quote_start:statement.quote_end] == statement.quote == "پل  تمام شد."
    assert statement.speaker == text[statement.speaker_start:statement.speaker_end]


def test_lexicon_is_extendable():
    text = "علی محمدی تشکر کرد: از همه ممنونم."
    assert extract_statements(text) == []
    extractor = QuoteExtractor(extra_cues=(Cue("تشکر کرد", "تشکر", ("کرد",)),))
    assert [s.cue for s in extractor.extract(text)] == ["تشکر کرد"]


def test_empty_text():
    assert extract_statements("") == [] and extract_statements(" \n ") == []


MORE_NAMES = [  # unlisted or glued first names, surnames with parts, names inside agency prefixes
    ("سیدخلف موسوی در این مراسم گفت: کار تمام شد.", "سیدخلف موسوی"),
    ("حسینعلی کاظمی امروز گفت: کار تمام شد.", "حسینعلی کاظمی"),
    ("مهدی جمالی نژاد در جلسه گفت: کار تمام شد.", "مهدی جمالی نژاد"),
    ("به گزارش خبرگزاری ما از قزوین سید مسعود نبوی‌فر، امروز گفت: کار تمام شد.", "سید مسعود نبوی‌فر"),
    ("به گزارش خبرنگار ما، صدیف بدری صبح امروز گفت: کار تمام شد.", "صدیف بدری"),
    ("مصطفی پورمحمدی عصرامروز درحاشیه جلسه گفت: کار تمام شد.", "مصطفی پورمحمدی"),
    ("مصطفی کریمی پوری درابتدای سخنان خود گفت: کار تمام شد.", "مصطفی کریمی پوری"),
    # guard: a surname that starts like a glued preposition and word («به» + «روزی», «به» + «منی»)
    ("سعید بهروزی کارشناس مسکن گفت: کار تمام شد.", "سعید بهروزی"),
    ("محمود بهمنی در جلسه گفت: کار تمام شد.", "محمود بهمنی"),
]


@pytest.mark.parametrize(("text", "speaker"), MORE_NAMES)
def test_name_recognition_beyond_the_lexicon(text, speaker):
    assert [s.speaker for s in extract_statements(text)] == [speaker]


def test_this_person_noun_and_plural_groups():
    text = ("رضا کریمی، بازیگر تئاتر، گفت: سالن آماده است.\nاین هنرمند پیشکسوت افزود: تماشاگران بیایند.\n"
            "ساکنان محله اعلام کردند: خیابان تاریک است.")
    assert [(s.speaker, s.anaphor) for s in extract_statements(text)] == [
        ("رضا کریمی", None), ("رضا کریمی", "title"), ("ساکنان محله", None)]


@pytest.mark.parametrize("text", ["علي\u064e\u0640 گفت", "a \u200c\u200cb\u200c", "متن ساده\nبا دو خط", "", "\n\n",
                                  "\u200cx\u00a0\u200cy\n\u200f\nz\u200c"])
def test_line_normaliser_matches_the_shared_one(text):
    from civicdiscourse.quotes.layout import normalize_lines
    from civicdiscourse.text import normalize_with_offsets

    got = normalize_lines(text)
    lines = [normalize_with_offsets(line) for line in text.split("\n")]
    assert got.text == "\n".join(line.text for line in lines)
    expected, cursor = [], 0
    for line, raw in zip(lines, text.split("\n")):
        expected += [cursor + o for o in line.offsets[:-1]] + [cursor + len(raw)]
        cursor += len(raw) + 1
    assert list(got.offsets) == expected[:-1] + [len(text)]


# Offsets, raw form, lookup form (ZWNJ dropped, «ئ» folded) and the punctuation flag of every token.
TOKENS = [
    ("رئیس‌ شورا گفت:«کار»", [(0, 5, "رئیس\u200c", "رییس", False), (6, 10, "شورا", "شورا", False),
                              (11, 14, "گفت", "گفت", False), (14, 15, ":", ":", True), (15, 16, "«", "«", True),
                              (16, 19, "کار", "کار", False), (19, 20, "»", "»", True)]),
    ("  (الف) - ب…ج؟ ", [(3, 6, "الف", "الف", False), (10, 11, "ب", "ب", False), (12, 13, "ج", "ج", False)]),
    ("۱۴۰۲/۰۵/۱۰،", [(0, 4, "۱۴۰۲", "۱۴۰۲", False), (5, 7, "۰۵", "۰۵", False), (8, 10, "۱۰", "۱۰", False),
                    (10, 11, "،", "،", True)]),
    ("...!؟", []),
    ("", []),
]


@pytest.mark.parametrize(("key", "expected"), TOKENS)
def test_tokens_keep_offsets_into_the_key(key, expected):
    from civicdiscourse.quotes.tokens import _scan

    got, starts, ends = _scan(key)
    assert [tuple(t) for t in got] == expected
    assert all(key[t.start:t.end] == t.raw for t in got)
    assert (starts, ends) == ([t.start for t in got], [t.end for t in got])


@pytest.mark.parametrize(("words", "text", "found"), [
    (["علی", "علیرضا", "عباس", "وی"], "گفت علیرضا و وی و عباسی", ["علیرضا", "وی"]),
    (["ند", "نده"], "کننده نده ند", ["نده", "ند"]),
    (["الف"], "ب", []),
])
def test_trie_alternation_matches_like_a_plain_alternation(words, text, found):
    import re

    from civicdiscourse.quotes.cues import trie_regex

    bounded = r"(?<!\w)(?:{})(?!\w)"
    assert re.findall(bounded.format(trie_regex(words)), text) == found
    assert re.findall(bounded.format("|".join(sorted(words, key=len, reverse=True))), text) == found


def test_bare_reported_clause_and_surname_inside_a_longer_name():
    text = ("محسن هاشمی رفسنجانی، رئیس شورای شهر تهران، اعلام کرد احزاب در انتخابات لیست مشترک می‌دهند.\n"
            "هاشمی افزود: شورا پیگیر است.")
    statements = extract_statements(text)
    assert [(s.speaker, s.kind, s.cue) for s in statements] == [
        ("محسن هاشمی رفسنجانی", "indirect", "اعلام کرد"), ("محسن هاشمی رفسنجانی", "direct", "افزود")]
    assert statements[0].quote == "احزاب در انتخابات لیست مشترک می‌دهند."
