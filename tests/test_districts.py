"""A labelled set of multi-district corpora for the corpus rules.

Each corpus holds 3–16 district guides of one 基本编码 (and window checklists where the case
needs them), the way 同事同标 work finds them: districts legitimately differ in 实施主体,
办理地点, 咨询电话, 办理时间, 窗口, 行政区划, and in harmless wording (身份证 / 居民身份证,
复印件1份 / 复印件一份, punctuation, clause order, numbering "（一）" / "1."); real divergences
are an extra or a dropped material, a longer 承诺办结时限, an extra 受理条件, another
到现场次数, or a fee where the others charge none. Duplicate 实施编码 are copy-paste errors
across files; missing counterparts are guides or checklists whose code pairs with nothing.

Labels are (rule, file): divergent-standard on the district that departs from the others,
duplicate-code on any one of the files sharing the code (one label per shared code),
missing-counterpart on each unpaired document. missing-counterpart is measured only in corpora
that include checklists (in a guide-only corpus every guide lacks one, trivially).

Run ``python -m pytest -q -s tests/test_districts.py -k figures`` for the table.

First run, 2026-11-27, of the 37 held-out corpora against the code before any change made for
this set (expected / found / false positives / misses):

==================================  ========  =====  ===============  ======
rule                                expected  found  false positives  misses
==================================  ========  =====  ===============  ======
divergent-standard                        14     16                5       3
duplicate-code                             3      3                0       0
missing-counterpart                        7      7                0       0
==================================  ========  =====  ===============  ======

The three misses were faults of the set, not of the rule: three corpora edited 海淀区, which
was not among their districts (``FIVE`` then held 石景山区); with 海淀区 in them (and a test
that every edit names a district of its corpus) the old code finds all 14. The five false
positives, all divergent-standard, came from 受理条件 numbered "1." or "1、" (the number read as
content: four guides) and from one district writing two conditions as one sentence.

After the fixes: 0 false positives and 0 misses for each rule on the 37 held-out corpora, and
on the 10 corpora added with the fixes (Chinese-numbered material names, a condition split in
two or merged, 居民身份证、居民户口簿 in one row, a dropped or narrowed condition, a merged row
that adds 结婚证), where the old code gives 4 false positives and 1 miss.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
import yaml

from checker.text.normalize import strip_list_marker
from tests.conftest import lint

DIV, DUP, MISS = "divergent-standard", "duplicate-code", "missing-counterpart"
RULES = (DIV, DUP, MISS)

AREA = {
    "东城区": "110101",
    "西城区": "110102",
    "朝阳区": "110105",
    "丰台区": "110106",
    "石景山区": "110107",
    "海淀区": "110108",
    "门头沟区": "110109",
    "房山区": "110111",
    "通州区": "110112",
    "顺义区": "110113",
    "昌平区": "110114",
    "大兴区": "110115",
    "怀柔区": "110116",
    "平谷区": "110117",
    "密云区": "110118",
    "延庆区": "110119",
}
ALL = tuple(AREA)
HOURS = (
    "工作日 上午9:00-12:00，下午13:30-17:00（法定节假日除外）",
    "周一至周五9:00-17:00，节假日除外",
    "工作日9:00至17:00（中午不休）",
    "周一至周五 上午9:00—12:00 下午13:00—17:00",
)


def mat(name: str, originals: int = 1, copies: int = 0, source: str = "申请人自备", **extra: str) -> dict:
    """One 申请材料 entry."""
    entry = {
        "材料名称": name,
        "原件份数": originals,
        "复印件份数": copies,
        "载体": "纸质",
        "来源渠道": source,
    }
    entry["必要性"] = "必要"
    entry.update(extra)
    return entry


ID = mat("居民身份证", source="政府部门核发", 受理标准="在有效期内")
HUKOU = mat("居民户口簿", source="政府部门核发", 受理标准="本人页与户主页")


@dataclass(frozen=True)
class Item:
    """One item as the city's standard publishes it."""

    name: str
    basic: str
    department: str
    conditions: tuple[str, ...]
    materials: tuple[dict, ...]
    promised: int
    statutory: int
    visits: int
    kind: str = "公共服务"


PENSION = Item(
    "城乡居民基本养老保险参保登记",
    "000131012000",
    "人力资源和社会保障局",
    ("年满16周岁（不含在校学生），具有本市户籍", "未参加职工基本养老保险", "未领取基本养老保险待遇"),
    (
        mat("北京市城乡居民基本养老保险参保登记表", 受理标准="申请人签字", 空白表格="参保登记表.xls"),
        ID,
        HUKOU,
        mat("1寸白底免冠彩色照片", 受理标准="近6个月内拍摄"),
    ),
    10,
    15,
    1,
)
RELIEF = Item(
    "临时救助",
    "000201003000",
    "民政局",
    ("申请人具有本市户籍", "因火灾、交通事故或者突发重大疾病导致基本生活暂时出现严重困难"),
    (
        mat("临时救助申请书", 受理标准="申请人签字", 空白表格="临时救助申请书.docx"),
        ID,
        HUKOU,
        mat("家庭经济状况声明", 受理标准="申请人签字"),
        mat("医疗费用票据", 0, 1, source="其他", 受理标准="加盖医疗机构收费章"),
    ),
    15,
    20,
    1,
    "行政给付",
)
BUSINESS = Item(
    "个体工商户设立登记",
    "000112002000",
    "市场监督管理局",
    ("经营者为有经营能力的自然人", "经营场所符合本市规划和用途要求"),
    (
        mat("个体工商户开业登记申请书", 受理标准="经营者签字", 空白表格="开业登记申请书.pdf"),
        mat("经营者居民身份证", source="政府部门核发", 受理标准="在有效期内"),
        mat("经营场所产权证明", 0, 1, source="政府部门核发", 受理标准="房屋所有权证或者不动产权证书"),
    ),
    1,
    15,
    0,
    "行政许可",
)
HYGIENE = Item(
    "公共场所卫生许可",
    "000116007000",
    "卫生健康委员会",
    ("已取得营业执照", "经营场所卫生条件符合公共场所卫生标准"),
    (
        mat("公共场所卫生许可申请表", 受理标准="加盖公章", 空白表格="卫生许可申请表.doc"),
        mat("营业执照复印件", 0, 1, source="政府部门核发", 受理标准="加盖公章"),
        mat("公共场所卫生检测报告", source="中介机构出具", 受理标准="检测日期在申请前1年内"),
        mat("从业人员健康合格证明", 0, 1, source="其他", 受理标准="在有效期内"),
    ),
    10,
    20,
    1,
    "行政许可",
)


def code(item: Item, district: str) -> str:
    """The district's 实施编码 for the item."""
    return f"1111{AREA[district]}MB0{len(district)}{item.basic}"


def guide(item: Item, district: str) -> dict:
    """The district's guide before any case edit: the item's standard with local details."""
    n = list(AREA).index(district)
    return {
        "事项名称": item.name,
        "实施编码": code(item, district),
        "基本编码": item.basic,
        "事项类型": item.kind,
        "实施主体": f"北京市{district}{item.department}",
        "行政区划": f"北京市{district}",
        "设定依据": ["《中华人民共和国社会保险法》第二十二条"],
        "受理条件": list(item.conditions),
        "申请材料": [dict(m) for m in item.materials],
        "办理方式": ["窗口办理", "网上办理"],
        "到现场次数": item.visits,
        "委托代办": "可以",
        "法定办结时限": {"时限": item.statutory, "单位": "工作日"},
        "承诺办结时限": {"时限": item.promised, "单位": "工作日"},
        "是否收费": "否",
        "办理地点": f"北京市{district}政务服务中心{n % 3 + 1}层{item.department}综合窗口",
        "办理时间": HOURS[n % len(HOURS)],
        "咨询方式": [f"咨询电话：010-6{n:02d}8{n:02d}53"],
        "监督投诉方式": ["12345市民服务热线"],
    }


def checklist(doc: dict, district: str) -> dict:
    """A window checklist collecting what the guide lists."""
    return {
        "实施编码": doc["实施编码"],
        "事项名称": doc["事项名称"],
        "窗口": f"{district}政务服务中心{len(district)}号综合窗口",
        "收件材料": [
            {"材料名称": m["材料名称"], "原件份数": m["原件份数"], "复印件份数": m["复印件份数"]}
            for m in doc["申请材料"]
        ],
    }


Edit = Callable[[dict], None]


def rename(old: str, new: str) -> Edit:
    """A material spelled otherwise."""

    def edit(doc: dict) -> None:
        (entry,) = [m for m in doc["申请材料"] if m["材料名称"] == old]
        entry["材料名称"] = new

    return edit


def add(entry: dict, at: int | None = None) -> Edit:
    """An extra material."""
    return lambda doc: doc["申请材料"].insert(len(doc["申请材料"]) if at is None else at, dict(entry))


def drop(name: str) -> Edit:
    """A material left out."""
    return lambda doc: doc.__setitem__("申请材料", [m for m in doc["申请材料"] if m["材料名称"] != name])


def conditions(*texts: str) -> Edit:
    """受理条件 written otherwise."""
    return lambda doc: doc.__setitem__("受理条件", list(texts))


def condition(text: str) -> Edit:
    """An extra 受理条件."""
    return lambda doc: doc["受理条件"].append(text)


def number(style: Callable[[int], str], key: str = "受理条件") -> Edit:
    """Numbered clauses: "（一）", "1.", "1、" …"""

    def edit(doc: dict) -> None:
        if key == "受理条件":
            doc[key] = [style(i) + text for i, text in enumerate(doc[key], 1)]
        else:
            for i, entry in enumerate(doc[key], 1):
                entry["材料名称"] = style(i) + entry["材料名称"]

    return edit


CN = "一二三四五六七八九十"
PAREN_CN = number(lambda i: f"（{CN[i - 1]}）")
DOT = number(lambda i: f"{i}.")
COMMA = number(lambda i: f"{i}、")
CN_COMMA = number(lambda i: f"{CN[i - 1]}、")
MAT_DOT = number(lambda i: f"{i}.", "申请材料")
MAT_PAREN = number(lambda i: f"（{i}）", "申请材料")


def reverse(key: str) -> Edit:
    """Clauses in another order."""
    return lambda doc: doc[key].reverse()


def promised(limit: int, unit: str = "工作日") -> Edit:
    """Another 承诺办结时限."""
    return lambda doc: doc.__setitem__("承诺办结时限", {"时限": limit, "单位": unit})


def visits(n: int) -> Edit:
    """Another 到现场次数."""
    return lambda doc: doc.__setitem__("到现场次数", n)


def fee(doc: dict) -> None:
    """A fee where the others charge none."""
    doc.update(是否收费="是", 收费标准="工本费每件20元", 收费依据="京发改〔2019〕1号")


def drop_condition(index: int) -> Edit:
    """A 受理条件 left out."""
    return lambda doc: doc["受理条件"].pop(index)


def setting(key: str, value: object) -> Edit:
    """Any other key set to a value."""
    return lambda doc: doc.__setitem__(key, value)


def material_key(name: str, key: str, value: object) -> Edit:
    """One key of one material set to a value."""

    def edit(doc: dict) -> None:
        (entry,) = [m for m in doc["申请材料"] if m["材料名称"] == name]
        entry[key] = value

    return edit


@dataclass(frozen=True)
class Corpus:
    """One labelled corpus: districts of items, their edits, and the findings it should raise."""

    name: str
    item: Item
    districts: tuple[str, ...]
    edits: dict[str, tuple[Edit, ...]] = field(default_factory=dict)
    expected: frozenset[tuple[str, str]] = frozenset()
    checklists: tuple[str, ...] = ()
    extra: dict[str, dict] = field(default_factory=dict)
    checklist_edits: dict[str, tuple[Edit, ...]] = field(default_factory=dict)
    duplicates: tuple[frozenset[str], ...] = ()

    def files(self) -> dict[str, str]:
        """The corpus as file name → YAML text."""
        docs: dict[str, dict] = {}
        for district in self.districts:
            doc = guide(self.item, district)
            for edit in self.edits.get(district, ()):
                edit(doc)
            docs[self.guide(district)] = doc
        for district in self.checklists:
            window = checklist(docs[self.guide(district)], district)
            for edit in self.checklist_edits.get(district, ()):
                edit(window)
            docs[self.checklist(district)] = window
        docs.update(self.extra)
        return {path: yaml.safe_dump(doc, allow_unicode=True, sort_keys=False) for path, doc in docs.items()}

    def guide(self, district: str) -> str:
        """File name of the district's guide."""
        return f"{district}/{self.item.name}/guide.yaml"

    def checklist(self, district: str) -> str:
        """File name of the district's checklist."""
        return f"{district}/{self.item.name}/checklist.yaml"

    def measured(self) -> tuple[str, ...]:
        """The rules this corpus measures."""
        return RULES if self.checklists or any("checklist" in p for p in self.extra) else (DIV, DUP)


def G(item: Item, district: str) -> str:
    """File name of a district's guide, for labels."""
    return f"{district}/{item.name}/guide.yaml"


def C(item: Item, district: str) -> str:
    """File name of a district's checklist, for labels."""
    return f"{district}/{item.name}/checklist.yaml"


def div(item: Item, *districts: str) -> frozenset[tuple[str, str]]:
    """divergent-standard labels on the districts that depart."""
    return frozenset((DIV, G(item, d)) for d in districts)


FIVE = (*ALL[:4], "海淀区")
EIGHT = ALL[:8]


def other_guide(item: Item, district: str, **changes: object) -> dict:
    """A guide of another item (or the same item otherwise coded) for mixed corpora."""
    doc = guide(item, district)
    doc.update(changes)
    return doc


CORPORA = [
    # ── legitimate local differences only ─────────────────────────────────────
    Corpus("三区：只有实施主体、地点、电话、时间不同", PENSION, ALL[:3]),
    Corpus("全市十六区：只有本地信息不同", PENSION, ALL),
    Corpus(
        "身份证 / 居民身份证、户口本 / 居民户口簿",
        PENSION,
        FIVE,
        {"西城区": (rename("居民身份证", "身份证"),), "朝阳区": (rename("居民户口簿", "户口本"),)},
    ),
    Corpus(
        "营业执照复印件1份 / 复印件一份",
        HYGIENE,
        ALL[:4],
        {
            "东城区": (rename("营业执照复印件", "营业执照复印件1份"),),
            "西城区": (rename("营业执照复印件", "营业执照复印件一份"),),
        },
    ),
    Corpus(
        "标点：逗号、句号、半角括号",
        PENSION,
        FIVE,
        {
            "西城区": (
                conditions(
                    "年满16周岁(不含在校学生),具有本市户籍",
                    "未参加职工基本养老保险",
                    "未领取基本养老保险待遇",
                ),
            ),
            "朝阳区": (
                conditions(
                    "年满16周岁（不含在校学生），具有本市户籍。",
                    "未参加职工基本养老保险。",
                    "未领取基本养老保险待遇。",
                ),
            ),
            "丰台区": (
                conditions(
                    "年满16周岁（不含在校学生）、具有本市户籍；",
                    "未参加职工基本养老保险；",
                    "未领取基本养老保险待遇。",
                ),
            ),
        },
    ),
    Corpus(
        "条款顺序不同",
        PENSION,
        ALL[:6],
        {
            "西城区": (reverse("申请材料"),),
            "海淀区": (reverse("申请材料"), reverse("受理条件")),
            "丰台区": (reverse("受理条件"),),
        },
    ),
    Corpus(
        "受理条件编号：（一）/ 1. / 1、 / 一、",
        RELIEF,
        FIVE,
        {"东城区": (PAREN_CN,), "西城区": (DOT,), "朝阳区": (COMMA,), "丰台区": (CN_COMMA,)},
    ),
    Corpus("材料名称编号：1. / （1）", BUSINESS, FIVE, {"东城区": (MAT_DOT,), "朝阳区": (MAT_PAREN,)}),
    Corpus(
        "持有人前缀：经营者居民身份证 / 居民身份证 / 经营者身份证",
        BUSINESS,
        ALL[:4],
        {
            "西城区": (rename("经营者居民身份证", "居民身份证"),),
            "朝阳区": (rename("经营者居民身份证", "经营者身份证"),),
        },
    ),
    Corpus(
        "受理标准、填报须知、办理流程措辞不同",
        PENSION,
        FIVE,
        {
            "西城区": (material_key("居民身份证", "受理标准", "须在有效期内"),),
            "朝阳区": (
                material_key("1寸白底免冠彩色照片", "受理标准", "申请前6个月内拍摄的近照"),
                setting(
                    "办理流程", [{"环节": "受理"}, {"环节": "审核", "时限": 5}, {"环节": "办结", "时限": 5}]
                ),
            ),
            "丰台区": (
                material_key("北京市城乡居民基本养老保险参保登记表", "填报须知", "缴费档次按当年标准选择"),
            ),
        },
    ),
    Corpus(
        "年满16周岁 / 年满十六周岁",
        PENSION,
        ALL[:4],
        {
            "东城区": (
                conditions(
                    "年满十六周岁（不含在校学生），具有本市户籍",
                    "未参加职工基本养老保险",
                    "未领取基本养老保险待遇",
                ),
            )
        },
    ),
    Corpus(
        "营业执照（副本）复印件 / 营业执照副本复印件 / 营业执照复印件",
        HYGIENE,
        FIVE,
        {
            "东城区": (rename("营业执照复印件", "营业执照（副本）复印件"),),
            "西城区": (rename("营业执照复印件", "营业执照副本复印件"),),
        },
    ),
    Corpus(
        "办理方式、告知承诺不同（不在同事同标比较之列）",
        PENSION,
        FIVE,
        {"海淀区": (setting("办理方式", ["窗口办理", "网上办理", "邮寄办理"]), setting("告知承诺", "支持"))},
    ),
    Corpus(
        "另一基本编码的事项、没有基本编码的指南不参与比较",
        PENSION,
        ALL[:3],
        extra={
            G(RELIEF, "东城区"): guide(RELIEF, "东城区"),
            G(RELIEF, "西城区"): guide(RELIEF, "西城区"),
            G(RELIEF, "朝阳区"): guide(RELIEF, "朝阳区"),
            "丰台区/城乡居民基本养老保险参保登记/guide.yaml": {
                k: v
                for k, v in other_guide(
                    PENSION, "丰台区", 承诺办结时限={"时限": 15, "单位": "工作日"}
                ).items()
                if k != "基本编码"
            },
        },
    ),
    Corpus(
        "一区把两项受理条件写成一句",
        RELIEF,
        ALL[:4],
        {
            "朝阳区": (
                conditions(
                    "申请人具有本市户籍，因火灾、交通事故或者突发重大疾病导致基本生活暂时出现严重困难"
                ),
            )
        },
    ),
    Corpus("三区指南与收件清单一一对应", PENSION, ALL[:3], checklists=ALL[:3]),
    # ── real divergences ──────────────────────────────────────────────────────
    Corpus(
        "一区多要居住证明",
        PENSION,
        FIVE,
        {"海淀区": (add(mat("居住证明", 受理标准="社区居委会盖章")),)},
        div(PENSION, "海淀区"),
    ),
    Corpus("一区少要户口簿", PENSION, FIVE, {"丰台区": (drop("居民户口簿"),)}, div(PENSION, "丰台区")),
    Corpus("一区承诺时限更长", RELIEF, ALL[:6], {"朝阳区": (promised(20),)}, div(RELIEF, "朝阳区")),
    Corpus(
        "一区多一项受理条件",
        BUSINESS,
        FIVE,
        {"丰台区": (condition("经营场所已取得消防安全检查合格意见"),)},
        div(BUSINESS, "丰台区"),
    ),
    Corpus("一区到现场次数更多", HYGIENE, FIVE, {"海淀区": (visits(2),)}, div(HYGIENE, "海淀区")),
    Corpus("一区收费", HYGIENE, ALL[:4], {"丰台区": (fee,)}, div(HYGIENE, "丰台区")),
    Corpus(
        "十六区：措辞各异，只有延庆多要材料",
        PENSION,
        ALL,
        {
            "西城区": (rename("居民身份证", "身份证"),),
            "朝阳区": (rename("居民户口簿", "户口本"), reverse("申请材料")),
            "丰台区": (PAREN_CN,),
            "海淀区": (DOT, reverse("受理条件")),
            "房山区": (MAT_DOT,),
            "延庆区": (add(mat("社区出具的无业证明", 受理标准="社区居委会盖章")),),
        },
        div(PENSION, "延庆区"),
    ),
    Corpus(
        "八区：一区多要材料，另一区时限更长",
        RELIEF,
        EIGHT,
        {"西城区": (add(mat("村（居）委会调查意见", 受理标准="加盖公章")),), "海淀区": (promised(25),)},
        div(RELIEF, "西城区", "海淀区"),
    ),
    Corpus(
        "一区以租赁合同替换产权证明",
        BUSINESS,
        FIVE,
        {"朝阳区": (rename("经营场所产权证明", "经营场所租赁合同"),)},
        div(BUSINESS, "朝阳区"),
    ),
    Corpus(
        "一区多一项受理条件，且条件重新编号",
        PENSION,
        ALL[:4],
        {"东城区": (DOT,), "西城区": (condition("在本市连续居住满1年"), PAREN_CN)},
        div(PENSION, "西城区"),
    ),
    Corpus(
        "一区少要健康证明，另一区只是写法不同",
        HYGIENE,
        ALL[:3],
        {
            "东城区": (rename("营业执照复印件", "营业执照复印件一份"),),
            "朝阳区": (drop("从业人员健康合格证明"),),
        },
        div(HYGIENE, "朝阳区"),
    ),
    Corpus(
        "一区时限更长又多要材料",
        PENSION,
        FIVE,
        {"丰台区": (promised(20), add(mat("社会保障卡申领表", 空白表格="申领表.xls")))},
        div(PENSION, "丰台区"),
    ),
    Corpus(
        "一区多要材料，其收件清单与指南一致",
        RELIEF,
        FIVE,
        {"海淀区": (add(mat("银行账户信息", 受理标准="申请人本人账户")),)},
        div(RELIEF, "海淀区"),
        checklists=FIVE,
    ),
    # ── duplicate 实施编码 ─────────────────────────────────────────────────────
    Corpus(
        "西城照抄东城的实施编码",
        PENSION,
        FIVE,
        {"西城区": (setting("实施编码", code(PENSION, "东城区")),)},
        duplicates=(frozenset({G(PENSION, "东城区"), G(PENSION, "西城区")}),),
    ),
    Corpus(
        "朝阳收件清单照抄海淀的实施编码",
        BUSINESS,
        ("朝阳区", "海淀区", "丰台区", "东城区"),
        checklists=("朝阳区", "海淀区", "丰台区", "东城区"),
        checklist_edits={"朝阳区": (setting("实施编码", code(BUSINESS, "海淀区")),)},
        expected=frozenset({(MISS, G(BUSINESS, "朝阳区"))}),
        duplicates=(frozenset({C(BUSINESS, "朝阳区"), C(BUSINESS, "海淀区")}),),
    ),
    Corpus(
        "同区另一事项套用模板未改实施编码",
        PENSION,
        ALL[:3],
        extra={G(RELIEF, "东城区"): other_guide(RELIEF, "东城区", 实施编码=code(PENSION, "东城区"))},
        duplicates=(frozenset({G(PENSION, "东城区"), G(RELIEF, "东城区")}),),
    ),
    # ── missing counterparts ──────────────────────────────────────────────────
    Corpus(
        "四区指南，三区有收件清单",
        HYGIENE,
        ALL[:4],
        checklists=ALL[:3],
        expected=frozenset({(MISS, G(HYGIENE, "丰台区"))}),
    ),
    Corpus(
        "收件清单实施编码错一位",
        PENSION,
        ALL[:3],
        checklists=ALL[:3],
        checklist_edits={"西城区": (setting("实施编码", code(PENSION, "西城区")[:-1] + "1"),)},
        expected=frozenset({(MISS, G(PENSION, "西城区")), (MISS, C(PENSION, "西城区"))}),
    ),
    Corpus(
        "多出一份没有指南的收件清单",
        RELIEF,
        ALL[:3],
        checklists=ALL[:3],
        extra={C(BUSINESS, "东城区"): checklist(guide(BUSINESS, "东城区"), "东城区")},
        expected=frozenset({(MISS, C(BUSINESS, "东城区"))}),
    ),
    Corpus(
        "收件清单误填基本编码",
        HYGIENE,
        ALL[:3],
        checklists=ALL[:3],
        checklist_edits={"朝阳区": (setting("实施编码", HYGIENE.basic),)},
        expected=frozenset({(MISS, G(HYGIENE, "朝阳区")), (MISS, C(HYGIENE, "朝阳区"))}),
    ),
    Corpus(
        "收件清单另放一个文件夹，按实施编码配对",
        PENSION,
        ALL[:3],
        extra={f"窗口清单/{d}.checklist.yaml": checklist(guide(PENSION, d), d) for d in ALL[:3]},
    ),
]
HELD_OUT = len(CORPORA)

# Added with the fixes: merged or split conditions and material rows, and Chinese numbering, must
# not hide a real difference.
CORPORA += [
    Corpus(
        "一区把一项受理条件拆成两项",
        PENSION,
        ALL[:4],
        {
            "朝阳区": (
                conditions(
                    "年满16周岁（不含在校学生）",
                    "具有本市户籍",
                    "未参加职工基本养老保险",
                    "未领取基本养老保险待遇",
                ),
            )
        },
    ),
    Corpus(
        "材料名称编号：（一）/ 一、",
        RELIEF,
        ALL[:4],
        {
            "东城区": (number(lambda i: f"（{CN[i - 1]}）", "申请材料"),),
            "西城区": (number(lambda i: f"{CN[i - 1]}、", "申请材料"),),
        },
    ),
    Corpus("一区少列户籍条件", RELIEF, FIVE, {"西城区": (drop_condition(0),)}, div(RELIEF, "西城区")),
    Corpus(
        "一区把户籍条件收紧为满3年",
        RELIEF,
        FIVE,
        {"朝阳区": (conditions("申请人具有本市户籍满3年", RELIEF.conditions[1]),)},
        div(RELIEF, "朝阳区"),
    ),
    Corpus(
        "一区合写受理条件，另一区多一项条件",
        RELIEF,
        FIVE,
        {
            "朝阳区": (
                conditions(
                    "申请人具有本市户籍，因火灾、交通事故或者突发重大疾病导致基本生活暂时出现严重困难"
                ),
            ),
            "海淀区": (condition("申请人家庭人均收入低于本市最低生活保障标准"),),
        },
        div(RELIEF, "海淀区"),
    ),
    Corpus(
        "措辞：城镇职工 / 职工，句内分句顺序不同",
        PENSION,
        FIVE,
        {
            "西城区": (
                conditions(
                    "年满16周岁（不含在校学生），具有本市户籍",
                    "未参加城镇职工基本养老保险",
                    "未领取基本养老保险待遇",
                ),
            ),
            "海淀区": (
                conditions(
                    "具有本市户籍，年满16周岁（不含在校学生）",
                    "未参加职工基本养老保险",
                    "未领取基本养老保险待遇",
                ),
            ),
        },
    ),
    Corpus(
        "一区把身份证、户口簿合写一行",
        PENSION,
        FIVE,
        {"西城区": (drop("居民户口簿"), rename("居民身份证", "居民身份证、居民户口簿"))},
    ),
    Corpus(
        "多数区合写一行，一区分开写",
        RELIEF,
        FIVE,
        {d: (drop("居民户口簿"), rename("居民身份证", "居民身份证、户口本")) for d in FIVE[1:]},
    ),
    Corpus(
        "一区合写一行且多要结婚证",
        PENSION,
        FIVE,
        {"朝阳区": (rename("居民身份证", "居民身份证、结婚证"),)},
        div(PENSION, "朝阳区"),
    ),
    Corpus(
        "一区合写受理条件时漏了半句",
        PENSION,
        FIVE,
        {
            "西城区": (
                conditions("年满16周岁（不含在校学生），未参加职工基本养老保险", "未领取基本养老保险待遇"),
            )
        },
        div(PENSION, "西城区"),
    ),
]


@dataclass
class Tally:
    """Per-rule counts."""

    expected: int = 0
    found: int = 0
    false: int = 0
    missed: int = 0


def outcome(corpus: Corpus) -> tuple[set[tuple[str, str]], set[tuple[str, str]], int, int]:
    """(expected labels, found (rule, file) pairs, hits of duplicate groups, duplicate false positives)."""
    found = {(f.rule, f.path) for f in lint(corpus.files()) if f.rule in corpus.measured()}
    dup_files = {path for rule, path in found if rule == DUP}
    hits = sum(1 for group in corpus.duplicates if group & dup_files)
    stray = len(dup_files - set().union(*corpus.duplicates)) if corpus.duplicates else len(dup_files)
    return set(corpus.expected), {p for p in found if p[0] != DUP}, hits, stray


def figures(corpora: list[Corpus]) -> dict[str, Tally]:
    """Per-rule expected / found / false positives / misses over ``corpora``."""
    table = {rule: Tally() for rule in RULES}
    for corpus in corpora:
        expected, found, hits, stray = outcome(corpus)
        for rule in (DIV, MISS):
            if rule not in corpus.measured():
                continue
            want = {p for p in expected if p[0] == rule}
            got = {p for p in found if p[0] == rule}
            tally = table[rule]
            tally.expected += len(want)
            tally.found += len(got)
            tally.false += len(got - want)
            tally.missed += len(want - got)
        dup = table[DUP]
        dup.expected += len(corpus.duplicates)
        dup.found += hits + stray
        dup.false += stray
        dup.missed += len(corpus.duplicates) - hits
    return table


def test_figures() -> None:
    """Print the table (run with -s)."""
    for title, corpora in (("held-out", CORPORA[:HELD_OUT]), ("all", CORPORA)):
        print(f"\n{title} ({len(corpora)} corpora)\n{'rule':28} expected found false missed")
        for rule, t in figures(corpora).items():
            print(f"{rule:28} {t.expected:8} {t.found:5} {t.false:5} {t.missed:6}")


@pytest.mark.parametrize("corpus", CORPORA, ids=[c.name for c in CORPORA])
def test_corpus(corpus: Corpus) -> None:
    """Each corpus raises exactly its labelled findings."""
    expected, found, hits, stray = outcome(corpus)
    assert found == expected
    assert (hits, stray) == (len(corpus.duplicates), 0)


def test_size() -> None:
    """At least 25 corpora of 3–16 district guides; every edit names a district of its corpus."""
    assert len(CORPORA) >= 25
    assert all(3 <= len(c.districts) <= 16 for c in CORPORA)
    assert all(set(c.edits) | set(c.checklist_edits) <= set(c.districts) for c in CORPORA)


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("（一）申请人具有本市户籍", "申请人具有本市户籍"),
        ("三、申请人具有本市户籍", "申请人具有本市户籍"),
        ("2.居民户口簿", "居民户口簿"),
        ("（10）居民户口簿", "居民户口簿"),
        ("4.1寸白底免冠彩色照片", "1寸白底免冠彩色照片"),
        ("1寸白底免冠彩色照片", "1寸白底免冠彩色照片"),
        ("一寸照片", "一寸照片"),
    ],
)
def test_numbering(text: str, stripped: str) -> None:
    """Clause numbering is not content; a count that opens a name stays."""
    assert strip_list_marker(text) == stripped
