"""检查什么
    屏蔽注释（# guidelint: disable=规则 -- 原因）没有屏蔽任何问题，写了不存在的规则编号（提示最接近的
    编号），或写法无法识别（如 disable=ALL、原因前缺少“--”、ignore=…：提示应有的写法）。
    全角冒号、全角等号、“，”“、”分隔、大写、用“—”“——”代替“--”等含义明确的写法照常生效。

为什么重要
    问题改好以后留下的屏蔽注释，会在以后悄悄藏住新出现的同类问题。

怎样修改
    删除不再需要的屏蔽注释；核对规则编号（guidelint rules 列出全部规则）。
"""

from __future__ import annotations

ID = "unused-suppression"
SCOPE = "meta"
BAD = {"guide.yaml": "是否收费: 否  # guidelint: disable=fee-incomplete -- 旧版收费说明待删除\n"}
GOOD = {"guide.yaml": "是否收费: 是  # guidelint: disable=fee-incomplete -- 收费标准待物价部门核定\n"}
