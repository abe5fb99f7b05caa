"""Statements quoted from a document («در این نامه آمده است: …»), pinned with synthetic sentences
written for these tests: the author named after the document noun, the author introduced in an
earlier sentence, several parts of one letter, the indirect «… آمده است که …», «بر اساس این حکم، …»,
«با اعلام X، …» where X is the source, and the verb «آمده است» in its ordinary sense."""

from __future__ import annotations

import pytest

from civicdiscourse.quotes import extract_statements


def statements(text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(st.speaker, st.cue, st.kind, st.quote) for st in extract_statements(text)]


DOCUMENTS = [
    ("در بیانیه شورای شهر کرج آمده است: «ساخت برج در باغ‌ها ممنوع است».",
     [("شورای شهر کرج", "آمده است", "direct", "ساخت برج در باغ‌ها ممنوع است")]),
    ("اعضای شورای شهر یاسوج در نامه‌ای به استاندار خواستار توقف ساخت هتل شدند.\n"
     "در این نامه آمده است: جنگل‌های شهر سرمایه مردم است.\n"
     "در بخش دیگری از این نامه آمده است: ساخت‌وساز در این اراضی نگرانی مردم را به دنبال دارد.",
     [("اعضای شورای شهر یاسوج", "خواستار", "indirect", "توقف ساخت هتل"),
      ("اعضای شورای شهر یاسوج", "آمده است", "direct", "جنگل‌های شهر سرمایه مردم است."),
      ("اعضای شورای شهر یاسوج", "آمده است", "direct", "ساخت‌وساز در این اراضی نگرانی مردم را به دنبال دارد.")]),
    ("در اطلاعیه شهرداری منطقه ۵ آمده است که خیابان اصلی تا پایان هفته بسته است.",
     [("شهرداری منطقه ۵", "آمده است", "indirect", "خیابان اصلی تا پایان هفته بسته است.")]),
    # the full text of a document, introduced by «متن … به این شرح است:»
    ("متن بیانیه شورای شهر بدین شرح است: ساخت برج در باغ‌ها ممنوع است.",
     [("شورای شهر", "بدین شرح است", "direct", "ساخت برج در باغ‌ها ممنوع است.")]),
    # «بر اساس این حکم، …»: what a document its author issued says («حکم» of a court, «گزارش» of a body)
    ("دادگاه کیفری کرج حکم پرونده تخریب باغ را صادر کرد.\n"
     "بر اساس این حکم، شهرداری باید باغ را بازسازی کند.\nطبق این حکم مدیر سابق نیز جریمه شد.",
     [("دادگاه کیفری کرج", "بر اساس", "indirect", "شهرداری باید باغ را بازسازی کند."),
      ("دادگاه کیفری کرج", "طبق", "indirect", "مدیر سابق نیز جریمه شد.")]),
    ("مرکز آمار جدیدترین گزارش اجاره‌بها را منتشر کرد.\nبراساس این گزارش، اجاره‌بها ده درصد بالا رفت.",
     [("مرکز آمار", "براساس", "indirect", "اجاره‌بها ده درصد بالا رفت.")]),
    # …but with no author written, «این گزارش» is the reporter's own story: nobody is quoted
    ("بارش باران معابر شهر را آب گرفت.\nبر اساس این گزارش، سه خیابان بسته شد.", []),
    # the ordinary verb: somebody came, nothing was said; a list «به شرح زیر است:» is no document
    ("وزیر کشور برای افتتاح پل به شهر آمده است.", []),
    ("اسامی محله‌های برنده به شرح زیر است: محله یک، محله دو.", []),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document_attributions(text, expected):
    assert statements(text) == expected


SOURCE_OR_PREP = [
    # a person right after «با اعلام»: the source of the announcement
    ("در ادامه با اعلام رضا کاظمی‌نسب از اعضای هیأت داوران، جایزه بهترین فیلم به فیلم «شهر» رسید.",
     [("رضا کاظمی‌نسب", "با اعلام")]),
    # an announced noun phrase: the subject of the sentence announced it
    ("علی رضایی با اعلام آغاز ساخت پل در منطقه ۴، گفت: کار تا پایان سال تمام می‌شود.",
     [("علی رضایی", "با اعلام"), ("علی رضایی", "گفت")]),
    # a source that only credits the news: the clause after its comma has its own subject, a country too
    ("بنا به گزارش خبرگزاری رویترز، آنکارا می‌گوید که شهرداران برکنار شده‌اند.", [("آنکارا", "می‌گوید")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_OR_PREP)
def test_announcement_names_its_source_or_its_content(text, expected):
    assert [(st.speaker, st.cue) for st in extract_statements(text)] == expected
