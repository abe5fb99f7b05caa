"""Which articles are about Iranian city government?

The rule (documented in ``corpus/cards/municipal-rule.md`` and measured
against hand labels in ``corpus/annotations/municipal-labels.csv``):

*strict* — the folded text (:func:`civicdiscourse.text.fold`) has at least one
piece of **city-government evidence**:

1. «شهرداری»/«شهردار» followed by Tehran, an Iranian city, «منطقه» + number,
   «ناحیه», «کلانشهر»/«کلان‌شهر», or a plural «شهرداری‌ها»;
2. a body of city government: «شورای (اسلامی) شهر», «شورایاری», «مدیریت شهری»,
   «سازمان … شهرداری», «معاون/معاونت … شهرداری»;
3. «شهرداری» together with «منطقه» + number anywhere in the same article;

where a mention is **not** evidence when it names a foreign city
(«شهردار لندن») or a *former* office holder («شهردار اسبق/سابق/پیشین تهران»);
and the evidence must be **central**, not a passing mention: it appears in
the title or lead (the first 250 characters of ``title + "\n" + text``), or
there are at least 3 pieces of it, or at least 1.3 per 1,000 characters.
The centrality thresholds were chosen on the hand-labelled sample (see the
card for its precision and recall, and the caveat that goes with them).

*loose* — any evidence, central or not, or any «شهردار»/«شهرداری» mention
that is not foreign (so every strict match is also a loose match).
"""

from __future__ import annotations

import re

from ..text import fold

# "_" joins the words of a multi-word name; it matches any (or no) space in folded text.
IRANIAN_CITIES = (
    "تهران مشهد اصفهان کرج شیراز تبریز قم اهواز کرمانشاه ارومیه رشت زاهدان همدان کرمان یزد "
    "اردبیل بندرعباس اراک اسلامشهر زنجان سنندج قزوین خرم_اباد گرگان ساری شهریار قدس کاشان "
    "ملارد دزفول نیشابور بابل خمینی_شهر سبزوار امل پاکدشت بروجرد ابادان قرچک بجنورد بوشهر "
    "بیرجند ایلام شهرکرد یاسوج سمنان ورامین پردیس لواسان ری شهر_ری بهارستان نسیم_شهر "
    "رباط_کریم فردیس نظراباد هشتگرد ساوه میاندواب مراغه خوی بوکان مهاباد سقز "
    "سیرجان رفسنجان جیرفت بم کیش قشم چابهار ماهشهر خرمشهر اندیمشک شوشتر بهبهان"
).split()

FOREIGN_CITIES = (
    "نیویورک لندن پاریس واشنگتن ادمونتون مسکو رم برلین استانبول انکارا توکیو پکن سئول کابل "
    "هرات بغداد بیروت دمشق لس_انجلس شیکاگو تورنتو مونترال ونکوور سیدنی ملبورن مادرید بارسلون "
    "میلان ونیز امستردام وین پراگ بوداپست ورشو کیف اسلو استکهلم کپنهاگ دوبی ابوظبی دوحه "
    "ریاض جده قاهره تل_اویو بیت_المقدس قدس_شریف اورشلیم کراچی لاهور دهلی بمبئی ووهان شانگهای "
    "هنگ_کنگ سانفرانسیسکو بوستون میامی هیوستون"
).split()


def _alternation(names: list[str]) -> str:
    patterns = (re.escape(name).replace("_", r"\s*") for name in sorted(names, key=len, reverse=True))
    return "|".join(patterns)


_FORMER = r"(?:اسبق|سابق|پیشین|اسبق\s+و\s+فعلی)"
_CITY = _alternation(IRANIAN_CITIES)
_FOREIGN = _alternation(FOREIGN_CITIES)
_NUMBER = r"[0-9۰-۹]+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|سیزده|چهارده|پانزده|بیست"

MAYOR = re.compile(r"شهردار(?:ی)?(?:\s*ها)?")
EVIDENCE = re.compile(
    rf"شهردار(?:ی)?\s+(?:کل\s+)?(?:{_FORMER}\s+)?(?:{_CITY}|منطقه\s*(?:{_NUMBER})|ناحیه|کلان\s*شهر)(?![\w])"
    rf"|شهرداری\s*ها"
    rf"|شورای\s+(?:اسلامی\s+)?(?:شهر|شهرها)(?![\w])"
    rf"|شورایار(?:ی|ان|ی\s*ها)"
    rf"|مدیریت\s+شهری"
    rf"|(?:سازمان|معاون|معاونت|اداره|ستاد|مدیرکل|مدیر\s+کل)\s+(?:[\w]+\s+){{0,6}}?شهرداری(?![\w])"
)
FORMER_OR_FOREIGN = re.compile(
    rf"^شهردار(?:ی)?\s+(?:کل\s+)?(?:{_FORMER}|(?:{_FOREIGN})(?![\w]))"
)
DISTRICT = re.compile(rf"منطقه\s*(?:{_NUMBER})(?![\w])")


def municipal_evidence(text: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, kind)`` of city-government evidence in ``fold(text)``.

    ``kind`` is ``"office"`` for rule 1/2 matches and ``"district"`` for rule 3.
    Former-office and foreign-city mentions are left out.
    """
    return _evidence(fold(text))


# Every alternative of EVIDENCE contains one of these words, and DISTRICT counts only with «شهرداری»:
# text without any of them has no evidence, and most news is skipped before the regular expressions run.
_TRIGGERS = ("شهردار", "شورا", "مدیریت")


def _evidence(folded: str) -> list[tuple[int, int, str]]:
    if not any(word in folded for word in _TRIGGERS):
        return []
    found = []
    for match in EVIDENCE.finditer(folded):
        if FORMER_OR_FOREIGN.match(match.group()):
            continue
        found.append((match.start(), match.end(), "office"))
    if "شهرداری" in folded:
        found += [(m.start(), m.end(), "district") for m in DISTRICT.finditer(folded)]
    return sorted(found)


# Sports reports name clubs after the municipality that owns them («شهرداری تبریز», «شهرداری ورامین»).
SPORTS = re.compile(r"(?<![\w])(?:والیبال|فوتبال|فوتسال|هندبال|بسکتبال|کشتی|لیگ|سرمربی|بازیکن|بازیکنان|باشگاه|"
                    r"قهرمانی|رقابت\s*های|دیدار|تیم)(?![\w])")
MIN_SPORTS = 5
CLUB = re.compile(rf"شهرداری\s+(?:{_CITY})(?![\w])")


def mentions_mayor(text: str) -> bool:
    """Loose rule: any domestic mention of «شهردار»/«شهرداری»."""
    return _mentions_mayor(fold(text))


def _mentions_mayor(folded: str) -> bool:
    for match in MAYOR.finditer(folded):
        tail = folded[match.start(): match.end() + 40]
        if not FORMER_OR_FOREIGN.match(tail) or re.match(rf"^شهردار(?:ی)?\s+{_FORMER}\s+(?:{_CITY})", tail):
            return True
    return False


LEAD_CHARS = 250
MIN_EVIDENCE = 3
MIN_DENSITY = 1.3  # pieces of evidence per 1,000 characters


def is_municipal(text: str, *, strict: bool = True) -> bool:
    """True when ``text`` (title + "\n" + body) is about Iranian city government.

    See the module docstring for the strict and loose rules.
    """
    folded = fold(text)
    evidence = _evidence(folded)
    if not strict:
        return bool(evidence) or _mentions_mayor(folded)
    return _central(evidence, folded)


def municipal_flags(text: str, *, folded: str | None = None) -> tuple[bool, bool]:
    """``(is_municipal(text, strict=True), is_municipal(text, strict=False))``, folding the text once.

    ``folded`` may pass ``fold(text)`` when the caller has it already.
    """
    folded = fold(text) if folded is None else folded
    evidence = _evidence(folded)
    return _central(evidence, folded), bool(evidence) or _mentions_mayor(folded)


def _central(evidence: list, folded: str) -> bool:
    if len(SPORTS.findall(folded)) >= MIN_SPORTS:  # «شهرداری تبریز» in a sports report is a club, not a city
        evidence = [e for e in evidence if not CLUB.match(folded, e[0])]
    if not evidence:
        return False
    return (evidence[0][0] < LEAD_CHARS or len(evidence) >= MIN_EVIDENCE
            or len(evidence) * 1000 / max(len(folded), 1) >= MIN_DENSITY)
