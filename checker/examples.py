"""Rule examples: fragments merged over a clean guide and checklist, then run like real files."""

from __future__ import annotations

BASE_GUIDE = """\
事项名称: 北京市工作居住证办理
实施编码: 11110107MB0000001X4000117001
基本编码: "000117001000"
事项类型: 行政确认
实施主体: 北京市石景山区人力资源和社会保障局
行政区划: 北京市石景山区
设定依据:
  - 《北京市引进人才和办理〈北京市工作居住证〉的规定》第五条
受理条件:
  - 申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同
申请材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 在有效期内
    免提交: 已领取电子身份证照的，通过电子证照库调取
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 合同期限一年以上，加盖用人单位公章
办理方式:
  - 窗口办理
  - 网上办理
到现场次数: 0
委托代办: 可以
法定办结时限:
  时限: 20
  单位: 工作日
承诺办结时限:
  时限: 10
  单位: 工作日
是否收费: 否
办理地点: 北京市石景山区政务服务中心（石景山路18号）
办理时间: 工作日 上午9:00-12:00，下午13:30-17:00
咨询方式:
  - 010-68861234
监督投诉方式:
  - "12345"
"""

BASE_CHECKLIST = """\
实施编码: 11110107MB0000001X4000117001
事项名称: 北京市工作居住证办理
窗口: 综合受理窗口3号
收件材料:
  - 材料名称: 居民身份证
    原件份数: 1
    复印件份数: 1
    审查要点: 在有效期内
  - 材料名称: 劳动合同
    原件份数: 1
    复印件份数: 1
    审查要点: 合同期限一年以上，加盖用人单位公章
"""

_BASES = {"guide": BASE_GUIDE, "checklist": BASE_CHECKLIST}


def _kind(name: str) -> str:
    return "checklist" if "checklist" in name else "guide"


def _blocks(text: str) -> list[tuple[str, str]]:
    """Top-level ``key: …`` blocks of a YAML text, each with the lines below it."""
    blocks: list[tuple[str, str]] = []
    for line in text.splitlines(keepends=True):
        if line[:1] not in (" ", "#", "\n", "") and ":" in line:
            blocks.append((line.split(":", 1)[0].strip(), line))
        elif blocks:
            key, body = blocks[-1]
            blocks[-1] = (key, body + line)
        else:
            blocks.append(("", line))
    return blocks


def append_materials(name: str, extra: str = "") -> str:
    """The base document's material list (申请材料 or 收件材料) followed by ``extra``: a pair
    rule's example adds the entries it is about instead of copying the base materials."""
    key = "收件材料" if _kind(name) == "checklist" else "申请材料"
    return dict(_blocks(_BASES[_kind(name)]))[key] + extra


def materialize(files: dict[str, str], raw: bool) -> dict[str, str]:
    """Full documents for an example: the fragment as written (so its line numbers and comments
    stay), then the base document's other keys. A key given as ``~`` is left out."""
    if raw:
        return dict(files)
    result = {}
    for name, fragment in files.items():
        given = _blocks(fragment)
        keys = {key for key, _ in given}
        kept = [body for key, body in given if body.split(":", 1)[1].strip() != "~"]
        rest = [body for key, body in _blocks(_BASES[_kind(name)]) if key not in keys]
        result[name] = "".join(kept) + "".join(rest)
    return result
