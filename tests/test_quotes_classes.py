"""Error classes of the development set, pinned with synthetic sentences written for these tests.

One table per class: cue forms and inflections, sentence and line-join boundaries, speaker and
organisation boundaries, anaphora, summary leads.
"""

from __future__ import annotations

import pytest
from quote_helpers import brief

from civicdiscourse.quotes import extract_statements

# --- cue lexicon: forms and inflections -------------------------------------------------------------

CUE_FORMS = [
    # a negated judgement verb
    ("علی محمدی این طرح را راه حل نهایی ترافیک ندانست.",
     ("علی محمدی", "ندانست", "indirect", "این طرح را راه حل نهایی ترافیک")),
    # the bare participle as a perfect («تاکید کرده» = «تاکید کرده است»)
    ("علی محمدی در نامه خود تاکید کرده که مهلت ثبت نام تمدید نمی‌شود.",
     ("علی محمدی", "تاکید کرده", "indirect", "مهلت ثبت نام تمدید نمی‌شود.")),
    ("علی محمدی تعداد پارک‌های جدید را هفت مورد عنوان کرده است.",
     ("علی محمدی", "عنوان کرده است", "indirect", "تعداد پارک‌های جدید را هفت مورد")),
    ("علی محمدی این پروژه را به یک نقطه عطف تعبیر کرد.",
     ("علی محمدی", "تعبیر کرد", "indirect", "این پروژه را به یک نقطه عطف")),
    ("علی محمدی در دیدار با شهروندان فرمودند: شهر خانه همه ماست.",
     ("علی محمدی", "فرمودند", "direct", "شهر خانه همه ماست.")),
    ("علی محمدی در ادامه به طرح توسعه متروی شهر گریزی زد.",
     ("علی محمدی", "گریزی زد", "indirect", "طرح توسعه متروی شهر")),
    ("علی محمدی تکمیل پروژه‌های نیمه تمام را مورد تاکید قرار داد.",
     ("علی محمدی", "مورد تاکید قرار داد", "indirect", "تکمیل پروژه‌های نیمه تمام را")),
    ("علی محمدی رعایت ضوابط شهرسازی مورد تأکید قرار داد.",
     ("علی محمدی", "مورد تأکید قرار داد", "indirect", "رعایت ضوابط شهرسازی")),
    # «که» after a «را» object opens a relative clause: the object is what was said
    ("علی محمدی تعداد سراهای محله را ۱۵ مورد عنوان کرد که نسبت به دیگر مناطق بیشتر است.",
     ("علی محمدی", "عنوان کرد", "indirect", "تعداد سراهای محله را ۱۵ مورد")),
    ("علی محمدی تهدید کرد پیمانکاران متخلف را از فهرست شهرداری حذف خواهد کرد.",
     ("علی محمدی", "تهدید کرد", "indirect", "پیمانکاران متخلف را از فهرست شهرداری حذف خواهد کرد.")),
    # a comma between the verb and its reported clause
    ("علی محمدی تاکید کرد، اگر بودجه برسد پل تا پایان سال افتتاح می‌شود.",
     ("علی محمدی", "تاکید کرد", "indirect", "اگر بودجه برسد پل تا پایان سال افتتاح می‌شود.")),
    ("به تعبیر علی محمدی، هیچ چیز مانند مشارکت مردم شهر را نمی‌سازد.",
     ("علی محمدی", "به تعبیر", "indirect", "هیچ چیز مانند مشارکت مردم شهر را نمی‌سازد.")),
    ("به نوشته علی محمدی، ساخت بیمارستان از بهار آغاز می‌شود.",
     ("علی محمدی", "به نوشته", "indirect", "ساخت بیمارستان از بهار آغاز می‌شود.")),
]


@pytest.mark.parametrize(("text", "expected"), CUE_FORMS)
def test_cue_forms_and_inflections(text, expected):
    assert brief(text) == [expected]


PREPOSED = [
    ("علی محمدی با اذعان به کمبود فضای سبز، گفت: باید بوستان بسازیم.",
     [("با اذعان به", "کمبود فضای سبز"), ("گفت", "باید بوستان بسازیم.")]),
    # a head sharing the light verb of the next cue is a cue of its own
    ("علی محمدی به کمبود پارکینگ اشاره و اظهار کرد: طرح جدید لازم است.",
     [("اشاره", "کمبود پارکینگ"), ("اظهار کرد", "طرح جدید لازم است.")]),
    ("علی محمدی از تلاش پاکبانان یاد و تاکید کرد که پاداش می‌گیرند.",
     [("یاد", "تلاش پاکبانان"), ("تاکید کرد", "پاداش می‌گیرند.")]),
]


@pytest.mark.parametrize(("text", "expected"), PREPOSED)
def test_preposed_cues(text, expected):
    assert [(s[1], s[3]) for s in brief(text)] == expected


# --- boundaries: sentences and lost line ends -------------------------------------------------------

BOUNDARIES = [
    # a full stop glued to the next word still ends the sentence: the second statement gets its own speaker
    ("علی محمدی گفت: بازی فردا برگزار می‌شود.رضا کریمی سرمربی تیم افزود: ما آماده‌ایم.",
     [("علی محمدی", "گفت", "بازی فردا برگزار می‌شود."), ("رضا کریمی", "افزود", "ما آماده‌ایم.")]),
    # a headline glued to the next sentence ends in a surname named earlier
    ("علی رضایی مدیر پارک‌ها گفت: درختان کاشته شد.\nکاشت درخت در تهرانرضایی درباره آبیاری گفت: آب کافی است.",
     [("علی رضایی", "گفت", "درختان کاشته شد."), ("علی رضایی", "گفت", "آب کافی است.")]),
    # a headline glued to a title after «می‌کند»
    ("علی رضایی گفت: شورا ناظر است.\nشورا کار را رصد می‌کندعضو شورای شهر رضا کریمی همچنین گفت: گزارش می‌دهیم.",
     [("علی رضایی", "گفت", "شورا ناظر است."), ("رضا کریمی", "گفت", "گزارش می‌دهیم.")]),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDARIES)
def test_sentence_and_line_join_boundaries(text, expected):
    assert [(s[0], s[1], s[3]) for s in brief(text)] == expected


# --- speakers: names, groups and organisations ------------------------------------------------------

SPEAKERS = [
    ("یک منبع آگاه در شهرداری گفت: قرارداد لغو شد.", "یک منبع آگاه"),
    ("برخی منابع از تعطیلی بازار خبر دادند.", "برخی منابع"),
    ("برخی اعضای شورای شهر اعلام کردند که به بودجه رای نمی‌دهند.", "برخی اعضای شورای شهر"),
    # a title with «ئ» is a title («رئیس» is written both ways)
    ("رئیس شورای شهر تبریز گفت: جلسه علنی است.", "رئیس شورای شهر تبریز"),
    # surname words up to a title in apposition
    ("محمدجواد محمدی نوری قائم مقام حزب گفت: لیست ما جداست.", "محمدجواد محمدی نوری"),
    ("غلامحسین رحیمی اژه ای سخنگوی دادگستری گفت: حکم صادر شد.", "غلامحسین رحیمی اژه ای"),
    # after a subordinate clause and a comma, the new subject is not the earlier speaker
    ("علی رضایی گفت: سال خوبی بود.\nپس از آنکه دو حزب اعلام کردند با لیست جدا می‌آیند، حسین کاظمی دبیرکل حزب سبز اظهار داشت: ما هم می‌آییم.",
     None),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker_boundaries(text, speaker):
    statements = extract_statements(text)
    if speaker is None:  # the last statement names its own speaker
        assert statements[-1].speaker == "حسین کاظمی"
    else:
        assert statements[0].speaker == speaker


NOT_A_NAME = [
    # a reporting verb is never a surname
    ("آقای قالیباف گفتند که خط ۲ تمام نشده است.\nوی افزود: کار ادامه دارد.", "قالیباف"),
    # a plural noun before a surname is no first name
    ("محمد استراماچونی، سرمربی تیم گفت: برمی‌گردم.\nدستیاران استراماچونی به ایتالیا رفتند.\nاو افزود: قرارداد دارم.",
     "محمد استراماچونی"),
    # a revered figure cited in narration is not the subject
    ("در این نشست که همزمان با میلاد امام علی علیه السلام برگزار شد، وزیر کشور گفت: استان‌ها آماده‌اند.",
     "وزیر کشور"),
]


@pytest.mark.parametrize(("text", "speaker"), NOT_A_NAME)
def test_words_that_are_not_names(text, speaker):
    assert all(s.speaker in (speaker, "آقای قالیباف") for s in extract_statements(text))
    assert extract_statements(text)[-1].speaker.endswith(speaker)


# --- anaphora -------------------------------------------------------------------------------------------

ANAPHORA = [
    # «این عضو شورای شهر» goes to the person holding that title, not to the last speaker
    ("مریم احمدی عضو شورای شهر تهران در منطقه ۱۴ حضور یافت.\nرضا کریمی شهردار منطقه گفت: محله نوسازی می‌شود.\n"
     "این عضو شورای شهر تهران، قوانین دست و پا گیر را مانع خدمت دانست.",
     ["رضا کریمی", "مریم احمدی"]),
    # a person named inside a quote is not the antecedent of the next «وی»
    ("رضا کریمی گفت: محسن نادری شهردار خوبی بود.\nوی افزود: ما ادامه می‌دهیم.", ["رضا کریمی", "رضا کریمی"]),
    # «این مسئول» is a person: an organisation that spoke in between is skipped
    ("رضا کریمی مدیرکل روابط عمومی گفت: ماسک توزیع شد.\nسازمان اتوبوسرانی هم اعلام کرد که خطوط شبانه لغو شد.\n"
     "این مسئول توضیح داد: همایش‌ها لغو می‌شوند.",
     ["رضا کریمی", "سازمان اتوبوسرانی", "رضا کریمی"]),
    # a question mark inside «در پاسخ به این پرسش که …؟» does not end the speaker's clause
    ("علی رضایی گفت: سال خوبی بود.\nرضا کریمی در پاسخ به این پرسش که آیا پل تمام می‌شود؟ گفت: بله.",
     ["علی رضایی", "رضا کریمی"]),
    # military rank and grade stay outside the name, which then links to the full name
    ("سرتیپ دوم پاسدار محمدرضا یزدی گفت: آرامش برقرار است.\nعلی رضایی گفت: موافقم.\n"
     "سرتیپ دوم پاسدار یزدی در ادامه گفت: امنیت پایدار است.",
     ["محمدرضا یزدی", "علی رضایی", "محمدرضا یزدی"]),
    # «آنها» goes to the group that spoke last, not to the last person
    ("سازمان آتش‌نشانی اعلام کرد که ایستگاه جدید افتتاح شد.\nعلی رضایی گفت: خوب است.\n"
     "آنها همچنین اعلام کردند که دو خودرو خریده‌اند.",
     ["سازمان آتش‌نشانی", "علی رضایی", "سازمان آتش‌نشانی"]),
    # «ولی الله» opens a name, it is not the conjunction «ولی»
    ("به قول ولی الله نادری، پارک‌ها باید شبانه‌روزی باشند.", ["ولی الله نادری"]),
    # «شهردار این منطقه» is the title spelled out elsewhere
    ("به گزارش روابط عمومی منطقه ۱۸، شهردار این منطقه گفت: پل افتتاح شد.\nشهردار منطقه ۱۸ افزود: مردم همکاری کردند.",
     ["شهردار منطقه ۱۸", "شهردار منطقه ۱۸"]),
]


@pytest.mark.parametrize(("text", "speakers"), ANAPHORA)
def test_anaphora(text, speakers):
    assert [s.speaker for s in extract_statements(text)] == speakers


# --- leads ----------------------------------------------------------------------------------------------

LEADS = [
    # a one-line summary lead that the body paraphrases gives nothing
    ("شهردار تهران گفت: متخلفان حادثه برف برکنار شدند.\nبه گزارش خبرنگار ما، پیروز نادری شهردار تهران امروز گفت: "
     "افرادی که در حادثه برف اخیر متخلف بودند از کار برکنار شدند.", 1),
    # the same when the body opens with the agency formula and says it in other words
    ("شهردار منطقه ۵ از آزادی زندانیان زن خبر داد.\nبه گزارش خبرنگار ما، رضا نادری گفت: برای آزادی ۲۹ زندانی زن "
     "بدهکار برنامه داریم.", 1),
    # a first paragraph with the agency formula is the start of the story, even when the body says more
    ("به گزارش خبرنگار ما، سعید احمدی امروز گفت: بخشی از ساخت و سازهای غیرمجاز ساحل تخریب شد.\n"
     "وی افزود: بخشی از ساخت و سازهای غیرمجاز ساحل به دلیل تجاوز به حریم دریا تخریب شد.", 2),
    # the body goes on with «وی …» right after the first line: the first line is the story's start
    ("سعید احمدی امروز در گفت‌وگو با خبرنگار ما اظهار داشت: جشن خادمان نوروزی استان به زودی برگزار می‌شود.\n"
     "وی بیان داشت: این جشن به بهانه حضور خادمان نوروزی استان برگزار می‌شود.", 2),
]


@pytest.mark.parametrize(("text", "count"), LEADS)
def test_summary_lead(text, count):
    assert len(extract_statements(text)) == count
