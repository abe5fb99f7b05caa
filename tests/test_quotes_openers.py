"""Subjects behind clause openers, and surnames completed from full names with unlisted first names.

Classes found on annotation parts I–M (session 4), pinned with synthetic sentences written for these tests:
a date, a time phrase or a prepositional phrase closed by a comma may open the clause before its subject;
the press speaks as an organisation; a lone surname takes the full name the text writes for it even when
its first name is in no list, and of several, the one written just before; a speaker quoting someone
named explicitly gives a statement nested in their own; «وکیل X» and «همسر X» are not X.
"""

from __future__ import annotations

import pytest
from quote_helpers import speakers

from civicdiscourse.quotes import extract_statements


OPENERS = [
    # a date
    ("۱۱ بهمن ۱۳۹۷، وزرای خارجه سه کشور از سازوکار تازه خبر دادند.", [("وزرای خارجه", "خبر دادند")]),
    ("۲۰ اسفند شورای شهر تبریز اعلام کرد که بودجه تصویب شد.", [("شورای شهر تبریز", "اعلام کرد")]),
    # time phrases
    ("روز پنجشنبه روزنامه همشهری در گزارشی نوشت که پارک بسته می‌شود.", [("روزنامه همشهری", "نوشت")]),
    ("همین دیروز پایگاه خبری دیدبان شهر، گزارش داد که بازار تعطیل است.", [("پایگاه خبری دیدبان شهر", "گزارش داد")]),
    ("در هفته‌های گذشته شهرداری منطقه ۳ از طرح تازه خبر داد.", [("شهرداری منطقه ۳", "خبر داد")]),
    # a prepositional phrase closed by its comma
    ("پس از انتشار این خبر، شورای شهر اعلام کرد که قرارداد لغو شده است.", [("شورای شهر", "اعلام کرد")]),
    ("به دنبال بارش‌های اخیر، شهرداری کرج اعلام کرد که معابر باز است.", [("شهرداری کرج", "اعلام کرد")]),
    # a connective
    ("با این وجود برخی از رانندگان اتوبوس، این طرح را ناعادلانه می‌دانند.",
     [("برخی از رانندگان اتوبوس", "می‌دانند")]),
    ("هر چند سخنگوی شورای شهر در واکنش به انتقادها، همواره گفته است که رای مردم مهم است.",
     [("سخنگوی شورای شهر", "گفته است")]),
    # a subordinator of time, and «الان» among the time adverbs
    ("وقتی شورای شهر اعلام کرد که بودجه کم است، شهرداری طرح را متوقف کرد.", [("شورای شهر", "اعلام کرد")]),
    ("الان شهرداری منطقه ۴ اعلام کرده که پارک باز است.", [("شهرداری منطقه ۴", "اعلام کرده")]),
    # «دوباره» (again) is an adverb, no subject of its own
    ("دوباره شورای شهر اعلام کرد که بودجه کم است.", [("شورای شهر", "اعلام کرد")]),
    # «آن / همان» before a time noun open the clause like «این»
    ("در آن زمان شهرداری تهران اعلام کرد که شرکت پروژه‌ها را دارد.", [("شهرداری تهران", "اعلام کرد")]),
    ("همان روز شهردار منطقه ۲ گفت: کار تمام است.", [("شهردار منطقه ۲", "گفت")]),
    # «مثلا» and a glued «درحالی‌که» open the clause, they are no part of its subject
    ("مثلا برخی می‌گویند اگر طرح اجرا می‌شد امروز وضع بهتری داشتیم.", [("برخی", "می‌گویند")]),
    ("رضا تقی‌زاده، بازرس شهرداری گفت: کار ادامه دارد.\n"
     "پیمانکار کار را تمام کرده؛ درحالی‌که تقی‌زاده می‌گوید این پروژه هنوز ناقص است.",
     [("رضا تقی‌زاده", "گفت"), ("رضا تقی‌زاده", "می‌گوید")]),
    # «در این زمینه / در همین رابطه / در این میان» and an occasion («در این نشست») name the topic, not who speaks
    ("در این زمینه منتقدان معتقدند که پارک باید زودتر باز می‌شد.", [("منتقدان", "معتقدند")]),
    ("در این میان برخی کارشناسان هشدار داده‌اند که آب کم است.", [("برخی کارشناسان", "هشدار داده‌اند")]),
    ("در همین رابطه روزنامه همشهری نوشت: پارک بسته می‌شود.", [("روزنامه همشهری", "نوشت")]),
    ("در این نشست خودروسازان خواستار افزایش قیمت شدند.", [("خودروسازان", "خواستار")]),
    # …but «در این جلسه که …،» runs to its comma, and an organisation after the occasion is whose it is
    ("در این جلسه که اعضای شورا حضور داشتند، شهردار منطقه ۵ گفت: کار تمام است.", [("شهردار منطقه ۵", "گفت")]),
    ("در همین جلسه دولت، وزیر کشور اعلام کرد که انتخابات برگزار می‌شود.", [("وزیر کشور", "اعلام کرد")]),
    # «آنچه …» opens a clause about what is notable; it is nobody who speaks
    ("آنچه قابل توجه است سکوت نامزدها است و می‌گویند درباره انتخابات نظری ندارند.", []),
]


@pytest.mark.parametrize(("text", "expected"), OPENERS)
def test_subject_after_an_opener(text, expected):
    assert speakers(text) == expected


# The opener is not the speaker, nor is a name inside it.
@pytest.mark.parametrize(("text", "wrong"), [
    ("۱۱ بهمن ۱۳۹۷، وزرای خارجه سه کشور از سازوکار تازه خبر دادند.", "۱۱ بهمن ۱۳۹۷"),
    ("پس از سخنان علی رضایی، شورای شهر اعلام کرد که طرح متوقف است.", "علی رضایی"),
])
def test_the_opener_never_speaks(text, wrong):
    assert wrong not in [speaker for speaker, _ in speakers(text)]


UNLISTED_FIRST_NAMES = [
    # an unlisted first name, written twice with the surname
    ("جایزه بهترین موسیقی؛ بامداد افشار برای فیلم «شهر»\nجایزه بهترین موسیقی به بامداد افشار برای فیلم «شهر» رسید.\n"
     "افشار در این بخش گفت: ممنونم.", [("بامداد افشار", "گفت")]),
    # of two full names, the one written just before
    ("جایزه بهترین بازیگر زن به نازنین احمدی برای فیلم «شهر» رسید.\nاحمدی در این بخش گفت: از مصطفی احمدی ممنونم.\n"
     "جایزه بهترین فیلم به مصطفی احمدی رسید.", [("نازنین احمدی", "گفت")]),
    # a chance pair of words written once is no name
    ("توییت میرسلیم بازتاب زیادی داشت.\nمیرسلیم درباره شورا گفته بود: «کار سخت است».", [("میرسلیم", "گفته بود")]),
    # nor is a pair across a sentence end
    ("کامیون‌ها منتظرند.\nخبر از مرز بازرگان.\nلطیفی گفت: کامیون‌ها منتظرند.\nخبر دوم از مرز بازرگان.\n"
     "لطیفی افزود: مرز باز می‌شود.", [("لطیفی", "گفت"), ("لطیفی", "افزود")]),
]


@pytest.mark.parametrize(("text", "expected"), UNLISTED_FIRST_NAMES)
def test_surname_takes_a_full_name_with_an_unlisted_first_name(text, expected):
    assert speakers(text) == expected


# --- statements nested in another speaker's direct quote -----------------------------------------------

NESTED = [
    ("علی رضایی گفت: وزارت بهداشت در جلسات اعلام کرد که فاصله باید دو متر باشد.",
     [("علی رضایی", "گفت"), ("وزارت بهداشت", "اعلام کرد")]),
    ("علی رضایی گفت: شورای شهر اعلام کرد پارک‌های محله تا پایان سال باز می‌شوند؛ ما هم موافقیم.",
     [("علی رضایی", "گفت"), ("شورای شهر", "اعلام کرد")]),
    ("علی رضایی گفت: برخی اعضا می‌گفتند که شهردار باید برود.", [("علی رضایی", "گفت"), ("برخی اعضا", "می‌گفتند")]),
    # a quantifier alone is a group («برخی معتقدند …»)
    ("علی رضایی گفت: برخی معتقدند رادیو جایگاه خود را از دست داده است.",
     [("علی رضایی", "گفت"), ("برخی", "معتقدند")]),
    # the subject after openers and subordinators, as a sentence's subject is found
    ("علی رضایی گفت: همانطور که رییس جمهوری گفتند هر جا تغییر لازم است باید انجام شود.",
     [("علی رضایی", "گفت"), ("رییس جمهوری", "گفتند")]),
    ("علی رضایی گفت: ملک کاربری تجاری دارد؛ در صورتی که شهرداری اعلام کرده ملک فاقد تراکم تجاری است.",
     [("علی رضایی", "گفت"), ("شهرداری", "اعلام کرده")]),
    ("علی رضایی گفت: در جلسه قبل وکیل متهم حسن کریمی گفت: نماینده دادستان خوشحال نیست.",
     [("علی رضایی", "گفت"), ("حسن کریمی", "گفت")]),
    # a relative clause with a comma of its own between the subject and the cue
    ("علی رضایی گفت: سازمان پارک‌ها که زمانی خودش بودجه داشت، اعلام کرد که ما توان نگهداری نداریم.",
     [("علی رضایی", "گفت"), ("سازمان پارک‌ها", "اعلام کرد")]),
    # a plural verb after a bare group
    ("علی رضایی گفت: زلزله شناسان معتقدند توان لرزه ای گسل های تهران زیاد است.",
     [("علی رضایی", "گفت"), ("زلزله شناسان", "معتقدند")]),
    # «وقتی» opens the clause; it is no group of its own
    ("علی رضایی گفت: وقتی دولت می‌گوید کارمندان سر کار حاضر شوند باید امکانات هم بدهد.",
     [("علی رضایی", "گفت"), ("دولت", "می‌گوید")]),
    ("علی رضایی گفت: وقتی می‌گویند کارمندان سر کار حاضر شوند باید امکانات هم بدهند.", [("علی رضایی", "گفت")]),
    # an object before «را» is no subject: the «که» after «عنوان کرد» opens a relative clause
    ("علی رضایی گفت: حضور شهرداری و سپاه را یک حماسه بزرگ عنوان کرد که در تهران رقم خورد.",
     [("علی رضایی", "گفت")]),
    # a pronoun or an omitted subject inside the quote is left alone
    ("علی رضایی گفت: او گفت که شهردار باید برود.", [("علی رضایی", "گفت")]),
    # a noun that looks like a cue is none
    ("علی رضایی گفت: شورای شهر گفته‌های شهردار را بررسی کرد.", [("علی رضایی", "گفت")]),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_statement_nested_in_a_quote(text, expected):
    assert speakers(text) == expected


def test_a_nested_clause_ends_where_the_speaker_answers_it():
    text = "علی رضایی گفت: برخی معتقدند رادیو جایگاه خود را از دست داده است ولی اینطور نیست."
    nested = extract_statements(text)[1]
    assert text[nested.quote_start:nested.quote_end] == "رادیو جایگاه خود را از دست داده است"


def test_nested_voice_does_not_speak_next():
    text = "علی رضایی گفت: مریم احمدی اعلام کرد که پارک باز است.\nوی افزود: ما هم آماده‌ایم."
    assert speakers(text) == [("علی رضایی", "گفت"), ("مریم احمدی", "اعلام کرد"), ("علی رضایی", "افزود")]
    nested = extract_statements(text)[1]
    assert text[nested.quote_start:nested.quote_end] == "پارک باز است."


# --- titles that name a relation to someone else («وکیل X», «همسر X») -----------------------------------

RELATIONAL = [
    # «منتخب …» is a title like «نماینده …»
    ("روح الله متفکر منتخب مردم تبریز در مجلس یازدهم گفت: مجلس باید تحول‌خواه باشد.\n"
     "منتخب مردم تبریز در مجلس یازدهم اظهار داشت: کار سخت است.",
     [("روح الله متفکر", "گفت"), ("روح الله متفکر", "اظهار داشت")]),
    ("حمیدرضا گودرزی، وکیل مدافع محمدعلی نجفی، گفت: پرونده ابهام دارد.\n"
     "وکیل مدافع محمدعلی نجفی با اعلام اینکه کارشناسی دوباره لازم است، گفت: باید صبر کرد.",
     [("حمیدرضا گودرزی", "گفت"), ("حمیدرضا گودرزی", "با اعلام اینکه"), ("حمیدرضا گودرزی", "گفت")]),
    ("همسر علی رضایی گفت: ما نگرانیم.\nعلی رضایی گفت: همه چیز خوب است.",
     [("همسر علی رضایی", "گفت"), ("علی رضایی", "گفت")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONAL)
def test_a_relational_title_is_not_the_person_it_names(text, expected):
    assert speakers(text) == expected


# A question word, a discourse marker or a modal never names the group that speaks (and a statement
# without a speaker is left out).
@pytest.mark.parametrize(("text", "expected"), [
    ("آیا همچنان معتقدند که باید در انتخابات شرکت کرد؟", []),
    ("یعنی معتقدند که مردم باید در تصمیم‌ها شریک باشند.", []),
    ("شهروندان معتقدند که پارک باید باز بماند.", ["شهروندان"]),
])
def test_no_group_from_a_question_word(text, expected):
    assert [s for s, _ in speakers(text)] == expected


# --- names: where they end and where a glued heading hides their start ---------------------------------

NAME_EDGES = [
    # a common word with the ezafe «ی» after a name opens a phrase, it is no surname
    ("دکتر سعید هاشمی نظری دکترای اپیدمیولوژی گفت: شیوع کم شده است.", "سعید هاشمی نظری"),
    # vox pops give a first name only
    ("محمد یکی از ساکنان محله می‌گوید: اینجا شلوغ است.", "محمد"),
    ("مصطفی، یکی‌دیگر از رانندگان می‌گوید: کار نیست.", "مصطفی"),
    ("آقای افشانی یکی از نامزدها معتقد بود که باید صبر کرد.", "افشانی"),
    # a heading run into the next sentence's name
    ("خبر فوری از جانبازان شیمیاییعلیرضا زالی (فرمانده) گفت: وضع پایدار است.", "علیرضا زالی"),
    ("تعطیلی مدارس در لاهیجانسیداسماعیل میرغضنفری گفت: مدارس تعطیل است.", "سیداسماعیل میرغضنفری"),
    ("دو مورد مثبت اعلام شدعلی اصغر خالقی (رئیس دانشگاه) گفت: وضع پایدار است.", "علی اصغر خالقی"),
    # … but a compound first name stays whole
    ("خدارضا امیدی گفت: کار تمام است.", "خدارضا امیدی"),
    # an approximate number ends an organisation's name
    ("طبق گزارش سازمان جهانی بهداشت حدود شش میلیون نفر در سال می‌میرند.", "سازمان جهانی بهداشت"),
    # a sentence adverb is no part of a group
    ("متاسفانه برخی معتقدند که باید صبر کرد.", "برخی"),
    # after a first name «حاجی» belongs to the surname; a two-word surname alone takes the full name
    ("حمیدرضا حاجی بابایی گفت: کار تمام است.", "حمیدرضا حاجی بابایی"),
    ("حمیدرضا حاجی بابایی در جلسه حضور داشت.\nحاجی بابایی گفت: کار تمام است.", "حمیدرضا حاجی بابایی"),
    ("حاج علی رضایی گفت: کار تمام است.", "علی رضایی"),
    # a verb is no part of a name: «آمده است» after a document's author, «انجام شد» after an interviewee
    ("در بخش پایانی پیام سردار حمیدی آمده است: اصحاب رسانه باید تلاش کنند.", "حمیدی"),
    ("این گفت‌وگو با آقای دکتر مکتوب انجام شد.\nمکتوب گفت: کار سخت است.", "مکتوب"),
    # «العظمی» written apart from «آیت‌الله» is an honorific too
    ("آیت‌الله العظمی حسن نوری با اشاره به جایگاه مرجعیت گفت: مردم باید آگاه باشند.", "حسن نوری"),
    # a counted group speaks like «برخی از …»
    ("در اول اردیبهشت ۱۳۷۸، ۳۱ نفر از نمایندگان، خواستار استیضاح وزیر شدند.", "۳۱ نفر از نمایندگان"),
    # a number opens a time phrase, not part of the speaker
    ("مقام معظم رهبری ۱۵ سال قبل گفته‌اند که کار مهم است.", "مقام معظم رهبری"),
    # a newspaper's name in quote marks closes it
    ("روزنامه «اعتماد» نوشت: شهرداری بدهکار است.", "روزنامه «اعتماد»"),
    ("بر اساس گزارش نشریه «صدای شهر» پارک‌ها آماده نیستند.", "نشریه «صدای شهر»"),
]


@pytest.mark.parametrize(("text", "speaker"), NAME_EDGES)
def test_name_edges(text, speaker):
    assert speakers(text)[0][0] == speaker


def test_a_secretariat_is_an_organisation_not_a_title():
    text = ("مرتضی آقاتهرانی، دبیرکل جبهه پایداری گفت: لیست جدا می‌دهیم.\n"
            "ساعتی بعد دبیرخانه شورای ائتلاف اعلام کرد: فهرست حذف شد.")
    assert speakers(text) == [("مرتضی آقاتهرانی", "گفت"), ("دبیرخانه شورای ائتلاف", "اعلام کرد")]


# An interview whose lead names the interviewee only after a preposition («پاسخ … را از X پرسیدیم»).
INTERVIEW = ("پاسخ این پرسش‌ها را از علی رضایی، شهردار منطقه ۳، پرسیدیم.\n"
             "چرا پارک بسته شد؟بودجه نداشتیم و کار متوقف ماند.\n"
             "کی باز می‌شود؟تا پایان سال باز خواهد شد.\n"
             "مردم چه نقشی دارند؟مردم باید در تصمیم‌ها شریک باشند.\n")


def test_interview_answers_go_to_the_person_the_lead_introduces():
    answers = [st for st in extract_statements(INTERVIEW) if st.cue is None]
    assert [(st.speaker, st.anaphor) for st in answers] == [("علی رضایی", "omitted")] * 3
    assert [INTERVIEW[st.quote_start:st.quote_end] for st in answers][0] == "بودجه نداشتیم و کار متوقف ماند."


# --- a direct quote over several one-sentence lines ------------------------------------------------------

RUN_ON = [
    # it runs on to the next attribution
    ("علی رضایی گفت: پروژه تمام شد.\nبودجه آن تامین شده است.\nوی افزود: پارک باز است.\nمردم راضی‌اند.",
     ["پروژه تمام شد.\nبودجه آن تامین شده است.", "پارک باز است.\nمردم راضی‌اند."]),
    # … stops before a heading (no final mark) or an agency credit
    ("علی رضایی گفت: پروژه تمام شد.\nپارک تازه\nبه گزارش ایرنا، کار ادامه دارد.\nکار خوب است.",
     ["پروژه تمام شد."]),
    ("علی رضایی گفت: پروژه تمام شد.\nبه گزارش ایرنا، کار ادامه دارد.\nکار خوب است.", ["پروژه تمام شد."]),
    # … and never in an article written in paragraphs
    ("علی رضایی گفت: پروژه تمام شد. بودجه آن تامین شد.\nشهرداری منطقه ۲ هم کار را آغاز کرد. مردم راضی‌اند.",
     ["پروژه تمام شد. بودجه آن تامین شد."]),
]


@pytest.mark.parametrize(("text", "quotes"), RUN_ON)
def test_direct_quote_runs_on_over_lines(text, quotes):
    assert [st.quote for st in extract_statements(text)] == quotes


# «در انتقاد از …» and «با اعتقاد به اینکه …» are prep cues like «با انتقاد از» and «با بیان اینکه».
@pytest.mark.parametrize(("text", "expected"), [
    ("علی رضایی در انتقاد از تعطیلی پارک‌ها، گفت: باید باز شوند.",
     [("علی رضایی", "در انتقاد از", "تعطیلی پارک‌ها"), ("علی رضایی", "گفت", "باید باز شوند.")]),
    ("علی رضایی با اعتقاد به اینکه مردم باید شریک باشند، گفت: شوراها را تقویت می‌کنیم.",
     [("علی رضایی", "با اعتقاد به اینکه", "مردم باید شریک باشند"),
      ("علی رضایی", "گفت", "شوراها را تقویت می‌کنیم.")]),
])
def test_more_prep_cues(text, expected):
    assert [(st.speaker, st.cue, st.quote) for st in extract_statements(text)] == expected


# A pronoun followed by «را» is an object; the negative progressive of a judge verb is a cue.
def test_pronoun_object_is_not_the_speaker():
    text = ("علی رضایی گفت: کار تمام است.\n"
            "در مقابل نیز، پایداری‌ها دل خوشی از رضایی نداشتند و او را شایسته ریاست نمی‌دانستند.")
    assert speakers(text) == [("علی رضایی", "گفت"), ("پایداری‌ها", "نمی‌دانستند")]


def test_a_nested_quotation_in_marks_is_what_is_inside_them():
    text = 'علی رضایی گفت: شهردار در جلسه شورا گفت: "پارک محله تا پایان سال باز می‌شود." و ما هم منتظریم.'
    nested = [s for s in extract_statements(text) if s.speaker == "شهردار"]
    assert [(s.cue, s.kind, s.quote) for s in nested] == [("گفت", "direct", "پارک محله تا پایان سال باز می‌شود.")]
