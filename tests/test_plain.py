"""The cache's plain-data codec: a real result survives the round trip through msgpack and
JSON, and data of any other shape is refused before it can reach a rule or a reporter."""

from __future__ import annotations

import json

import msgpack
import pytest
from conftest import ROOT

from checker import plain
from checker.config import Config
from checker.document import read
from checker.engine import Checked, Runner, RunSummary
from checker.findings import Finding, Span

ITEM = ROOT / "guides" / "平谷区" / "临时救助"


@pytest.fixture(scope="module")
def checked() -> list[Checked]:
    runner = Runner(Config())
    return [runner.check_document(read(str(ITEM / f"{kind}.yaml"), kind)) for kind in ("guide", "checklist")]


@pytest.mark.parametrize("dump, load", [(msgpack.packb, msgpack.unpackb), (json.dumps, json.loads)])
def test_a_checked_pack_survives_the_round_trip(checked, dump, load):
    data = load(dump(plain.encoder(list[Checked])(checked)))
    back = plain.decoder(list[Checked])(data)
    assert back == checked
    assert back[0].document.guide is not None and back[1].document.checklist is not None


def finding(**changes: object) -> list:
    fields = {
        "path": "a/guide.yaml", "line": 1, "column": 1, "end_line": 1, "end_column": 2,
        "rule": "fee-incomplete", "severity": "warning", "message": "m", "related": [], "fix": None, "content": "",
    }  # fmt: skip
    return list({**fields, **changes}.values())


def test_a_well_formed_summary_decodes():
    [f] = plain.decoder(RunSummary)([[finding()]]).findings
    assert isinstance(f, Finding) and f.line == 1


@pytest.mark.parametrize(
    "data",
    [
        [[finding(line="1")]],  # text where a number belongs
        [[finding(line=True)]],  # a boolean is not a line number
        [[finding(related="x")]],
        [[finding()[:-1]]],  # a field short
        [[[*finding(), "extra"]]],
        [[finding(fix=["not", "a", "fix"])]],
        {"findings": []},
        [[["__reduce__", "os.system"]]],
    ],
)
def test_data_of_another_shape_is_refused(data):
    with pytest.raises(plain.Invalid):
        plain.decoder(RunSummary)(data)


def test_a_union_member_must_be_named(checked):
    data = plain.encoder(list[Checked])(checked)
    data[0][0][6][0] = "Material"  # the document's model claims to be another class
    with pytest.raises(plain.Invalid):
        plain.decoder(list[Checked])(data)


def test_a_record_of_numbers_decodes_and_checks_each_number():
    assert plain.decoder(Span)([1, 2, 3, 4]) == Span(1, 2, 3, 4)
    for data in ([1, 2, 3], [1, 2, 3, 4, 5], [1, 2, True, 4], [1, 2, 3, 4.0], [1, "2", 3, 4], (1, 2, 3, 4)):
        with pytest.raises(plain.Invalid):
            plain.decoder(Span)(data)
