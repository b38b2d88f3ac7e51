"""guidelint review: what a guide change means for applicants, and the findings it adds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.config import Config
from checker.report.review_formats import render_markdown, render_text
from checker.review import Change, run_review
from checker.review.base import edit_summary

OLD = """\
# 北京市朝阳区 · 公共场所卫生许可（新办） · 办事指南
事项名称: 公共场所卫生许可（新办）
实施编码: "11110105000036571G1000125008"
基本编码: "000125008000"
事项类型: 行政许可
实施主体: 北京市朝阳区卫生健康委员会
行政区划: 北京市朝阳区
设定依据:
  - 《公共场所卫生管理条例》第八条
受理条件:
  - 申请人已取得营业执照，经营场所位于朝阳区
  - 建立卫生管理制度，配备专职或兼职卫生管理人员
申请材料:
  - 材料名称: 公共场所卫生许可申请表
    原件份数: 1
    复印件份数: 0
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 法定代表人签字并加盖申请人公章
    空白表格: 公共场所卫生许可申请表.docx
  - 材料名称: 营业执照
    原件份数: 0
    复印件份数: 1
    载体: 纸质
    来源渠道: 政府部门核发
    必要性: 必要
    受理标准: 复印件加盖申请人公章
    免提交: 已领取电子营业执照的，通过电子证照库调取
  - 材料名称: 公共场所卫生检测报告
    原件份数: 1
    复印件份数: 0
    载体: 纸质
    来源渠道: 中介机构出具
    必要性: 必要
    受理标准: 检测日期在申请前1年以内
  - 材料名称: 授权委托书
    原件份数: 1
    复印件份数: 0
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 非必要
    适用情形: 委托他人代为办理的
    空白表格: 授权委托书.docx
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
办理地点: 北京市朝阳区政务服务中心（朝阳区工体东路甲2号）二层卫生健康窗口
办理时间: 工作日 上午9:00-12:00，下午13:30-17:00
咨询方式:
  - 010-85251234
监督投诉方式:
  - "12345"
"""

TAX_RECORD = """\
  - 材料名称: 纳税记录
    原件份数: 1
    复印件份数: 0
    载体: 纸质
    来源渠道: 申请人自备
    必要性: 必要
    受理标准: 近12个月的个人所得税纳税记录，加盖税务机关印章
"""
POWER_OF_ATTORNEY = OLD[OLD.index("  - 材料名称: 授权委托书") : OLD.index("办理方式:")]


def review(tmp_path: Path, new: str, old: str = OLD, config: Config | None = None):
    (tmp_path / "old").mkdir(exist_ok=True)
    (tmp_path / "new").mkdir(exist_ok=True)
    (tmp_path / "old" / "guide.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new" / "guide.yaml").write_text(new, encoding="utf-8")
    return run_review(
        str(tmp_path / "old" / "guide.yaml"), str(tmp_path / "new" / "guide.yaml"), config or Config()
    )


def kinds(changes: list[Change]) -> list[str]:
    return [c.kind for c in changes]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_an_unchanged_guide_has_no_changes_and_no_findings(tmp_path):
    result = review(tmp_path, OLD)
    assert result.changes == [] and result.findings == []


def test_reordering_and_layout_are_not_changes(tmp_path):
    conditions = (
        "  - 申请人已取得营业执照，经营场所位于朝阳区\n  - 建立卫生管理制度，配备专职或兼职卫生管理人员\n"
    )
    swapped = (
        "  - 建立卫生管理制度，配备专职或兼职卫生管理人员。\n  - 申请人已取得营业执照，经营场所位于朝阳区\n"
    )
    new = OLD.replace(conditions, swapped).replace(POWER_OF_ATTORNEY, "")
    new = new.replace("申请材料:\n", "申请材料:\n" + POWER_OF_ATTORNEY).replace(
        "# 北京市朝阳区", "# 2025 年修订\n# 北京市朝阳区"
    )
    assert review(tmp_path, new).changes == []


def test_material_added_and_removed(tmp_path):
    new = OLD.replace("办理方式:", TAX_RECORD + "办理方式:").replace(POWER_OF_ATTORNEY, "")
    changes = review(tmp_path, new).changes
    assert kinds(changes) == ["material-removed", "material-added"]
    removed, added = changes
    assert added.message == "新增申请材料「纳税记录」（原件 1 份）：申请人需多准备一份材料"
    assert added.line == line_of(new, "材料名称: 纳税记录")
    assert added.details == {"material": "纳税记录"}
    assert removed.message == "删除申请材料「授权委托书」：申请人不再需要准备该材料"
    assert removed.line == line_of(new, "申请材料:")


def test_material_changes_say_what_the_applicant_must_do(tmp_path):
    new = (
        OLD.replace(
            "    原件份数: 0\n    复印件份数: 1\n    载体: 纸质",
            "    原件份数: 1\n    复印件份数: 2\n    载体: 纸质或电子",
        )
        .replace(
            "    来源渠道: 中介机构出具\n    必要性: 必要", "    来源渠道: 中介机构出具\n    必要性: 容缺后补"
        )
        .replace("检测日期在申请前1年以内", "检测日期在申请前6个月以内")
        .replace("    免提交: 已领取电子营业执照的，通过电子证照库调取\n", "")
    )
    changes = review(tmp_path, new).changes
    by_field = {c.details["field"]: c for c in changes}
    assert set(by_field) == {"原件份数", "复印件份数", "载体", "免提交", "必要性", "受理标准"}
    assert all(c.kind == "material-changed" for c in changes)
    assert (
        by_field["原件份数"].message
        == "「营业执照」的原件份数由 0 份改为 1 份：申请人需多出示或提交 1 份原件"
    )
    assert (
        by_field["复印件份数"].message
        == "「营业执照」的复印件份数由 1 份改为 2 份：申请人需多提交 1 份复印件"
    )
    assert by_field["复印件份数"].line == line_of(new, "复印件份数: 2")
    assert "纸质、电子材料均可提交" in by_field["载体"].message
    assert by_field["免提交"].message == "「营业执照」不再写明免提交方式：申请人需自行准备并提交该材料"
    assert (
        by_field["必要性"].message
        == "「公共场所卫生检测报告」由必要材料改为容缺后补材料：暂缺该材料也可先受理、后补交"
    )
    assert "（「1年」改为「6个月」）" in by_field["受理标准"].message


def test_a_variant_name_is_a_rename_not_a_new_material(tmp_path):
    new = OLD.replace("材料名称: 营业执照", "材料名称: 《营业执照》副本")
    [change] = review(tmp_path, new).changes
    assert change.kind == "material-changed" and change.details["field"] == "材料名称"
    assert "所需材料不变" in change.message


def test_conditions_added_removed_and_edited(tmp_path):
    new = OLD.replace(
        "  - 建立卫生管理制度，配备专职或兼职卫生管理人员\n",
        "  - 建立卫生管理制度，配备专职卫生管理人员\n  - 经营场所面积不小于30平方米\n",
    ).replace("  - 申请人已取得营业执照，经营场所位于朝阳区\n", "")
    changes = review(tmp_path, new).changes
    assert sorted(kinds(changes)) == ["condition-added", "condition-changed", "condition-removed"]
    edited = next(c for c in changes if c.kind == "condition-changed")
    assert "删去「或兼职」" in edited.message
    added = next(c for c in changes if c.kind == "condition-added")
    assert added.message == "新增受理条件「经营场所面积不小于30平方米」：不满足该条件的申请人将无法办理"
    assert added.line == line_of(new, "面积不小于30平方米")


def test_time_limits_fee_visits_channels_and_delegation(tmp_path):
    new = (
        OLD.replace("承诺办结时限:\n  时限: 10", "承诺办结时限:\n  时限: 5")
        .replace("法定办结时限:\n  时限: 20\n  单位: 工作日", "法定办结时限:\n  时限: 30\n  单位: 自然日")
        .replace("是否收费: 否", "是否收费: 是\n收费标准: 每证 20 元\n收费依据: 京发改〔2020〕1号")
        .replace("到现场次数: 0", "到现场次数: 1")
        .replace("  - 网上办理\n", "  - 邮寄办理\n")
        .replace("委托代办: 可以", "委托代办: 不可以")
    )
    changes = {c.kind + c.message[:6]: c for c in review(tmp_path, new).changes}
    messages = [c.message for c in changes.values()]
    assert "承诺办结时限由 10 个工作日缩短为 5 个工作日：申请人可以更快拿到结果" in messages
    assert "法定办结时限由 20 个工作日延长为 30 个自然日：最长办理期限延长" in messages
    assert "事项由不收费改为收费（每证 20 元）：申请人需缴纳费用" in messages
    assert "到现场次数由 0 次增加为 1 次：申请人需多跑 1 次" in messages
    assert "新增办理方式「邮寄办理」：申请人可以通过邮寄办理" in messages
    assert "取消办理方式「网上办理」：申请人不能再在网上办理" in messages
    assert "委托代办由可以改为不可以：申请人须本人办理，不能再委托他人" in messages
    fee = next(c for c in changes.values() if c.kind == "fee-changed")
    assert fee.line == line_of(new, "是否收费")
    promised = next(c for c in changes.values() if "承诺" in c.message)
    assert promised.line == line_of(new, "承诺办结时限")


def test_steps_and_contacts(tmp_path):
    steps = "办理流程:\n  - 环节: 受理\n    时限: 1\n  - 环节: 审查\n    时限: 5\n"
    old = OLD.replace("法定办结时限:", steps + "法定办结时限:")
    new = old.replace("    时限: 5\n", "    时限: 3\n  - 环节: 现场核查\n    时限: 3\n")
    new = new.replace("  - 010-85251234", "  - 010-85259999")
    messages = [c.message for c in review(tmp_path, new, old).changes]
    assert messages == [
        "办理环节「审查」的时限由 5 个工作日缩短为 3 个工作日：该环节用时更短",
        "新增办理环节「现场核查」（3 个工作日）：办理过程多了一个环节",
        "咨询方式「010-85251234」改为「010-85259999」：申请人需按新的方式咨询",
    ]


def test_only_findings_new_in_new_are_listed_even_when_lines_shift(tmp_path):
    old = OLD.replace("  - 010-85251234", "  - 010-8525123")  # a bad number OLD already had
    new = old.replace("受理条件:\n", "受理条件:\n  - 申请人为依法登记的经营者\n").replace(
        "是否收费: 否", "是否收费: 是"
    )
    result = review(tmp_path, new, old)
    assert [f.rule for f in result.findings] == ["fee-incomplete"]
    assert result.findings[0].line == line_of(new, "是否收费")
    assert "fee-changed" in kinds(result.changes)


def test_an_unreadable_version_is_not_compared_but_its_findings_are_listed(tmp_path):
    result = review(tmp_path, "事项名称: [\n")
    assert result.changes == [] and result.notes and "无法解析" in result.notes[0]
    assert result.verdict.headline == "申请人负担：无法判断"  # not 不变: nothing was compared
    assert [f.rule for f in result.findings] == ["parse-error"]
    assert result.title == "公共场所卫生许可（新办）"  # named by the version that can be read
    assert result.item["实施编码"] == "11110105000036571G1000125008"


def test_edit_summary_names_the_edit():
    assert edit_summary("签订一年以上劳动合同", "签订两年以上劳动合同") == "「一年」改为「两年」"
    assert edit_summary("年满十八周岁", "年满十八周岁且未满六十周岁") == "增加「且未满六十周岁」"
    assert edit_summary("甲乙丙丁", "子乙丙亥") is None


# ── through the command line ─────────────────────────────────────────────────

CHECKLIST = """\
实施编码: "11110105000036571G1000125008"
事项名称: 公共场所卫生许可（新办）
窗口: 朝阳区政务服务中心二层卫生健康窗口
收件材料:
  - 材料名称: 公共场所卫生许可申请表
    原件份数: 1
    复印件份数: 0
  - 材料名称: 营业执照
    原件份数: 0
    复印件份数: 1
  - 材料名称: 公共场所卫生检测报告
    原件份数: 1
    复印件份数: 0
"""
GIT_ENV = {
    "GIT_AUTHOR_NAME": "编写人员",
    "GIT_AUTHOR_EMAIL": "editor@example.org",
    "GIT_COMMITTER_NAME": "编写人员",
    "GIT_COMMITTER_EMAIL": "editor@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def run(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ, **GIT_ENV, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run(
        [sys.executable, "-c", "from checker.cli import main; main()", *args],
        capture_output=True, text=True, cwd=cwd, env=env,
    )  # fmt: skip


@pytest.fixture
def repo(tmp_path) -> Path:
    item = tmp_path / "guides" / "朝阳区" / "公共场所卫生许可"
    item.mkdir(parents=True)
    (item / "guide.yaml").write_text(OLD, encoding="utf-8")
    (item / "checklist.yaml").write_text(CHECKLIST, encoding="utf-8")
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "公示版"]):
        subprocess.run(
            ["git", *args], cwd=tmp_path, check=True, capture_output=True, env={**os.environ, **GIT_ENV}
        )
    return tmp_path


GUIDE = "guides/朝阳区/公共场所卫生许可/guide.yaml"


def test_cli_review_of_a_git_revision_json(repo):
    new = OLD.replace(POWER_OF_ATTORNEY, "").replace(
        "  - 材料名称: 营业执照\n    原件份数: 0\n    复印件份数: 1\n    载体: 纸质\n    来源渠道: 政府部门核发\n"
        "    必要性: 必要\n    受理标准: 复印件加盖申请人公章\n    免提交: 已领取电子营业执照的，通过电子证照库调取\n",
        "",
    )
    (repo / GUIDE).write_text(new, encoding="utf-8")
    result = run("review", "--format", "json", f"HEAD:{GUIDE}", GUIDE, cwd=repo)
    assert result.returncode == 1, result.stderr  # the window still collects the dropped licence
    data = json.loads(result.stdout)
    assert set(data) == {"verdict", "notes", "changes", "findings", "resolved"}  # SPEC's keys kept
    assert data["verdict"]["burden"] == "减轻" and data["verdict"]["lighter"] == 2
    assert [c["kind"] for c in data["changes"]] == ["material-removed", "material-removed"]
    assert all(set(c) >= {"kind", "message", "line"} for c in data["changes"])
    [finding] = data["findings"]
    assert finding["rule"] == "checklist-unpublished-material" and "营业执照" in finding["message"]
    assert list(finding) == [
        "path", "line", "column", "end_line", "end_column", "rule", "severity", "message", "related",
    ]  # fmt: skip
    assert finding["related"][0]["path"] == GUIDE


def test_cli_review_exit_codes_and_markdown(repo):
    new = OLD.replace("是否收费: 否", "是否收费: 是").replace("到现场次数: 0", "到现场次数: 1")
    (repo / GUIDE).write_text(new, encoding="utf-8")
    result = run("review", "--format", "markdown", f"HEAD:{GUIDE}", GUIDE, cwd=repo)
    assert result.returncode == 0, result.stderr  # a warning does not fail by default
    text = result.stdout
    assert text.startswith("### guidelint 审查：公共场所卫生许可（新办）")
    assert "| 行 | 变化 | 对申请人意味着什么 |" in text
    assert (
        f"| {line_of(new, '到现场次数')} | 跑动次数变化 | 到现场次数由 0 次增加为 1 次：申请人需多跑 1 次 |"
        in text
    )
    assert "| 警告 |" in text and "`fee-incomplete` 收费信息不完整" in text
    assert run("review", "--fail-on", "warning", f"HEAD:{GUIDE}", GUIDE, cwd=repo).returncode == 1
    text_output = run("review", f"HEAD:{GUIDE}", GUIDE, cwd=repo).stdout
    assert f"{GUIDE}:{line_of(new, '是否收费')}: 事项由不收费改为收费" in text_output


def test_cli_review_usage_errors_exit_2(repo):
    missing = run("review", "no-such.guide.yaml", GUIDE, cwd=repo)
    assert missing.returncode == 2 and "文件不存在" in missing.stderr
    bad_ref = run("review", f"no-such-ref:{GUIDE}", GUIDE, cwd=repo)
    assert bad_ref.returncode == 2 and "无法从 git 读取" in bad_ref.stderr
    checklist = GUIDE.replace("guide.yaml", "checklist.yaml")
    mixed = run("review", GUIDE, checklist, cwd=repo)
    assert mixed.returncode == 2 and "一个是办事指南、一个是收件清单" in mixed.stderr
    both_absent = run("review", os.devnull, os.devnull, cwd=repo)
    assert both_absent.returncode == 2 and "不能都是" in both_absent.stderr
    assert run("review", GUIDE, cwd=repo).returncode == 2  # NEW missing without --new
    assert "Traceback" not in missing.stderr + bad_ref.stderr


# ── the verdict, new, deleted, renamed and different documents, checklists ─────

from checker.review import ABSENT  # noqa: E402
from checker.review.verdict import judge, weight  # noqa: E402


def test_the_verdict_weighs_the_changes_and_orders_its_reasons_by_impact(tmp_path):
    new = OLD.replace("到现场次数: 0", "到现场次数: 1").replace("  - 010-85251234", "  - 010-85251235")
    new = new.replace("法定办结时限:\n  时限: 20", "法定办结时限:\n  时限: 25")
    result = review(tmp_path, new)
    assert result.verdict.burden == "加重" and result.verdict.heavier == 2 and result.verdict.lighter == 0
    assert [c.kind for c in result.verdict.reasons] == [
        "visits-changed",
        "time-limit-changed",
        "contact-changed",
    ]
    assert result.verdict.headline == "申请人负担：加重（2 处加重）"


def test_a_lighter_change_and_no_change(tmp_path):
    lighter = review(tmp_path, OLD.replace(POWER_OF_ATTORNEY, ""))
    assert lighter.verdict.burden == "减轻" and [c.kind for c in lighter.verdict.reasons] == [
        "material-removed"
    ]
    assert review(tmp_path, OLD).verdict.headline == "申请人负担：不变"


def test_a_removed_condition_is_lighter_unless_it_shuts_applicants_out():
    dropped = Change(
        "condition-removed", "删除受理条件「甲」：申请人不再需要满足该条件", 3, {"condition": "甲"}
    )
    shut = Change(
        "condition-removed", "删除受理条件「持乙证的」：持乙证的申请人将无法办理", 3, {"condition": "乙"}
    )
    assert weight(dropped) < 0 < weight(shut)
    assert judge([dropped, shut]).burden == "加重"  # as much lighter as heavier: someone carries more


def test_a_new_guide_is_reviewed_against_nothing(tmp_path):
    path = tmp_path / "guide.yaml"
    path.write_text(OLD.replace("是否收费: 否", "是否收费: 是"), encoding="utf-8")
    result = run_review(ABSENT, str(path), Config())
    assert [c.kind for c in result.changes] == ["item-added"]
    assert (
        "申请人需准备 4 项材料（其中必要 3 项）、满足 2 项受理条件、到现场 0 次" in result.changes[0].message
    )
    assert result.verdict.burden == "新发布" and result.verdict.headline == "申请人负担：新发布"
    assert "fee-incomplete" in [f.rule for f in result.findings]  # all of NEW's findings are new
    assert result.changed_lines == list(range(1, len(OLD.splitlines()) + 1))
    assert result.item["实施编码"] == "11110105000036571G1000125008"


def test_a_deleted_guide_has_no_findings_and_says_what_applicants_lose(tmp_path):
    path = tmp_path / "guide.yaml"
    path.write_text(OLD.replace("是否收费: 否", "是否收费: 是"), encoding="utf-8")
    result = run_review(str(path), ABSENT, Config())
    assert [c.kind for c in result.changes] == ["item-removed"] and "查不到该事项" in result.changes[
        0
    ].message
    assert result.findings == [] and "fee-incomplete" in [f.rule for f in result.resolved]
    assert result.verdict.burden == "已删除" and result.title == "公共场所卫生许可（新办）"
    text = render_text(result, {})
    assert f"  {path}: 删除办事指南" in text and ":0:" not in text  # no line of a file that is gone
    assert "| — | 删除 |" in render_markdown(result, {})


def test_different_items_are_warned_about(tmp_path):
    other = OLD.replace("11110105000036571G1000125008", "11110105000036571G1000199001").replace(
        "事项名称: 公共场所卫生许可（新办）", "事项名称: 公共场所卫生许可（延续）"
    )
    result = review(tmp_path, other)
    [note] = result.notes
    assert note.startswith("注意：OLD 和 NEW 可能不是同一事项")
    assert "实施编码「11110105000036571G1000125008」→「11110105000036571G1000199001」" in note
    assert "事项名称「公共场所卫生许可（新办）」→「公共场所卫生许可（延续）」" in note
    assert review(tmp_path, OLD).notes == []


def test_a_checklist_change_says_what_the_window_now_demands_that_the_guide_does_not(tmp_path):
    demanding = CHECKLIST + (
        "  - 材料名称: 纳税记录\n    原件份数: 1\n    复印件份数: 0\n受理前核验:\n  - 申请人无欠税记录\n"
    )
    for folder, checklist in (("old", CHECKLIST), ("new", demanding)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "guide.yaml").write_text(OLD, encoding="utf-8")
        (tmp_path / folder / "checklist.yaml").write_text(checklist, encoding="utf-8")
    result = run_review(
        str(tmp_path / "old" / "checklist.yaml"), str(tmp_path / "new" / "checklist.yaml"), Config()
    )
    assert result.kind == "checklist" and result.item["窗口"] == "朝阳区政务服务中心二层卫生健康窗口"
    assert kinds(result.changes) == ["window-material-added", "window-check-added"]
    assert result.changes[0].message == "窗口新增收取「纳税记录」（原件 1 份）：申请人需多带这份材料"
    assert sorted(f.rule for f in result.findings) == [
        "checklist-unpublished-condition", "checklist-unpublished-material",
    ]  # fmt: skip
    assert result.verdict.burden == "加重"


def test_cli_review_of_a_new_guide_and_of_a_renamed_one(repo):
    new = repo / "guides/朝阳区/公共场所卫生许可（延续）/guide.yaml"
    new.parent.mkdir()
    new.write_text(OLD, encoding="utf-8")
    added = run("review", "--new", str(new.relative_to(repo)), "--format", "json", cwd=repo)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["verdict"]["burden"] == "新发布"
    same = run("review", "--format", "json", os.devnull, str(new.relative_to(repo)), cwd=repo)
    assert json.loads(same.stdout)["changes"] == json.loads(added.stdout)["changes"]
    moved = "guides/朝阳区/卫生许可/guide.yaml"
    subprocess.run(
        ["git", "mv", "guides/朝阳区/公共场所卫生许可", "guides/朝阳区/卫生许可"], cwd=repo, check=True
    )
    result = run("review", f"HEAD:{GUIDE}", moved, cwd=repo)
    assert result.returncode == 0, result.stderr
    assert f"文件由「{GUIDE}」移动或改名为「{moved}」，按同一事项比较" in result.stdout
    assert "申请人负担：不变" in result.stdout and "本次修改没有引入新的问题。" in result.stdout


def test_every_format_puts_the_verdict_first(tmp_path):
    from checker.report.review_formats import render

    result = review(tmp_path, OLD.replace("到现场次数: 0", "到现场次数: 1"))
    text = render(result, {}, "text").splitlines()
    assert text[2] == "申请人负担：加重（1 处加重）" and text[3].startswith(
        "  1. 到现场次数由 0 次增加为 1 次"
    )
    markdown = render(result, {}, "markdown")
    assert markdown.index("**申请人负担：加重（1 处加重）**") < markdown.index("#### 对申请人的影响")
    data = json.loads(render(result, {}, "json"))
    assert next(iter(data)) == "verdict" and data["verdict"]["reasons"][0]["kind"] == "visits-changed"
    html = render(result, {}, "html")
    assert html.index('id="verdict"') < html.index('id="changes"') < html.index('id="findings"')


def test_removing_an_alternative_shuts_applicants_out(tmp_path):
    old = OLD.replace(
        "  - 申请人已取得营业执照，经营场所位于朝阳区\n",
        "  - 申请人具有本市户籍，或持有《北京市居住证》\n",
    )
    changes = review(
        tmp_path,
        OLD.replace("  - 申请人已取得营业执照，经营场所位于朝阳区\n", "  - 申请人具有本市户籍\n"),
        old,
    ).changes
    (edited,) = [c for c in changes if c.kind == "condition-changed"]
    assert "删去了可选条件「持有《北京市居住证》」" in edited.message and "拒之门外" in edited.message
    assert "不再需要" not in edited.message
    assert weight(edited) > 0  # the verdict counts it as heavier


def test_removing_an_item_of_a_list_of_alternatives_shuts_applicants_out(tmp_path):
    header = "  - 符合下列条件之一：\n  - 有合法稳定就业\n  - 有合法稳定住所\n"
    old = OLD.replace("  - 申请人已取得营业执照，经营场所位于朝阳区\n", header)
    new = old.replace("  - 有合法稳定住所\n", "")
    (removed,) = [c for c in review(tmp_path, new, old).changes if c.kind == "condition-removed"]
    assert (
        removed.message
        == "删除可选条件「有合法稳定住所」：原本凭这一条件即可办理的申请人将被拒之门外，无法再办理"
    )
    assert weight(removed) > 0
    # a condition demanded of everyone: removing it spares applicants
    plain_old = OLD
    plain_new = OLD.replace("  - 申请人已取得营业执照，经营场所位于朝阳区\n", "")
    (removed,) = [c for c in review(tmp_path, plain_new, plain_old).changes if c.kind == "condition-removed"]
    assert "申请人不再需要满足该条件" in removed.message
