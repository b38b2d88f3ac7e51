"""检查什么
    办事指南写的是笼统名称或较宽的范围（“身份证明”“居民身份证或临时居民身份证”），窗口
    收件清单却只收其中一种（“居民身份证”）。指南可接受的证件来自证照词表中笼统名称的成员，
    或指南在名称、受理标准中列举的证件；窗口在审查要点中写明也收的证件计入窗口可接受的范围。

为什么重要
    申请人按指南带了社会保障卡或护照，到窗口却被告知只收居民身份证——“身份证明”与
    “身份证”一字之差，就是一次白跑。

怎样修改
    让两处一致：指南中写明窗口实际只收的证件（如把“身份证明”改为“居民身份证”），或让窗口
    按指南接受所列的全部证件（在收件清单中写出这些证件）。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.corpus import Pair
from checker.findings import Problem
from checker.pairing import align, analyse, name_of, related

ID = "checklist-narrower-material"
SCOPE = "pair"
BAD = {
    "guide.yaml": """\
申请材料:
  - 材料名称: 身份证明（居民身份证或临时居民身份证）
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 在有效期内
    免提交: 已领取电子身份证照的，通过电子证照库调取
""",
    "checklist.yaml": """\
收件材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    审查要点: 在有效期内
""",
}
GOOD = {
    "guide.yaml": BAD["guide.yaml"],
    "checklist.yaml": """\
收件材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    审查要点: 在有效期内；居民身份证或临时居民身份证均可
""",
}


def check(pair: Pair, ctx: Context) -> Iterator[Problem]:
    vocabulary = ctx.vocabulary
    for match in align(pair, ctx).matches:
        if not match.excluded:
            continue
        guide_name, window_name = name_of(match.guide), name_of(match.window)
        umbrella = analyse(guide_name.value, vocabulary).umbrella
        order = vocabulary.umbrellas[umbrella].members if umbrella is not None else ()
        excluded = _in_order(match.excluded, order)
        shown = "、".join(excluded[:4]) + ("等" if len(excluded) > 4 else "")
        kept = "或".join(_in_order(match.kept, order))
        yield Problem(
            pair.checklist.path,
            window_name.span,
            f"办事指南写「{guide_name.value}」，窗口只收「{window_name.value}」：持{shown}的申请人"
            f"会被退回。请在办事指南中写明只收{kept}，或让窗口按指南接受这些证件",
            (related(pair.guide, guide_name.span, "办事指南的申请材料"),),
            content=f"{guide_name.value}>{window_name.value}",
        )


def _in_order(documents: frozenset[str], order: tuple[str, ...]) -> list[str]:
    """Documents in the glossary's order of the umbrella's members, others after them."""
    return sorted(documents, key=lambda d: (order.index(d) if d in order else len(order), d))
