"""A fourth labelled set of guide/checklist pairs, for items the earlier sets lack.

Thirty-two items (养老待遇领取, 失业保险金, 工伤认定, 补贴, 住房, 落户, 档案, 贷款, 资助, 认定, 城管, 园林,
林地, 社会组织, 教育, 卫生, 药监, 应急, 公安 …), each labelled from SPEC.md alone with the pair
rules it should raise. Window habits: abbreviations (身份证, 户口本, 执照), counts in names
(复印件2份), merged rows, routine review points (原件核对后退还) next to real ones, conditions
only the window verifies, exemptions the window ignores, narrower accepted documents and more
copies than published.

First run against the unchanged code (2026-11-27), 32 cases, 15 of them clean; per rule the cases
expected to raise it / that raised it / false positives / misses:

    checklist-unpublished-material       3 / 6 / 3 / 0
    checklist-narrower-material          3 / 1 / 0 / 2
    checklist-unpublished-condition      3 / 3 / 0 / 0
    checklist-unpublished-requirement    3 / 4 / 1 / 0
    checklist-quantity-mismatch          2 / 2 / 0 / 0
    checklist-ignores-exemption          2 / 2 / 0 / 0
    guide-unchecked-material             3 / 6 / 3 / 0

4 of the 32 cases got a different set of findings than labelled: 从业人员健康合格证明 not read as
健康证明 (public-place-clean); 房屋租赁合同 at the window not read as the "租赁合同" the guide's
受理标准 offer (fireworks-narrower); archive-narrower and tutoring-narrower (below). No label was
changed after the run.

After the fixes (same date), 32 cases, 15 clean; 2 cases wrong:

    checklist-unpublished-material       3 / 4 / 1 / 0
    checklist-narrower-material          3 / 2 / 0 / 1
    checklist-unpublished-requirement    3 / 4 / 1 / 0
    guide-unchecked-material             3 / 4 / 1 / 0

(the other rules as before). Left as they are (RESIDUAL, expected to fail): a review point that
only restates the narrower document ("仅收居民身份证") is also an unpublished requirement; the
window's 房屋产权证书 does not pair with a guide material named outside the glossary whose 受理标准
offer 房屋产权证明. Also not fixed: two window rows that each take one alternative of such a
material's 受理标准 ("不动产权证书", "房屋租赁合同") pair with nothing.

Run ``python -m pytest -q -s tests/test_checklists_fourth_set.py -k figures`` for the figures.
"""

from __future__ import annotations

import pytest

from tests.test_checklists_third_set import C, Case, figures, g, raised, w

UNPUBLISHED = "checklist-unpublished-material"
NARROWER = "checklist-narrower-material"
CONDITION = "checklist-unpublished-condition"
REQUIREMENT = "checklist-unpublished-requirement"
QUANTITY = "checklist-quantity-mismatch"
EXEMPTION = "checklist-ignores-exemption"
UNCHECKED = "guide-unchecked-material"

ID = "居民身份证"
LICENCE = "营业执照"
SHARED = "通过数据共享获取，申请人无需提交"


CASES: list[Case] = [
    # ── clean ──
    C(
        "pension-clean",
        "城乡居民养老保险待遇领取",
        [g(ID), g("居民户口簿"), g("城乡居民基本养老保险待遇领取申请表")],
        [w("身份证"), w("户口本"), w("待遇领取申请表")],
        conditions=["参加城乡居民基本养老保险且年满60周岁", "累计缴费满15年"],
    ),
    C(
        "unemployment-clean",
        "失业保险金申领",
        [g(ID), g("解除或终止劳动关系证明", standard="加盖用人单位公章")],
        [w("身份证"), w("解除或终止劳动关系证明", points="加盖用人单位公章")],
        conditions=["非因本人意愿中断就业", "已办理失业登记并有求职要求"],
    ),
    C(
        "injury-clean",
        "工伤认定",
        [
            g("工伤认定申请表"),
            g("劳动合同", 0, 1),
            g("医疗诊断证明", 1, 1, standard="医疗机构出具的初诊诊断证明书"),
        ],
        [
            w("工伤认定申请表"),
            w("劳动合同复印件", 0, 1),
            w("医疗诊断证明", 1, 1, points="医疗机构出具的初诊诊断证明书"),
        ],
        conditions=["职工发生事故伤害之日起30日内由用人单位提出申请"],
    ),
    C(
        "training-clean",
        "职业培训补贴",
        [g("职业培训补贴申请表"), g(ID, 0, 1), g("职业资格证书", 0, 1), g("社会保障卡", 0, 1)],
        [
            w("职业培训补贴申请表"),
            w("身份证复印件", 0, 1),
            w("职业资格证书复印件", 0, 1),
            w("社保卡复印件", 0, 1),
        ],
    ),
    C(
        "stable-jobs-clean",
        "稳岗返还",
        [g("稳岗返还申请表"), g(LICENCE, 0, 1, exempt=SHARED)],
        [w("稳岗返还申请表")],
        conditions=["上年度未裁员或裁员率不高于全国城镇调查失业率控制目标"],
    ),
    C(
        "rent-subsidy-clean",
        "住房租赁补贴",
        [g("住房租赁补贴申请表"), g(ID), g("居民户口簿"), g("房屋租赁合同", 1, 1)],
        [w("住房租赁补贴申请表"), w("身份证、户口本"), w("房屋租赁合同", 1, 1, points="原件核对后退还")],
        conditions=["家庭人均收入符合本市公共租赁住房保障标准", "申请人在本市无自有住房"],
    ),
    C(
        "public-rental-clean",
        "公租房配租",
        [g("公共租赁住房配租确认书"), g(ID)],
        [w("配租确认书"), w("身份证")],
        conditions=["已取得公共租赁住房备案资格"],
        checks=["已取得公共租赁住房备案资格"],
    ),
    C(
        "newborn-clean",
        "新生儿落户",
        [g("出生医学证明"), g("父母居民户口簿"), g("父母居民身份证"), g("结婚证")],
        [w("出生医学证明"), w("父母户口本"), w("父母身份证"), w("结婚证", points="原件核验后退还")],
        conditions=["新生儿父母一方为本市户籍"],
    ),
    C(
        "loan-clean",
        "小微企业创业担保贷款",
        [g("创业担保贷款申请书"), g(LICENCE, 0, 1), g("法定代表人居民身份证", 0, 1)],
        [w("创业担保贷款申请书"), w("营业执照复印件", 0, 1), w("法人身份证复印件", 0, 1)],
        conditions=["小微企业当年新招用符合条件人员达到职工总数的15%"],
    ),
    C(
        "patent-clean",
        "专利资助",
        [g("专利资助申请表"), g("专利证书", 0, 1), g("专利费用缴纳票据", 0, 1)],
        [w("专利资助申请表"), w("专利证书复印件", 0, 1), w("专利费用缴纳票据复印件", 0, 1)],
    ),
    C(
        "tree-move-clean",
        "绿化迁移",
        [g("树木移植申请书"), g("树木移植方案", standard="注明树种、数量、胸径和移植地点")],
        [w("树木移植申请书"), w("移植方案", points="注明树种、数量、胸径和移植地点")],
    ),
    C(
        "foundation-change-clean",
        "基金会变更",
        [g("基金会变更登记申请书"), g("理事会决议", standard="经出席理事表决通过并签字")],
        [w("变更登记申请书"), w("理事会决议", points="经出席理事表决通过并签字")],
    ),
    C(
        "childcare-clean",
        "托育机构备案",
        [g("托育机构备案书"), g("托育机构营业执照", 0, 1), g("房屋产权证明或租赁合同", 0, 1)],
        [w("托育机构备案书"), w("营业执照复印件", 0, 1), w("房屋产权证明或租赁合同复印件", 0, 1)],
    ),
    C(
        "public-place-clean",
        "公共场所卫生许可",
        [g("公共场所卫生许可申请书"), g("卫生管理制度"), g("从业人员健康合格证明", 0, 1)],
        [w("卫生许可申请书"), w("卫生管理制度"), w("从业人员健康证明复印件", 0, 1)],
    ),
    C(
        "dog-clean",
        "犬只登记",
        [g("犬只狂犬病免疫证明"), g(ID)],
        [w("免疫证明"), w("身份证")],
        conditions=["每户限养一只犬", "犬只已接种狂犬病疫苗"],
        checks=["犬只已接种狂犬病疫苗"],
    ),
    # ── must flag ──
    C(
        "unemployment-extra",
        "失业保险金申领",
        [g(ID), g("解除或终止劳动关系证明")],
        [w("身份证"), w("解除劳动关系证明"), w("失业登记证", 1, 1)],
        expect=[UNPUBLISHED],
    ),
    C(
        "injury-copies",
        "工伤认定",
        [g("工伤认定申请表"), g("劳动合同", 0, 1)],
        [w("工伤认定申请表", 2), w("劳动合同复印件2份", 0, 2)],
        expect=[QUANTITY],
    ),
    C(
        "shared-ownership-condition",
        "共有产权房",
        [g("共有产权住房购房申请表"), g(ID)],
        [w("购房申请表"), w("身份证")],
        conditions=["申请家庭成员在本市无住房"],
        checks=["申请人在本市连续缴纳社会保险满5年"],
        expect=[CONDITION],
    ),
    C(
        "archive-narrower",
        "流动人员档案",
        [g("档案转递申请表"), g("身份证明", standard="居民身份证、护照或港澳台居民居住证")],
        [w("档案转递申请表"), w("身份证", points="仅收居民身份证")],
        expect=[NARROWER],
    ),
    C(
        "high-tech-requirement",
        "高新技术企业认定",
        [g("高新技术企业认定申请书"), g("年度财务会计报告", 0, 1)],
        [
            w("认定申请书"),
            w("财务会计报告复印件", 0, 1, points="须经具有资质的中介机构审计并出具审计报告"),
        ],
        expect=[REQUIREMENT],
    ),
    C(
        "construction-waste-exempt",
        "建筑垃圾消纳",
        [g("建筑垃圾消纳申请表"), g("建设工程规划许可证", 0, 1, source="政府部门核发", exempt=SHARED)],
        [w("消纳申请表"), w("规划许可证复印件", 0, 1)],
        expect=[EXEMPTION],
    ),
    C(
        "road-dig-unchecked",
        "城市道路挖掘",
        [g("城市道路挖掘申请表"), g("施工方案"), g("交通疏导方案")],
        [w("挖掘申请表"), w("施工方案")],
        expect=[UNCHECKED],
    ),
    C(
        "forest-land-extra",
        "临时占用林地",
        [g("使用林地申请表"), g("使用林地可行性报告")],
        [w("使用林地申请表"), w("可行性报告"), w("林地现状调查表")],
        expect=[UNPUBLISHED],
    ),
    C(
        "religious-condition",
        "宗教活动场所",
        [g("宗教活动场所设立申请书"), g("拟设立地乡级人民政府意见")],
        [w("设立申请书"), w("乡级人民政府意见")],
        conditions=["当地信教公民有经常进行集体宗教活动的需要"],
        checks=["当地信教公民有经常进行集体宗教活动的需要", "拟主持宗教活动的人员已备案"],
        expect=[CONDITION],
    ),
    C(
        "society-copies",
        "社会团体成立",
        [g("社会团体成立登记申请书"), g("章程草案"), g("验资报告", 0, 1)],
        [w("成立登记申请书"), w("章程草案"), w("验资报告复印件", 0, 3)],
        expect=[QUANTITY],
    ),
    C(
        "tutoring-narrower",
        "校外培训机构",
        [g("办学许可申请书"), g("场地使用证明", standard="房屋产权证明或租赁合同")],
        [w("办学许可申请书"), w("房屋产权证书")],
        expect=[NARROWER],
    ),
    C(
        "medical-setting-requirement",
        "医疗机构设置",
        [g("设置医疗机构申请书"), g("设置可行性研究报告")],
        [
            w("设置申请书"),
            w("可行性研究报告", points=["原件核对后退还", "须附选址周边500米内医疗机构分布图"]),
        ],
        expect=[REQUIREMENT],
    ),
    C(
        "radiation-merged-missing",
        "放射诊疗许可",
        [
            g("放射诊疗许可申请表"),
            g("医疗机构执业许可证", 0, 1),
            g("放射防护评价报告"),
            g("放射工作人员个人剂量监测报告"),
        ],
        [w("许可申请表"), w("执业许可证复印件", 0, 1), w("放射防护评价报告")],
        expect=[UNCHECKED],
    ),
    C(
        "device-exempt",
        "二类医疗器械经营备案",
        [g("第二类医疗器械经营备案表"), g(LICENCE, 0, 1, source="政府部门核发", exempt=SHARED)],
        [w("经营备案表"), w("营业执照复印件", 0, 1)],
        expect=[EXEMPTION],
    ),
    C(
        "hazchem-extra-and-condition",
        "危险化学品经营",
        [g("危险化学品经营许可证申请书"), g("安全评价报告")],
        [w("经营许可证申请书"), w("安全评价报告"), w("消防验收意见书", 0, 1)],
        checks=["主要负责人取得安全生产知识和管理能力考核合格证"],
        expect=[UNPUBLISHED, CONDITION],
    ),
    C(
        "fireworks-narrower",
        "烟花爆竹零售",
        [g("烟花爆竹零售许可申请书"), g("零售场所使用证明", standard="房屋产权证明、租赁合同或无偿使用证明")],
        [w("零售许可申请书"), w("房屋租赁合同")],
        expect=[NARROWER],
    ),
    C(
        "mass-event-requirement-unchecked",
        "大型群众性活动",
        [g("大型群众性活动安全许可申请表"), g("安全工作方案"), g("场所管理者同意使用证明")],
        [w("安全许可申请表"), w("安全工作方案", points="须附应急疏散示意图")],
        expect=[REQUIREMENT, UNCHECKED],
    ),
]

# Cases the pairing still gets wrong, with the reason.
RESIDUAL = {
    "archive-narrower": "a review point that only restates the narrower document (仅收居民身份证) is also "
    "reported as an unpublished requirement",
    "tutoring-narrower": "房屋产权证书 at the window does not pair with a guide material named outside the "
    "glossary whose 受理标准 offer 房屋产权证明",
}


def test_set_is_large_and_about_half_clean():
    assert len(CASES) >= 30
    assert len({c.id for c in CASES}) == len(CASES)
    clean = sum(not c.expect for c in CASES)
    assert 0.35 <= clean / len(CASES) <= 0.65


def test_figures():
    table = figures(CASES)
    print()
    for rule, row in table.items():
        print(f"{rule:36} {row}")
    wrong = 0
    for case in CASES:
        got = raised(case)
        if got != case.expect:
            wrong += 1
            print(f"  {case.id}: expected {sorted(case.expect)} got {sorted(got)}")
    print(f"{wrong} of {len(CASES)} cases wrong")
    assert wrong == len(RESIDUAL)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=RESIDUAL[c.id], strict=True))
        if c.id in RESIDUAL
        else c
        for c in CASES
    ],
    ids=lambda c: c.id,
)
def test_case(case: Case):
    assert raised(case) == case.expect


# ── the fixes: what they must pair, and what they must still flag ──


def test_the_health_certificate_of_public_places_is_the_health_certificate():
    case = C("health-pair", "公共场所卫生许可", [g("从业人员健康合格证明", 0, 1)], [w("健康证复印件", 0, 1)])
    assert raised(case) == frozenset()
    more = C("health-copies", "公共场所卫生许可", [g("健康合格证明", 0, 1)], [w("健康证复印件", 0, 2)])
    assert raised(more) == {QUANTITY}
    other = C("health-other", "公共场所卫生许可", [g("健康合格证明", 0, 1)], [w("培训合格证明", 0, 1)])
    assert raised(other) == {UNPUBLISHED, UNCHECKED}


def test_a_document_offered_by_its_shortened_name_in_the_standard():
    """房屋租赁合同 at the window pairs with "租赁合同" in the standard (and is narrower than both
    alternatives); 场地租赁合同 is another document."""
    standard = "不动产权证书或租赁合同"
    one = C("offer-one", "烟花爆竹零售", [g("零售场所使用证明", standard=standard)], [w("房屋租赁合同")])
    assert raised(one) == {NARROWER}
    other = C(
        "offer-other",
        "烟花爆竹零售",
        [g("零售场所使用证明", standard="不动产权证书或场地租赁合同")],
        [w("房屋租赁合同")],
    )
    assert raised(other) == {UNPUBLISHED, UNCHECKED}
