"""Words that looked like a speaker's name and are not, and the real subject they hid.

Classes found while reading the wrong speakers of parts A–H (session 6), pinned with synthetic
sentences written for these tests: «به‌روز» (up to date) is no «بهروز»; a verbal noun
(«نپرداختن») never closes a name; «ساعاتی پس از …» and «مدتی بعد» are time phrases before the
subject; a heading glued to a surname splits at a word the document writes on its own, even one
hazm's word list does not know («کرونا»). Each would otherwise become the antecedent of «وی».
"""

from __future__ import annotations

import pytest
from quote_helpers import speakers

FIRST = "سعید نمکی وزیر بهداشت گفت: کار خوب پیش می‌رود.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a heading glued to the next sentence at «وی»: the heading names nobody
    (FIRST + "شفاف و به‌روز اطلاع‌رسانی می‌کنیموی با اشاره به آمار کرونا گفت: آمار را هر روز اعلام می‌کنیم.",
     [("سعید نمکی", "گفت"), ("سعید نمکی", "با اشاره به"), ("سعید نمکی", "گفت")]),
    (FIRST + "شاید مشکل فراکسیون امید نپرداختن به مسائل رسانه بود.\nوی همچنین گفت: قانون هوای پاک جامع است.",
     [("سعید نمکی", "گفت"), ("سعید نمکی", "گفت")]),
    # a real first name written in one piece is still a name
    ("بهروز نعمتی گفت: کار خوب پیش می‌رود.", [("بهروز نعمتی", "گفت")]),
])
def test_words_that_only_look_like_names_are_no_antecedents(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("علی رضایی گفت: کار خوب است.\nساعاتی پس از انتشار این خبر «سپنتا نیک‌نام» عضو شورای شهر یزد نوشت: «روز خوبی است.»",
     [("علی رضایی", "گفت"), ("سپنتا نیک‌نام", "نوشت")]),
    ("مدتی بعد شهردار یزد گفت: کار خوب است.", [("شهردار یزد", "گفت")]),
    ("ساعاتی بعد، شهردار یزد گفت: کار خوب است.", [("شهردار یزد", "گفت")]),
])
def test_a_stretch_of_time_opens_the_clause(text, expected):
    assert speakers(text) == expected


def test_a_heading_glued_to_a_surname_splits_at_a_word_of_the_document():
    text = ("غلامحسین محمدی مدیر بهشت زهرا گفت: زباله‌های کرونا سریع تخلیه می‌شوند.\n"
            "آمادگی برای دفن فوتی های کرونامحمدی در ادامه گفت: سازمان اقدامات گسترده‌ای انجام داده است.")
    assert speakers(text) == [("غلامحسین محمدی", "گفت"), ("غلامحسین محمدی", "گفت")]
