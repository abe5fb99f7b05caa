"""Where the speaker's clause begins, and names that are objects rather than subjects.

Classes found while reading the wrong speakers of parts I–K (session 7), pinned with synthetic
sentences written for these tests: a sentence may open with the occasion and a «که» clause about it
(«در این جلسه که … حضور داشتند، X گفت»), or with «در این چند روز»; a name followed by «را» is what
the clause is about, never who speaks, and is not part of a title before it; a full name with its
title after «… و» opens a clause of its own; warnings, concerns and reminders report what they are about.
"""

from __future__ import annotations

import pytest
from quote_helpers import speakers

from civicdiscourse.quotes import QuoteExtractor, extract_statements

OCCASIONS = [
    # the occasion's own list of people, with commas, is not the subject
    ("در این جلسه که وزیر راه، رییس سازمان غذا و دارو و معاون وزیر نیز حضور داشتند، استاندار فارس گزارشی "
     "ارائه کرد و گفت: ستاد تشکیل شد.", [("استاندار فارس", "گفت")]),
    ("در مراسمی که امروز با حضور رییس شورای شهر برگزار شد، مریم کاظمی، شهردار منطقه ۵ گفت: کار ادامه دارد.",
     [("مریم کاظمی", "گفت")]),
    ("در نشست خبری که صبح امروز برگزار شد، سخنگوی شهرداری از طرح تازه خبر داد.",
     [("سخنگوی شهرداری", "خبر داد")]),
    # time phrases with «چند» and «در این»
    ("در این چند روز وزیر بهداشت در نامه‌ای به رییس‌جمهور اعتراض کرد و نوشت: «کار سخت است».",
     [("وزیر بهداشت", "نوشت")]),
    ("در این روزها شورای شهر اعلام کرد که بودجه تصویب شد.", [("شورای شهر", "اعلام کرد")]),
    ("چند روز پیش شهردار منطقه ۳ از طرح تازه خبر داد.", [("شهردار منطقه ۳", "خبر داد")]),
    # an interjection is no name
    ("خداروشکر امروز آستان قدس رضوی هم اعلام کرد که مراسم به صورت غیرحضوری برگزار می‌شود.",
     [("آستان قدس رضوی", "اعلام کرد")]),
    # guards: «در حالی که» is a connective; a cue inside the «که» clause keeps its own subject
    ("در حالی که مردم منتظر بودند، شهردار گفت: کار ادامه دارد.", [("شهردار", "گفت")]),
    ("در جلسه‌ای که علی رضایی گفت بودجه کم است، اعضای شورا سکوت کردند.", [("علی رضایی", "گفت")]),
]


@pytest.mark.parametrize(("text", "expected"), OCCASIONS)
def test_subject_after_the_occasion(text, expected):
    assert speakers(text) == expected


OBJECTS = [
    # the name after a title is whom the title holder addresses
    ("علیرضا زالی، رییس ستاد گفت: کار تمام است.\nخزانه‌دار شورا زالی را خطاب قرار داد و گفت: بودجه کم است.",
     [("علیرضا زالی", "گفت"), ("خزانه‌دار شورا", "گفت")]),
    # a name deep in the clause before «را» is what is judged, and the clause's subject is the speaker
    ("مهدی چمران گفت: جلسه برگزار شد.\nچمران هم در موافقت با طرح، عملکرد وزارت عبدالله نوری را ضعیف دانست.",
     [("مهدی چمران", "گفت"), ("مهدی چمران", "دانست")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECTS)
def test_a_name_before_ra_is_an_object(text, expected):
    assert speakers(text) == expected


def test_an_object_name_never_speaks_for_an_unknown_subject():
    # «باهنر» is a surname the text never introduces: the object after it must not take its place
    [statement] = QuoteExtractor(keep_unattributed=True).extract(
        "باهنر هم در موافقت با طرح، عملکرد وزارت عبدالله نوری را ضعیف دانست.")
    assert statement.speaker != "عبدالله نوری"
    assert statement.quote == "عملکرد وزارت عبدالله نوری را ضعیف"


AFTER_AND = [
    ("مجلس هم بیکار ننشست و طیبه سیاوشی، نماینده تهران در مجلس از ارائه طرح تعطیلی خبر داد.",
     [("طیبه سیاوشی", "خبر داد")]),
    # after a perfect participle too («ننشسته و»)
    ("مجلس هم بیکار ننشسته و طیبه سیاوشی، نماینده تهران در مجلس از ارائه طرح تعطیلی خبر داد.",
     [("طیبه سیاوشی", "خبر داد")]),
    # guard: a place after «و» is no speaker
    ("جانشین رییس پلیس تهران از بررسی آتش‌سوزی در بوستان ولایت و پارک جنگلی چیتگر خبر داد.",
     [("جانشین رییس پلیس تهران", "خبر داد")]),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_AND)
def test_full_name_after_and_opens_a_clause(text, expected):
    assert speakers(text) == expected


ABOUT = [
    ("اعضای شورا برای چندمین بار درباره وضعیت حمل‌ونقل عمومی تذکر دادند.",
     [("اعضای شورا", "تذکر دادند", "وضعیت حمل‌ونقل عمومی")]),
    ("مقام‌های پزشکی چند استان درباره موج دوم بیماری ابراز نگرانی کرده بودند.",
     [("مقام‌های پزشکی چند استان", "ابراز نگرانی کرده بودند", "موج دوم بیماری")]),
    ("بانک مرکزی در بخشنامه‌ای نسبت به عدم رعایت مقررات هشدار داد.",
     [("بانک مرکزی", "هشدار داد", "عدم رعایت مقررات")]),
    # a cue written with «ئ» where the lexicon has «ی»
    ("شورای شهر تائید کرد که بودجه تصویب شده است.", [("شورای شهر", "تائید کرد", "بودجه تصویب شده است.")]),
    # what people talked about, complained of or protested against
    ("شهردار منطقه ۳ از برنامه‌های تازه نوسازی بافت فرسوده سخن گفت.",
     [("شهردار منطقه ۳", "سخن گفت", "برنامه‌های تازه نوسازی بافت فرسوده")]),
    ("برخی از اعضای شورا از ارایه «لیست خاموش» سخن به میان آوردند؛ موضوعی که واکنش داشت.",
     [("برخی از اعضای شورا", "سخن به میان آوردند", "ارایه «لیست خاموش»")]),
    ("اعضای شورای شهر از کمبود بودجه عمرانی گلایه می‌کنند.",
     [("اعضای شورای شهر", "گلایه می‌کنند", "کمبود بودجه عمرانی")]),
    ("ساکنان محله نسبت به قطع درختان پارک اعتراض کردند.", [("ساکنان محله", "اعتراض کردند", "قطع درختان پارک")]),
    # guards: whom a reminder is given to is not what it says; a warning without its topic reports nothing
    ("رییس شورا به شهردار تذکر داد.", []),
    ("شهردار هشدار داد و رفت.", []),
    ("شهروندان با مسئولان صحبت کردند.", []),
]


@pytest.mark.parametrize(("text", "expected"), ABOUT)
def test_what_a_warning_is_about(text, expected):
    assert [(s.speaker, s.cue, s.quote) for s in extract_statements(text)] == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ("آژانس پناهندگان سازمان ملل (UNHCR) در این باره گفت: کار ادامه دارد.", "آژانس پناهندگان سازمان ملل"),
    ("شهرداری منطقه ۱ (شمیرانات) اعلام کرد که کار ادامه دارد.", "شهرداری منطقه ۱"),
])
def test_a_bracketed_aside_is_not_part_of_the_name(text, speaker):
    [statement] = extract_statements(text)
    assert statement.speaker == speaker
    assert text[statement.speaker_start:statement.speaker_end] == speaker


def test_a_credited_source_before_the_subject_leaves_the_subject_speaking():
    # «به نوشته X،» credits the outlet; the clause after its comma has its own subject, and «این مقام …»
    # then goes back to that one person, not to the last person named
    text = ("دونالد ترامپ گفت: کار تمام است.\n"
            "به نوشته شبکه «سی‌بی‌اس»، یکی از اعضای مجلس ایالتی از شهرداری درخواست کرد مجتمع را تعطیل کند.\n"
            "این مقام ایالتی در بیانیه‌ای نوشت: «مجتمع باید جریمه شود».")
    assert speakers(text) == [("دونالد ترامپ", "گفت"), ("یکی از اعضای مجلس ایالتی", "درخواست کرد"),
                              ("یکی از اعضای مجلس ایالتی", "نوشت")]


@pytest.mark.parametrize(("text", "expected"), [
    ("صادق پناهی گفت: طرح ادامه دارد.\nپناهی با اشاره به موفقیت طرح ابراز امیدواری کرد، در آینده با ورود "
     "پاکبانان بتوانیم وظیفه خود را انجام دهیم.",
     [("صادق پناهی", "گفت", "طرح ادامه دارد."), ("صادق پناهی", "با اشاره به", "موفقیت طرح"),
      ("صادق پناهی", "ابراز امیدواری کرد", "در آینده با ورود پاکبانان بتوانیم وظیفه خود را انجام دهیم.")]),
    ("علی رضایی با اشاره به بودجه سال آینده گفت شهرداری پروژه‌های نیمه‌تمام را به پایان می‌رساند.",
     [("علی رضایی", "با اشاره به", "بودجه سال آینده"),
      ("علی رضایی", "گفت", "شهرداری پروژه‌های نیمه‌تمام را به پایان می‌رساند.")]),
])
def test_a_bare_clause_after_a_prep_cue(text, expected):
    assert [(s.speaker, s.cue, s.quote) for s in extract_statements(text)] == expected


def test_a_first_name_and_one_word_opening_the_clause_is_a_person():
    # «نامدار» is a common adjective, yet after a first name it is a surname; the title said just before
    # («… نیز گفت: … / X روز یکشنبه … اظهار داشت») is this person's
    text = ("مدیرکل گمرک بازرگان نیز گفت: مرز بسته شد.\n"
            "صادق نامدار روز یکشنبه در گفت‌وگو با ایرنا اظهار داشت: از امروز هیچ کامیونی تردد نمی‌کند.")
    assert [(s.speaker, s.role, s.role_class) for s in extract_statements(text)] == [
        ("صادق نامدار", "مدیرکل گمرک بازرگان", "government_official")] * 2


def test_a_cue_noun_inside_a_title_stays_in_it():
    [statement] = extract_statements("پیمان نارویی، مسئول واحد خبر مدیریت ارتباطات شهرداری زاهدان گفت: کار ادامه دارد.")
    assert (statement.role, statement.role_class) == ("مسئول واحد خبر مدیریت ارتباطات شهرداری زاهدان",
                                                      "municipal_official")


def test_knowing_a_question_does_not_end_the_clause_before_it():
    # «نمی‌داند که چرا …» is not «consider»: it is what the mayor says he does not know
    text = "علی رضایی شهردار کرج می‌گوید، نمی‌داند که چرا پلیس چنین کرد."
    assert [(s.speaker, s.cue, s.quote) for s in extract_statements(text)] == [
        ("علی رضایی", "می‌گوید", "نمی‌داند که چرا پلیس چنین کرد.")]


@pytest.mark.parametrize(("text", "speaker"), [
    # a first name that is also a word, before a surname part written apart, is a surname
    ("رحمان زاده شهردار منطقه ۱۳ گفت: کار تمام است.", "رحمان زاده"),
    ("عادل آذر رییس مرکز آمار گفت: آمار تازه منتشر شد.", "عادل آذر"),
])
def test_a_surname_written_apart(text, speaker):
    assert speakers(text) == [(speaker, "گفت")]


def test_a_bare_clause_ends_where_another_subject_answers_it():
    # «… معتقدند A می‌شود اما X می‌گوید …»: A ends before «اما», and X, not the believers, says the rest
    text = ("غلامرضا شریعتی گفت: کار تمام است.\n"
            "نزدیکان شریعتی معتقدند او با حمایت نمایندگان معاون استانداری می‌شود اما یکی از نزدیکان "
            "محمد کیانوش راد می‌گوید که او چنین توصیه‌ای نکرده است.")
    assert [(s.speaker, s.cue, s.quote) for s in extract_statements(text)][1:] == [
        ("نزدیکان شریعتی", "معتقدند", "او با حمایت نمایندگان معاون استانداری می‌شود"),
        ("یکی از نزدیکان محمد کیانوش راد", "می‌گوید", "او چنین توصیه‌ای نکرده است.")]


def test_narrating_is_reporting():
    assert speakers("یکی از نزدیکان شهردار نقل می‌کند که از فردای آن روز برنامه‌ریزی شروع شد.") == [
        ("یکی از نزدیکان شهردار", "نقل می‌کند")]


def test_the_role_class_reads_the_aside_the_role_leaves_out():
    text = "علی هراتی، مجری احداث مراکز MRF تهران (مراکز تخصصی بازیافت پسماند) گفت: کار ادامه دارد."
    [statement] = extract_statements(text)
    assert (statement.role, statement.role_class) == ("مجری احداث مراکز MRF تهران", "municipal_official")


@pytest.mark.parametrize(("text", "speaker"), [
    # a heading ran into the sentence that introduces the notice: its author is the body named before it
    ("به گزارش ایسنا، اطلاعیه شروع فعالیت ادارات کمیته اطلاع رسانی ستاد ملی مقابله با کرونا در اطلاعیه‌ای "
     "موارد مهمی را منتشر کرد.\nدر این اطلاعیه آمده است: «فاصله‌گذاری اجتماعی مهمترین راهکار است».",
     "کمیته اطلاع رسانی ستاد ملی مقابله با کرونا"),
    # a question glued to the next sentence: «؟در نامه X آمده است:»
    ("ماجرای این خیریه چیست؟در نامه معاونت مالی شهرداری آمده است: املاک طی سه قرارداد واگذار شد.",
     "معاونت مالی شهرداری"),
])
def test_who_speaks_for_a_document(text, speaker):
    assert speakers(text) == [(speaker, "آمده است")]


def test_a_request_word_that_is_a_noun_does_not_cut_the_next_clause():
    # «خواست مردم» (what people want) is no request: the «را» object of «یادآور شد» runs over it
    text = "علی رضایی گفت: کار ادامه دارد.\nرضایی نمونه این ایثار را در مقدم داشتن خواست مردم یادآور شد."
    assert [(s.cue, s.quote) for s in extract_statements(text)][1:] == [
        ("یادآور شد", "نمونه این ایثار را در مقدم داشتن خواست مردم")]


def test_a_quoted_name_after_that_keeps_its_title():
    # the closing mark of «“X”» does not cut X from the title after it, so the late subject is found
    # (the title runs over an «و», a clause break the late subject must reach past)
    text = ("محسن کریمی گفت: کار ادامه دارد.\nموضوع را از دادگستری گلستان پیگیر شدیم که «مسعود سلیمانی» معاون "
            "حقوق عامه و پیشگیری از جرم دادگستری گلستان در این خصوص تاکید کرد: دستگاه‌ها مجوز نگرفتند.")
    assert [(s.speaker, s.role_class) for s in extract_statements(text)][1:] == [
        ("مسعود سلیمانی", "government_official")]


@pytest.mark.parametrize(("text", "expected"), [
    # «X را Y بیان کرد» states X to be Y, as «عنوان کرد» does
    ("علی رضایی آلودگی هوا را یکی از مهم‌ترین مشکلات شهر بیان کرد.",
     [("علی رضایی", "بیان کرد", "آلودگی هوا را یکی از مهم‌ترین مشکلات شهر")]),
    # a demonstrative object alone says nothing
    ("علی رضایی این مطلب را بیان کرد.", []),
    ("علی رضایی به این موضوع اشاره کرد.", []),
])
def test_stating_an_object_to_be_something(text, expected):
    assert [(s.speaker, s.cue, s.quote) for s in extract_statements(text)] == expected
