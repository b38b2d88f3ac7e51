"""Guide rules of the foundation: each input stated beside the problems it must (not) raise."""

from __future__ import annotations

import pytest

from checker.examples import BASE_GUIDE
from checker.findings import Span
from checker.model import TimeLimit
from checker.rules.contact_invalid import valid_number
from checker.rules.time_limit_inconsistent import exceeds, fewest_natural_days, fewest_working_days
from tests.conftest import lint


def guide(**replacements: str) -> str:
    text = BASE_GUIDE
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def messages(text: str, rule: str) -> list[str]:
    return [f.message for f in lint({"guide.yaml": text}, rule=rule)]


def limit(amount: int, unit: str) -> TimeLimit:
    return TimeLimit(amount, unit, Span.point(1))


@pytest.mark.parametrize(
    ("promised", "legal", "expected"),
    [
        ((20, "工作日"), (20, "自然日"), True),  # 20 working days span at least 26 days
        ((10, "自然日"), (20, "工作日"), False),  # 10 days hold at most 8 working days
        ((5, "工作日"), (5, "自然日"), False),  # Monday to Friday
        ((6, "工作日"), (7, "自然日"), True),
        ((30, "自然日"), (20, "工作日"), False),  # 30 days may hold just 20 working days
        ((31, "自然日"), (20, "工作日"), True),  # any 31 days hold at least 21
        ((28, "自然日"), (20, "工作日"), False),
        ((15, "工作日"), (15, "工作日"), False),
        ((16, "工作日"), (15, "工作日"), True),
    ],
)
def test_time_limits_compare_across_units(promised, legal, expected):
    assert exceeds(limit(*promised), limit(*legal)) is expected


def test_calendar_bounds():
    assert [fewest_natural_days(n) for n in (1, 5, 6, 10, 20)] == [1, 5, 8, 12, 26]
    assert [fewest_working_days(n) for n in (1, 2, 3, 7, 10, 30)] == [0, 0, 1, 5, 6, 20]


def test_steps_adding_up_beyond_the_promise():
    steps = (
        "办理流程:\n  - 环节: 受理\n    时限: 2\n  - 环节: 审查\n    时限: 7\n  - 环节: 决定\n    时限: 3\n"
    )
    [message] = messages(steps + guide(), "time-limit-inconsistent")
    assert "合计 12 个工作日" in message
    steps_ok = steps.replace("时限: 7", "时限: 5")
    assert messages(steps_ok + guide(), "time-limit-inconsistent") == []


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("010-68861234", True),
        ("(010)68861234", True),
        ("010 6886 1234", True),
        ("0755-8888888", True),
        ("021-6888888", False),  # Shanghai numbers have eight digits
        ("13812345678", True),
        ("12345", True),
        ("12366", True),
        ("400-810-1234", True),
        ("010-68861234-8001", True),
        ("68861234", False),  # no area code
        ("010-1234", False),
        ("8888", False),
        ("1381234567", False),
        ("010-688612345", False),
    ],
)
def test_phone_numbers(number, valid):
    assert valid_number(number) is valid


@pytest.mark.parametrize(
    "entry",
    [
        "北京市石景山区石景山路18号，邮编100043",
        "网上咨询：https://banshi.beijing.gov.cn",
        "咨询电话：010-68861234 转 8001",
        "市民服务热线 12345",
        "电子邮箱：rsj@bjsjs.gov.cn",
    ],
)
def test_contact_look_alikes_are_not_flagged(entry):
    text = guide(**{"  - 010-68861234\n": f"  - {entry}\n"})
    assert messages(text, "contact-invalid") == []


def test_invalid_phone_is_reported_on_the_number():
    text = guide(**{"  - 010-68861234\n": "  - 咨询电话：6886123（工作日）\n"})
    [finding] = lint({"guide.yaml": text}, rule="contact-invalid")
    line = text.splitlines()[finding.line - 1]
    assert line[finding.column - 1 : finding.end_column - 1] == "6886123"


def test_material_incomplete_look_alikes():
    # a certificate that ends in 证明书 is not a form to fill; a 必要 material needs no 适用情形
    text = guide(**{"材料名称: 劳动合同": "材料名称: 法定代表人身份证明书"})
    assert messages(text, "material-incomplete") == []


def test_material_incomplete_zero_counts():
    text = guide(
        **{
            "    原件份数: 1\n    复印件份数: 1\n    载体: 纸质\n    来源渠道: 申请人自备": (
                "    原件份数: 0\n    复印件份数: 0\n    载体: 纸质\n    来源渠道: 申请人自备"
            )
        }
    )
    [message] = messages(text, "material-incomplete")
    assert "原件份数和复印件份数都是 0" in message
    electronic = text.replace("载体: 纸质\n    来源渠道: 申请人自备", "载体: 电子\n    来源渠道: 申请人自备")
    assert messages(electronic, "material-incomplete") == []


@pytest.mark.parametrize(
    ("changes", "fires"),
    [
        (
            {"委托代办: 可以": "委托代办: 不可以", "  - 网上办理\n": "", "到现场次数: 0": "到现场次数: 1"},
            True,
        ),
        ({"委托代办: 可以": "委托代办: 不可以", "到现场次数: 0": "到现场次数: 1"}, False),  # online
        ({"  - 网上办理\n": "", "到现场次数: 0": "到现场次数: 1"}, False),  # an agent may act
        (
            {
                "委托代办: 可以": "委托代办: 不可以\n必须现场办理原因说明: 依据《公证法》第三十条须本人签名",
                "  - 网上办理\n": "",
                "到现场次数: 0": "到现场次数: 1",
            },
            False,
        ),
        ({"委托代办: 可以": "委托代办: 不可以", "  - 网上办理\n": ""}, False),  # no visit demanded
        (
            {
                "委托代办: 可以": "委托代办: 不可以",
                "  - 网上办理\n": "",
                "合同期限一年以上": "合同期限一年以上，法定代表人亲自签字",
            },
            True,
        ),
    ],
)
def test_in_person_without_alternative(changes, fires):
    assert bool(messages(guide(**changes), "in-person-without-alternative")) is fires


def test_fee_incomplete_names_what_is_missing():
    text = guide(**{"是否收费: 否": "是否收费: 是\n收费标准: 每证 10 元"})
    [message] = messages(text, "fee-incomplete")
    assert "收费依据" in message and "收费标准和" not in message
    assert messages(guide(), "fee-incomplete") == []


def test_government_issued_with_conditional_exemption_is_accepted():
    assert messages(guide(), "government-issued-material") == []
    text = guide(**{"    免提交: 已领取电子身份证照的，通过电子证照库调取\n": ""})
    [message] = messages(text, "government-issued-material")
    assert "居民身份证" in message


def _contact_messages(entry: str, region: str = "北京市石景山区") -> list[str]:
    text = guide(**{"  - 010-68861234\n": f"  - {entry}\n", "行政区划: 北京市石景山区": f"行政区划: {region}"})
    return messages(text, "contact-invalid")


@pytest.mark.parametrize(
    ("entry", "region"),
    [
        ("87524298", "北京市平谷区"),  # Beijing guides print local numbers; 行政区划 gives 010
        ("咨询电话：87524298", "北京市"),
        ("023—65751638", "重庆市渝中区"),
        ("(0835)6524290", "四川省雅安市"),
        ("（010）12345678", "北京市"),
        ("0335-3262771、3262608", "河北省秦皇岛市"),  # the second shares the first's area code
        ("0335—3262771，3262608", "河北省"),
        ("局办咨询电话:010-69961234", "北京市"),
        ("咨询电话：010-68861234转8001", "北京市"),
        ("400-810-8888", "北京市"),
        ("800-810-8888", "北京市"),
        ("12345", "北京市"),
        ("北京市平谷区府前街9号，邮编101200", "北京市平谷区"),
        ("https://zwfw.beijing.gov.cn/item/1101", "北京市"),
        ("工作日 9:00-12:00，13:30-17:00 电话 010-69961234", "北京市"),
        ("139 1234 5678", "上海市"),
        ("+86 10 8251 2345", "北京市"),  # the international form drops the area code's 0
        ("+86-21-62471234", "上海市"),
        ("+86 755 8321 1234", "广东省深圳市"),
        ("+86 139 1234 5678", "北京市"),
    ],
)
def test_contacts_as_real_guides_write_them_are_not_flagged(entry, region):
    assert _contact_messages(entry, region) == []


@pytest.mark.parametrize(
    ("entry", "region", "words"),
    [
        ("010-6996123", "北京市", "区号 010 之后的本地号码应为 8 位，这里只有 7 位：少了 1 位"),
        ("010-699612345", "北京市", "多了 1 位"),
        ("6996123", "北京市", "010 之后的本地号码应为 8 位，这里只有 7 位"),  # 行政区划 gives 010
        ("87524298", "内蒙古自治区阿拉善盟", "缺少区号"),  # no known area code: say so
        ("6253xxxx", "北京市", "「6253xxxx」是占位符"),
        ("XXXX-XXXXXXX", "北京市", "「XXXX-XXXXXXX」是占位符"),
        ("010-8888****", "北京市", "「010-8888****」是占位符"),
        ("+86 10 8251 234", "北京市", "区号 010 之后的本地号码应为 8 位"),
    ],
)
def test_a_wrong_contact_says_what_is_wrong(entry, region, words):
    [message] = _contact_messages(entry, region)
    assert words in message


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ('"0101234567"', "区号 010 之后的本地号码应为 8 位，这里只有 7 位：少了 1 位"),
        ("0101234567", "少了 1 位"),  # unquoted: YAML reads it as octal, the rule checks what was written
        ('"075582345678"', None),
        ('"07558234567"', None),
        ('"01068861234"', None),
    ],
)
def test_a_landline_written_without_separators_is_checked_by_its_area_code(entry, words):
    found = _contact_messages(entry)
    if words is None:
        assert found == []
    else:
        [message] = found
        assert words in message
