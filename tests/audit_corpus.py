"""A small corpus on disk for the audit tests: two districts, known findings of known rules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from checker.examples import BASE_CHECKLIST, BASE_GUIDE

# Rules whose findings the corpus below produces, and nothing else: the tests stay exact while
# other rules and the vocabulary evolve.
RULES = "fee-incomplete,time-limit-inconsistent,missing-counterpart"


def _guide(region: str, body: str, code: str, **replace: str) -> str:
    text = BASE_GUIDE.replace("北京市石景山区人力资源和社会保障局", body).replace("北京市石景山区", region)
    text = text.replace("11110107MB0000001X4000117001", code)
    for old, new in replace.items():
        text = text.replace(old, new)
    return text


def make_corpus(root: Path) -> Path:
    """西城区: one item with a fee warning and a <script> in its name; 石景山区: one item with a
    time-limit error, and a checklist without a guide (missing-counterpart)."""
    files = {
        "西城区/结婚登记/guide.yaml": _guide(
            "北京市西城区",
            "北京市西城区民政局",
            "X001",
            **{
                "是否收费: 否": "是否收费: 是",
                "事项名称: 北京市工作居住证办理": "事项名称: 结婚登记<script>alert(1)</script>",
            },
        ),
        "西城区/结婚登记/checklist.yaml": BASE_CHECKLIST.replace("11110107MB0000001X4000117001", "X001"),
        "石景山区/工作居住证/guide.yaml": _guide(
            "北京市石景山区", "北京市石景山区人力资源和社会保障局", "S001", **{"时限: 10": "时限: 30"}
        ),
        "石景山区/工作居住证/checklist.yaml": BASE_CHECKLIST.replace("11110107MB0000001X4000117001", "S001"),
        "石景山区/档案转递/checklist.yaml": BASE_CHECKLIST.replace("11110107MB0000001X4000117001", "S999"),
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def guidelint(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from checker.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
    )
