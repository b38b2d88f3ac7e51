"""检查什么
    受理条件、受理标准、填报须知和适用情形中的模糊表述：必要时、原则上、视情况、一般情况下、
    适当、及时、近期、有关规定、相关部门、若干……（词表见 rules/wording.yaml，每个词附有
    应当怎样写的建议）。书名号内的文字（如“《国务院关于在线政务服务的若干规定》”）
    和书名号之后引号内引用的法条原文不检查，以引用法律开头的受理条件（“根据《……》第八条，……”）及其
    以冒号引出的下文也不检查（见 catch-all-clause）；“一般人”等专有词语见 protected；
    同一处已由兜底条款（catch-all-clause）或笼统名称（umbrella-term）报告的，不重复报告。
    “办理时间”只写“工作时间”“工作日”之类而没有钟点的（词表见 rules/wording.yaml 的
    hours_without_times），也是模糊表述。

为什么重要
    “必要时需提供”“近期照片”由窗口人员临场解释，不同窗口、不同人员尺度不一，申请人无法
    事先判断自己是否需要、是否合格。

怎样修改
    写出可以核对的标准：把“必要时”换成具体情形，“近期”换成期限（如“近 6 个月内”），
    “有关规定”换成法规名称和条款，“相关部门”换成部门全称；“办理时间: 工作日”写成
    “工作日 上午9:00-12:00，下午13:30-17:00”。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.context import Context
from checker.document import GuideDocument
from checker.findings import Problem
from checker.model import Located
from checker.text.match import matchers
from checker.text.quoted import own_conditions

ID = "vague-wording"
SCOPE = "guide"
BAD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 近期免冠彩色照片
    原件份数: 2
    复印件份数: 0
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 近期一寸白底免冠彩色照片，必要时提供电子版
"""
}
GOOD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 近期免冠彩色照片
    原件份数: 2
    复印件份数: 0
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 近6个月内一寸白底免冠彩色照片；网上办理的，另提交同一照片的电子版（JPG格式）
"""
}


# What may stand around the words of hours_without_times and still say no time.
_FILLER = re.compile(r"[\s，,。；;、（）()“”\"'的内为]+")


def _hours_without_times(path: str, hours: Located[str] | None, phrases: tuple[str, ...]) -> Problem | None:
    """``办理时间: 工作日``: a day is named, no hour; the applicant cannot know when to come."""
    if hours is None or any(ch.isdigit() for ch in hours.value):
        return None
    rest = _FILLER.sub("", hours.value)
    for phrase in sorted(phrases, key=len, reverse=True):
        rest = rest.replace(phrase, "")
    if rest:
        return None
    return Problem(
        path,
        hours.span,
        f"「办理时间」只写了“{hours.value}”，申请人不知道几点可以去：请写明钟点"
        "（如“工作日 上午9:00-12:00，下午13:30-17:00”）",
        content=f"办理时间|{hours.value}",
    )


def check(doc: GuideDocument, ctx: Context) -> Iterator[Problem]:
    hours = _hours_without_times(doc.path, doc.guide.hours, ctx.vocabulary.hours_without_times)
    if hours is not None:
        yield hours
    match = matchers(ctx.vocabulary)
    vague = ctx.vocabulary.vague
    guide = doc.guide
    texts: list[Located[str] | None] = [*own_conditions(guide.conditions)]
    for material in guide.materials:
        texts += [*material.standards, material.instructions, material.applies_when]
    for text in texts:
        if text is None:
            continue
        for hit in match.vague(text.value):
            phrase = vague[hit.term]
            yield Problem(
                doc.path,
                text.sub_span(hit.start, hit.end),
                f"「{phrase.phrase}」表述模糊，申请人无法据此判断：{phrase.suggestion.rstrip('。；;')}",
                content=f"{hit.term}|{text.value}",
            )
