"""Pair and corpus rules: each seed case with the guide's and the checklist's lines, and the
look-alikes that must stay clean."""

from __future__ import annotations

from checker.config import Config
from checker.examples import materialize
from checker.pairing import alignment
from checker.rules import divergent_standard
from tests.conftest import lint

PAIR_RULES = (
    "checklist-unpublished-material",
    "checklist-narrower-material",
    "checklist-unpublished-condition",
    "checklist-unpublished-requirement",
    "checklist-quantity-mismatch",
    "checklist-ignores-exemption",
    "guide-unchecked-material",
)


def material(name: str, originals: int = 1, copies: int = 1, extra: str = "") -> str:
    return (
        f"  - 材料名称: {name}\n    原件份数: {originals}\n    复印件份数: {copies}\n    载体: 纸质\n"
        f"    来源渠道: 申请人自备\n    必要性: 必要\n{extra}"
    )


def window(name: str, originals: int = 1, copies: int = 1, extra: str = "") -> str:
    return f"  - 材料名称: {name}\n    原件份数: {originals}\n    复印件份数: {copies}\n{extra}"


def pair_findings(guide: str, checklist: str, config: Config | None = None):
    files = materialize({"guide.yaml": guide, "checklist.yaml": checklist}, raw=False)
    return [f for f in lint(files, config) if f.rule in PAIR_RULES]


def summary(findings) -> list[tuple[str, str, int]]:
    return sorted((f.rule, f.path, f.line) for f in findings)


# ── the seed cases ────────────────────────────────────────────────────────────


def test_tax_record_collected_but_not_published():
    guide = "申请材料:\n" + material("居民身份证") + material("劳动合同")
    checklist = "收件材料:\n" + window("居民身份证") + window("劳动合同") + window("纳税记录", 1, 0)
    (finding,) = pair_findings(guide, checklist)
    assert (finding.rule, finding.path, finding.line) == (
        "checklist-unpublished-material",
        "checklist.yaml",
        8,
    )
    assert "纳税记录" in finding.message and finding.severity == "error"
    assert [(r.path, r.line) for r in finding.related] == [("guide.yaml", 1)]


def test_identity_proof_in_the_guide_and_identity_card_at_the_window():
    guide = "申请材料:\n" + material("身份证明")
    checklist = "收件材料:\n" + window("居民身份证")
    (finding,) = pair_findings(guide, checklist)
    assert (finding.rule, finding.path, finding.line) == ("checklist-narrower-material", "checklist.yaml", 2)
    assert "护照" in finding.message and "写明只收居民身份证" in finding.message
    assert [(r.path, r.line) for r in finding.related] == [("guide.yaml", 2)]


def test_enumerating_guide_and_window_accepting_both_are_clean():
    guide = "申请材料:\n" + material("身份证明（居民身份证或临时居民身份证）")
    checklist = "收件材料:\n" + window("居民身份证", extra="    审查要点: 居民身份证或临时居民身份证均可\n")
    assert pair_findings(guide, checklist) == []


def test_condition_verified_only_at_the_window():
    checklist = "受理前核验:\n  - 残疾职工的工资与社会保险由同一用人单位发放和缴纳\n"
    (finding,) = pair_findings("", checklist)
    assert (finding.rule, finding.path, finding.line) == (
        "checklist-unpublished-condition",
        "checklist.yaml",
        2,
    )
    assert finding.related[0].path == "guide.yaml"


def test_paraphrased_condition_is_stated():
    guide = "受理条件:\n  - 申请家庭成员名下均无本市登记的小客车\n"
    checklist = "受理前核验:\n  - 主申请人名下无本市登记的小客车\n"
    assert pair_findings(guide, checklist) == []


def test_two_copies_at_the_window_one_in_the_guide():
    guide = "申请材料:\n" + material("劳动合同", 1, 1)
    checklist = "收件材料:\n" + window("劳动合同", 1, 2)
    (finding,) = pair_findings(guide, checklist)
    assert (finding.rule, finding.severity, finding.line) == ("checklist-quantity-mismatch", "error", 4)
    assert [(r.path, r.line) for r in finding.related] == [("guide.yaml", 4)]
    assert "复印件2份（指南1份）" in finding.message


def test_fewer_copies_at_the_window_is_a_warning_and_configuration_still_wins():
    guide = "申请材料:\n" + material("劳动合同", 1, 2)
    checklist = "收件材料:\n" + window("劳动合同", 1, 1)
    (finding,) = pair_findings(guide, checklist)
    assert (finding.rule, finding.severity) == ("checklist-quantity-mismatch", "warning")
    config = Config(severity={"checklist-quantity-mismatch": "info"})
    assert [f.severity for f in pair_findings(guide, checklist, config)] == ["info"]


def test_more_and_fewer_at_once_is_an_error():
    guide = "申请材料:\n" + material("劳动合同", 1, 2)
    checklist = "收件材料:\n" + window("劳动合同", 2, 1)
    (finding,) = pair_findings(guide, checklist)
    assert finding.severity == "error" and finding.line == 3


# ── review points ─────────────────────────────────────────────────────────────


def test_unpublished_review_point_is_reported_at_its_line():
    guide = "申请材料:\n" + material("居民身份证", extra="    受理标准: 在有效期内\n")
    points = "    审查要点:\n      - 在有效期内\n      - 复印件正反面复印在同一张A4纸上\n"
    (finding,) = pair_findings(guide, "收件材料:\n" + window("居民身份证", extra=points))
    assert (finding.rule, finding.line, finding.severity) == (
        "checklist-unpublished-requirement",
        7,
        "warning",
    )
    assert "A4" in finding.message and "在有效期内" not in finding.message
    assert [(r.path, r.line) for r in finding.related] == [("guide.yaml", 8)]


def test_paraphrased_review_point_is_stated():
    guide = "申请材料:\n" + material("劳动合同", extra="    填报须知: 复印件加盖用人单位公章\n")
    checklist = "收件材料:\n" + window("劳动合同", extra="    审查要点: 复印件需加盖单位公章\n")
    assert pair_findings(guide, checklist) == []


# ── exemptions ────────────────────────────────────────────────────────────────


def test_unconditional_exemption_collected_at_the_window():
    guide = "申请材料:\n" + material("居民户口簿", 1, 2, "    免提交: 通过数据共享获取，申请人无需提交\n")
    checklist = "收件材料:\n" + window("户口本", 1, 1)
    (finding,) = pair_findings(guide, checklist)  # no quantity finding besides it
    assert (finding.rule, finding.line) == ("checklist-ignores-exemption", 2)
    assert [(r.path, r.line) for r in finding.related] == [("guide.yaml", 8)]


def test_conditional_exemption_may_be_collected():
    guide = "申请材料:\n" + material(
        "营业执照", extra="    免提交: 已领取电子营业执照的，通过电子证照库调取\n"
    )
    checklist = "收件材料:\n" + window("营业执照副本复印件")
    assert pair_findings(guide, checklist) == []


def test_unconditionally_exempt_material_is_not_demanded():
    exempt = material("居民户口簿", extra="    免提交: 通过数据共享获取，申请人无需提交\n")
    guide = "申请材料:\n" + exempt + material("劳动合同")
    assert pair_findings(guide, "收件材料:\n" + window("劳动合同")) == []


# ── guide materials the window does not collect ──────────────────────────────


def test_guide_material_not_collected_is_reported_at_the_guide():
    guide = "申请材料:\n" + material("居民身份证") + material("劳动合同")
    (finding,) = pair_findings(guide, "收件材料:\n" + window("居民身份证"))
    assert (finding.rule, finding.path, finding.line) == ("guide-unchecked-material", "guide.yaml", 8)
    assert [(r.path, r.line) for r in finding.related] == [("checklist.yaml", 1)]


def test_optional_material_not_collected_says_when_it_applies():
    optional = (
        material("授权委托书").replace("必要性: 必要", "必要性: 非必要") + "    适用情形: 委托他人办理的\n"
    )
    guide = "申请材料:\n" + material("居民身份证") + optional
    (finding,) = pair_findings(guide, "收件材料:\n" + window("居民身份证"))
    assert finding.rule == "guide-unchecked-material"
    assert "非必要" in finding.message and "委托他人办理的" in finding.message


# ── look-alikes ───────────────────────────────────────────────────────────────


def test_look_alikes_pair_cleanly():
    names = [
        ("营业执照（副本）", "营业执照副本复印件"),
        ("毕业证书", "高等学校毕业证书"),
        ("残疾人证", "《中华人民共和国残疾人证》"),
        ("居民身份证", "身份证"),
    ]
    guide = "申请材料:\n" + "".join(material(g) for g, _ in names)
    checklist = "收件材料:\n" + "".join(window(w) for _, w in names)
    assert pair_findings(guide, checklist) == []


def test_different_documents_do_not_pair():
    guide = "申请材料:\n" + material("居民户口簿") + material("结婚证")
    checklist = "收件材料:\n" + window("居民身份证") + window("离婚证")
    assert summary(pair_findings(guide, checklist)) == [
        ("checklist-unpublished-material", "checklist.yaml", 2),
        ("checklist-unpublished-material", "checklist.yaml", 5),
        ("guide-unchecked-material", "guide.yaml", 2),
        ("guide-unchecked-material", "guide.yaml", 8),
    ]


def test_pairing_by_code_wherever_the_files_lie():
    files = materialize(
        {
            "指南/guide.yaml": "",
            "窗口/清单/checklist.yaml": "收件材料:\n" + window("居民身份证") + window("纳税记录"),
        },
        raw=False,
    )
    found = lint(files, rule="checklist-unpublished-material")
    assert [(f.path, f.line) for f in found] == [("窗口/清单/checklist.yaml", 5)]


def test_alignment_is_computed_once_per_pair(monkeypatch):
    calls = []
    original = alignment.align_materials
    monkeypatch.setattr(alignment, "align_materials", lambda *a: calls.append(1) or original(*a))
    files = materialize(
        {"a/guide.yaml": "", "a/checklist.yaml": "", "b/checklist.yaml": "窗口: 2号窗口\n"}, False
    )
    lint(files)
    assert len(calls) == 2  # two pairs, seven pair rules


# ── divergent-standard ───────────────────────────────────────────────────────


def district(name: str, number: int, extra: str = "") -> str:
    return f"行政区划: 北京市{name}\n实施编码: 1111{number:04d}MB0000001X4000117001\n{extra}"


def test_one_district_against_the_majority():
    tax = "申请材料:\n" + material("居民身份证") + material("劳动合同") + material("纳税记录")
    files = {
        "朝阳区/guide.yaml": district("朝阳区", 105),
        "海淀区/guide.yaml": district("海淀区", 108),
        "大兴区/guide.yaml": district("大兴区", 115, tax + "承诺办结时限:\n  时限: 15\n  单位: 工作日\n"),
    }
    (finding,) = lint(materialize(files, False), rule="divergent-standard")
    line = files["大兴区/guide.yaml"].splitlines().index("  - 材料名称: 纳税记录") + 1
    assert (finding.path, finding.line) == ("大兴区/guide.yaml", line)  # the extra material's name
    assert "大兴区" in finding.message and "纳税记录" in finding.message
    assert "15个工作日" in finding.message and "朝阳区、海淀区为10个工作日" in finding.message
    assert {r.path for r in finding.related} == {"朝阳区/guide.yaml", "海淀区/guide.yaml"}


def test_two_districts_differing_are_both_reported():
    files = {
        "朝阳区/guide.yaml": district(
            "朝阳区", 105, "是否收费: 是\n收费标准: 每件10元\n收费依据: 京价〔2020〕1号\n"
        ),
        "海淀区/guide.yaml": district("海淀区", 108),
    }
    found = lint(materialize(files, False), rule="divergent-standard")
    assert sorted(f.path for f in found) == ["朝阳区/guide.yaml", "海淀区/guide.yaml"]
    assert all("收费" in f.message for f in found)


def test_paraphrased_materials_and_conditions_across_districts_agree():
    same = "受理条件:\n  - 申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同\n"
    reworded = "受理条件:\n  - 申请人与本市用人单位签订1年以上劳动合同，并在本市用人单位工作\n"
    files = {
        "朝阳区/guide.yaml": district("朝阳区", 105, same),
        "海淀区/guide.yaml": district(
            "海淀区", 108, reworded + "申请材料:\n" + material("身份证复印件") + material("劳动合同书")
        ),
    }
    assert lint(materialize(files, False), rule="divergent-standard") == []


def test_guides_are_compared_only_within_their_basic_code(monkeypatch):
    compared = []
    original = divergent_standard.same_material
    monkeypatch.setattr(divergent_standard, "same_material", lambda *a: compared.append(1) or original(*a))
    files = {f"区{i}/guide.yaml": district(f"区{i}", i, f'基本编码: "{i:012d}"\n') for i in range(1, 30)}
    assert lint(materialize(files, False), rule="divergent-standard") == []
    assert compared == []


def test_each_window_of_an_item_may_keep_its_own_checklist():
    from checker.examples import BASE_CHECKLIST, BASE_GUIDE

    street = BASE_CHECKLIST.replace("窗口: 综合受理窗口3号", "窗口: 八角街道政务服务中心2号窗口")
    files = {"a/guide.yaml": BASE_GUIDE, "a/checklist.yaml": BASE_CHECKLIST, "a/街道.checklist.yaml": street}
    assert lint(files, rule="duplicate-code") == []
    same_window = {**files, "a/副本.checklist.yaml": BASE_CHECKLIST}  # a copy-paste slip
    [finding] = lint(same_window, rule="duplicate-code")
    assert "收件清单" in finding.message
    elsewhere = {**files, "b/checklist.yaml": street.replace("八角街道", "古城街道")}  # another item's folder
    assert len(lint(elsewhere, rule="duplicate-code")) == 2
