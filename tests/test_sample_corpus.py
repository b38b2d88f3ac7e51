"""The sample corpus in guides/ gives exactly the findings its README promises.

Every planted defect is found, on its line, and nothing else fires: the clean items are
full of look-alikes (一般纳税人, 残疾等级, 高等学校, quoted law in 设定依据, umbrella terms
that enumerate their documents).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from checker.rules import registry

# (path under guides/, line, rule) — the table in guides/README.md states the same set.
EXPECTED = {
    ("石景山区/工作居住证/checklist.yaml", 43, "checklist-unpublished-material"),
    ("石景山区/工作居住证/checklist.yaml", 18, "checklist-unpublished-requirement"),
    ("东城区/养老助残卡/guide.yaml", 19, "umbrella-term"),
    ("东城区/养老助残卡/checklist.yaml", 9, "checklist-narrower-material"),
    ("东城区/公租房资格申请/guide.yaml", 17, "catch-all-clause"),
    ("东城区/公租房资格申请/guide.yaml", 18, "catch-all-clause"),
    ("朝阳区/公司变更登记/guide.yaml", 17, "in-person-without-alternative"),
    ("西城区/残疾人就业审核/checklist.yaml", 36, "checklist-unpublished-condition"),
    ("西城区/最低生活保障/guide.yaml", 19, "vague-wording"),
    ("西城区/最低生活保障/guide.yaml", 59, "vague-wording"),
    ("西城区/最低生活保障/guide.yaml", 67, "vague-wording"),
    ("西城区/最低生活保障/guide.yaml", 75, "catch-all-clause"),
    ("海淀区/小客车指标家庭申请/checklist.yaml", 19, "checklist-quantity-mismatch"),
    ("丰台区/食品经营许可/guide.yaml", 97, "time-limit-inconsistent"),
    ("丰台区/食品经营许可/guide.yaml", 38, "nonstandard-name"),
    ("丰台区/就业困难人员认定/guide.yaml", 34, "guide-unchecked-material"),
    ("丰台区/就业困难人员认定/checklist.yaml", 14, "checklist-unpublished-requirement"),
    ("丰台区/城乡居民养老保险参保登记/guide.yaml", 37, "divergent-standard"),
    ("大兴区/独生子女父母奖励/guide.yaml", 17, "material-incomplete"),
    ("大兴区/独生子女父母奖励/guide.yaml", 39, "government-issued-material"),
    ("大兴区/独生子女父母奖励/guide.yaml", 51, "material-incomplete"),
    ("大兴区/独生子女父母奖励/guide.yaml", 52, "material-incomplete"),
    ("平谷区/临时救助/checklist.yaml", 17, "checklist-ignores-exemption"),
    ("平谷区/临时救助/checklist.yaml", 17, "nonstandard-name"),
    ("平谷区/临时救助/guide.yaml", 99, "contact-invalid"),
    ("通州区/不动产转移登记/guide.yaml", 90, "time-limit-inconsistent"),
    ("通州区/不动产转移登记/guide.yaml", 110, "fee-incomplete"),
    ("通州区/公共场所卫生许可/guide.yaml", 6, "missing-counterpart"),
    ("通州区/公共场所卫生许可变更/guide.yaml", 6, "duplicate-code"),
    ("通州区/公共场所卫生许可变更/guide.yaml", 6, "missing-counterpart"),
    ("通州区/公共场所卫生许可变更/checklist.yaml", 4, "missing-counterpart"),
    ("_broken/重复键/guide.yaml", 76, "duplicate-key"),
    ("_broken/重复键/guide.yaml", 6, "missing-counterpart"),
    ("_broken/语法错误/checklist.yaml", 13, "parse-error"),
}

SPEC_RULES = {
    "parse-error",
    "duplicate-key",
    "schema-invalid",
    "duplicate-code",
    "umbrella-term",
    "catch-all-clause",
    "vague-wording",
    "nonstandard-name",
    "material-incomplete",
    "time-limit-inconsistent",
    "in-person-without-alternative",
    "government-issued-material",
    "fee-incomplete",
    "contact-invalid",
    "checklist-unpublished-material",
    "checklist-narrower-material",
    "checklist-unpublished-condition",
    "checklist-unpublished-requirement",
    "checklist-quantity-mismatch",
    "checklist-ignores-exemption",
    "guide-unchecked-material",
    "missing-counterpart",
    "divergent-standard",
}


def _check_guides(root, tmp_path) -> dict:
    env = {**os.environ, "GUIDELINT_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run(
        [sys.executable, "-m", "checker", "check", "guides", "--format", "json"],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 1, run.stderr
    return json.loads(run.stdout)


def test_guides_give_exactly_the_expected_findings(root, tmp_path):
    report = _check_guides(root, tmp_path)
    found = {(f["path"].removeprefix("guides/"), f["line"], f["rule"]) for f in report["findings"]}
    assert found - EXPECTED == set(), "unexpected findings"
    assert EXPECTED - found == set(), "missed findings"
    assert len(report["findings"]) == len(EXPECTED)


def test_the_readme_table_states_the_same_findings(root):
    text = (root / "guides" / "README.md").read_text("utf-8")
    rows = re.findall(r"^\| (\S+\.yaml) \| (\d+) \| ([a-z-]+) \|", text, re.M)
    assert {(path, int(line), rule) for path, line, rule in rows} == EXPECTED


def test_every_spec_rule_is_implemented():
    assert set(registry()) >= SPEC_RULES


def test_the_corpus_exercises_every_spec_rule_but_schema_invalid():
    assert {rule for _, _, rule in EXPECTED} == SPEC_RULES - {"schema-invalid"}
