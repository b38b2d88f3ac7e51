"""检查什么
    窗口收件清单收取的材料，在同一实施编码的办事指南“申请材料”中找不到。比对时先去掉
    不改变材料的写法（书名号、原件/复印件、正副本、括号中的版本），再套用证照词表的规范名称，
    最后按名称相似度判断（“营业执照副本复印件”与“营业执照（副本）”是同一份材料）。

为什么重要
    申请人只能看到公开的办事指南。窗口多收一份指南没写的材料（如纳税记录），申请人
    必然少带，白跑一趟——这正是“办不成事”最常见的原因。

怎样修改
    在办事指南的申请材料中列出这份材料，写明原件、复印件份数和受理标准；窗口其实不需要的，
    从收件清单中删除。只是名称不同的，统一两处的名称。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.corpus import Pair
from checker.examples import append_materials
from checker.findings import Problem
from checker.pairing import align, name_of, related

ID = "checklist-unpublished-material"
SCOPE = "pair"
_GUIDE = append_materials("guide.yaml")
BAD = {
    "guide.yaml": _GUIDE,
    "checklist.yaml": append_materials(
        "checklist.yaml",
        """\
  - 材料名称: 近三年个人所得税纳税记录
    原件份数: 1
    复印件份数: 0
""",
    ),
}
GOOD = {
    "guide.yaml": append_materials(
        "guide.yaml",
        """\
  - 材料名称: 个人所得税纳税记录
    原件份数: 1
    复印件份数: 0
    载体: 纸质或电子
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 近三年
    免提交: 通过税务部门数据共享获取的，无需提交
""",
    ),
    "checklist.yaml": BAD["checklist.yaml"],
}


def check(pair: Pair, ctx: Context) -> Iterator[Problem]:
    guide = pair.guide.guide
    materials_key = guide.keys.get("申请材料", guide.span)
    for item in align(pair, ctx).unpublished:
        name = name_of(item.window)
        message = (
            f"窗口收取「{name.value}」，办事指南的申请材料中没有这份材料：申请人无从知道要带。"
            "请在办事指南中列出（写明原件、复印件份数和受理标准），或不再收取"
        )
        if item.nearest is not None:
            nearest = name_of(item.nearest)
            message += f"；如果就是指南中的「{nearest.value}」，请统一两处的名称"
            where = related(pair.guide, nearest.span, "办事指南中名称相近的材料")
        else:
            where = related(pair.guide, materials_key, "办事指南的申请材料")
        yield Problem(pair.checklist.path, name.span, message, (where,), content=name.value)
