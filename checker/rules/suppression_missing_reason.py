"""检查什么
    屏蔽注释没有在“--”之后写明原因。

为什么重要
    不写原因的屏蔽，后来的人无从判断能否删除；找茬日检查时也说不清为什么不改。

怎样修改
    写成 # guidelint: disable=规则编号 -- 原因，例如“-- 原文引自市级规范性文件，待市局统一修订”。
"""

from __future__ import annotations

ID = "suppression-missing-reason"
SCOPE = "meta"
BAD = {"guide.yaml": "是否收费: 是  # guidelint: disable=fee-incomplete\n"}
GOOD = {"guide.yaml": "是否收费: 是  # guidelint: disable=fee-incomplete -- 收费标准待物价部门核定\n"}
