"""Seeded generator of realistic corpora: guides and checklists in SPEC's format.

Items repeat across the 16 districts (one 基本编码, one 实施编码 per district), and about a
fifth of them carry defects of every rule family: umbrella terms, catch-all clauses, vague wording, variant names,
incomplete materials, inconsistent time limits, fees, contacts, presence, and window checklists
that demand more than the guide publishes.

    python benchmarks/generate.py OUT_DIR --items 4000 --seed 7
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

DISTRICTS = [
    "东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区",
    "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区",
]  # fmt: skip
ITEMS = [
    ("北京市工作居住证办理", "人力资源和社会保障局", "行政确认"),
    ("最低生活保障审批", "民政局", "行政给付"),
    ("残疾人就业保障金减免", "残疾人联合会", "行政给付"),
    ("公司变更登记", "市场监督管理局", "行政许可"),
    ("食品经营许可", "市场监督管理局", "行政许可"),
    ("城乡居民基本养老保险参保登记", "人力资源和社会保障局", "公共服务"),
    ("再生育审批", "卫生健康委员会", "行政确认"),
    ("小客车指标家庭申请", "交通委员会", "公共服务"),
    ("临时救助审批", "民政局", "行政给付"),
    ("建设工程规划许可", "规划和自然资源分局", "行政许可"),
]
CLEAN_MATERIALS = [
    ("居民身份证", "政府部门核发", "本人有效期内的居民身份证", "通过电子证照库调取，申请人无需提交"),
    ("居民户口簿", "政府部门核发", "户主页和本人页", "本市户籍的，通过人口库共享核验"),
    ("劳动合同", "申请人自备", "合同期限一年以上，加盖用人单位公章", None),
    ("营业执照", "政府部门核发", "在有效期内", "已领取电子营业执照的，通过电子证照库调取"),
    ("结婚证", "政府部门核发", "夫妻双方信息与申请表一致", "通过婚姻登记信息共享核验"),
    ("不动产权证书", "政府部门核发", "权利人与申请人一致", "通过不动产登记信息共享核验"),
    ("授权委托书", "申请人自备", "委托事项、权限和期限明确，委托人签字", None),
    ("公司章程", "申请人自备", "全体股东签字或盖章", None),
]
DEFECTIVE_MATERIALS = [
    ("身份证明", "申请人自备", "本人身份证明", None),  # umbrella-term
    ("身份证", "政府部门核发", "在有效期内", None),  # nonstandard-name, government-issued
    ("户口本", "政府部门核发", "户主页和本人页", None),
    ("其他相关材料", "其他", "有关部门要求的其他材料", None),  # catch-all
    ("结婚证、离婚证等婚姻状况证明", "政府部门核发", "原则上提供原件", None),
    ("相关证明", "其他", "必要时提供", None),
]
CONDITIONS = [
    "申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同",
    "家庭成员名下均无本市登记的小客车",
    "家庭人均月收入低于本市最低生活保障标准",
    "申请人具有本市户籍且在本市居住满一年",
]
VAGUE_CONDITIONS = [
    "原则上应具有本市户籍",
    "必要时由相关部门入户调查",
    "近期无违法记录，视情况提供证明",
    "符合法律、法规规定的其他条件",
]


def _material(
    lines: list[str],
    name: str,
    source: str,
    standard: str,
    exemption: str | None,
    rng: random.Random,
    defective: bool,
) -> None:
    lines += [
        f"  - 材料名称: {name}",
        f"    原件份数: {1 if not defective else 0}",
        f"    复印件份数: {1 if not defective else 0}",
        "    载体: 纸质",
        f"    来源渠道: {source}",
        f"    必要性: {'必要' if not defective or rng.random() < 0.5 else '非必要'}",
        f"    受理标准: {standard}",
    ]
    if exemption:
        lines.append(f"    免提交: {exemption}")
    if name.endswith("书") and not defective:
        lines.append(f"    空白表格: {name}（空白）.docx")


def guide_text(item: int, district: str, rng: random.Random, defective: bool) -> tuple[str, list]:
    group = item // len(DISTRICTS)  # one item, implemented by each district
    name, body, kind = ITEMS[group % len(ITEMS)]
    code = f"1111{DISTRICTS.index(district):02d}00MB{item:07d}X4000{group % len(ITEMS):03d}"
    standard = random.Random(group)  # the districts of one item share its standard
    materials = standard.sample(CLEAN_MATERIALS, 4)
    if defective:
        materials[rng.randrange(4)] = rng.choice(DEFECTIVE_MATERIALS)
    conditions = standard.sample(CONDITIONS, 2) + ([rng.choice(VAGUE_CONDITIONS)] if defective else [])
    legal, promised = 20, standard.choice([5, 10, 15]) if not defective else rng.choice([10, 25])
    lines = [
        f"事项名称: {name}",
        f"实施编码: {code}",
        f'基本编码: "{group:06d}117001"',
        f"事项类型: {kind}",
        f"实施主体: 北京市{district}{body}",
        f"行政区划: 北京市{district}",
        "设定依据:",
        "  - 《中华人民共和国行政许可法》第二十九条：公民、法人或者其他组织从事特定活动，依法需要取得行政许可的，"
        "应当向行政机关提出申请，并提交有关材料",
        "受理条件:",
        *[f"  - {c}" for c in conditions],
        "申请材料:",
    ]
    for material in materials:
        _material(lines, *material, rng=rng, defective=defective and material in DEFECTIVE_MATERIALS)
    in_person = defective and rng.random() < 0.3
    lines += [
        "办理方式:",
        "  - 窗口办理",
        *([] if in_person else ["  - 网上办理"]),
        f"到现场次数: {1 if in_person else 0}",
        f"委托代办: {'不可以' if in_person else '可以'}",
        "办理流程:",
        "  - 环节: 受理",
        "    时限: 1",
        "  - 环节: 审查",
        f"    时限: {promised - 2 if not defective else promised + 3}",
        "  - 环节: 决定",
        "    时限: 1",
        "法定办结时限:",
        f"  时限: {legal}",
        "  单位: 工作日",
        "承诺办结时限:",
        f"  时限: {promised}",
        "  单位: 工作日",
        f"是否收费: {'是' if defective and rng.random() < 0.3 else '否'}",
        f"办理地点: 北京市{district}政务服务中心一层综合窗口",
        "办理时间: 工作日 上午9:00-12:00，下午13:30-17:00",
        "咨询方式:",
        f"  - {'010-' + str(rng.randrange(60000000, 69999999)) if not defective else '咨询电话 6886123'}",
        "监督投诉方式:",
        '  - "12345"',
        "更新日期: 2026-10-15",
    ]
    return "\n".join(lines) + "\n", materials


def checklist_text(guide: str, materials: list, rng: random.Random, defective: bool) -> str:
    code = next(line for line in guide.splitlines() if line.startswith("实施编码"))
    name = next(line for line in guide.splitlines() if line.startswith("事项名称"))
    lines = [code, name, "窗口: 综合受理窗口3号", "收件材料:"]
    for material_name, _source, standard, exemption in materials:
        if exemption and not exemption.startswith(("本市", "已")) and not defective:
            continue  # the window obtains it as the guide says
        if material_name == "身份证明" and defective:
            material_name = "居民身份证"  # narrower than the guide
        lines += [
            f"  - 材料名称: {material_name}",
            "    原件份数: 1",
            f"    复印件份数: {2 if defective and rng.random() < 0.3 else 1}",
            f"    审查要点: {standard}",
        ]
    if defective:
        lines += [
            "  - 材料名称: 纳税记录",
            "    原件份数: 1",
            "    复印件份数: 0",
            "    审查要点: 连续缴纳无断档",
        ]
        lines += ["受理前核验:", "  - 残疾职工工资与社会保险由同一用人单位发放和缴纳"]
    return "\n".join(lines) + "\n"


def generate(out: Path, items: int, seed: int) -> int:
    """Write ``items`` guide + checklist pairs below ``out``; return the number of files."""
    rng = random.Random(seed)
    count = 0
    for index in range(items):
        district = DISTRICTS[index % len(DISTRICTS)]
        defective = rng.random() < 0.2
        guide, materials = guide_text(index, district, rng, defective)
        folder = out / district / f"事项{index:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "guide.yaml").write_text(guide, encoding="utf-8")
        (folder / "checklist.yaml").write_text(
            checklist_text(guide, materials, rng, defective), encoding="utf-8"
        )
        count += 2
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"{generate(args.out, args.items, args.seed)} files written to {args.out}")


if __name__ == "__main__":
    main()
