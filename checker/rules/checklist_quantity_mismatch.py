"""检查什么
    同一份材料，窗口收件清单要求的原件份数或复印件份数与办事指南不同。窗口要得比指南多为
    错误（申请人会少带），比指南少为警告（申请人多准备了，但两处仍应一致）。指南写明
    无条件免提交的材料由 checklist-ignores-exemption 报告，不在此比较份数。窗口把同一份材料的
    原件、复印件分列两项（"居民身份证原件""居民身份证复印件"）的，按两项合计比较。

为什么重要
    申请人按指南复印一份，窗口要两份，就得出门再去复印；份数不一致也说明两份文件
    有一份没有随政策更新。

怎样修改
    核实实际需要的份数，统一办事指南和收件清单；以指南为准的，改收件清单。
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.corpus import Pair
from checker.examples import append_materials
from checker.findings import Problem
from checker.model import Located, WindowMaterial
from checker.pairing import align, exemption_is_conditional, name_of, related

ID = "checklist-quantity-mismatch"
SCOPE = "pair"
_GUIDE = append_materials("guide.yaml")
BAD = {
    "guide.yaml": _GUIDE,
    "checklist.yaml": """\
收件材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 2
    审查要点: 在有效期内
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    审查要点: 合同期限一年以上，加盖用人单位公章
""",
}
GOOD = {
    "guide.yaml": _GUIDE,
    "checklist.yaml": """\
收件材料:
  - 材料名称: 居民身份证复印件
    原件份数: 1
    复印件份数: 1
    审查要点: 在有效期内
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    审查要点: 合同期限一年以上，加盖用人单位公章
""",
}


def check(pair: Pair, ctx: Context) -> Iterator[Problem]:
    for match in align(pair, ctx).matches:
        guide, window = match.guide, match.window
        if guide.exemption is not None and not exemption_is_conditional(guide.exemption.value):
            continue
        counts = [
            (label, w, g)
            for label, w, g in (
                ("原件", _count(window, match.repeats, "originals"), guide.originals),
                ("复印件", _count(window, match.repeats, "copies"), guide.copies),
            )
            if w is not None and g is not None and w.value != g.value
        ]
        if not counts:
            continue
        more = [c for c in counts if c[1].value > c[2].value]
        label, w, g = (more or counts)[0]
        said = "，".join(f"{lb}{wv.value}份（指南{gv.value}份）" for lb, wv, gv in counts)
        name = name_of(window).value
        if more:
            message = f"窗口要求「{name}」{said}，比办事指南多：申请人按指南准备会不够。请统一份数"
        else:
            message = f"窗口只收「{name}」{said}，比办事指南少：申请人多准备了材料。请统一份数"
        yield Problem(
            pair.checklist.path,
            w.span,
            message,
            (related(pair.guide, g.span, f"办事指南中「{name_of(guide).value}」的{label}份数"),),
            content=f"{name}:{said}",
            severity=None if more else "warning",
        )


def _count(window: WindowMaterial, repeats: tuple[WindowMaterial, ...], field: str) -> Located[int] | None:
    """The window's number of originals or copies, added up over the entries that list the same
    document ("居民身份证原件" and "居民身份证复印件"), at the entry that asks for the most."""
    counts = [c for c in (getattr(m, field) for m in (window, *repeats)) if c is not None]
    if not counts:
        return None
    return Located(sum(c.value for c in counts), max(counts, key=lambda c: c.value).span)
