"""A department's vocabulary files are checked against their schemas: a typo stops the run
with the file, the line and the key it meant, instead of doing nothing."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker import datafiles
from checker.cli import cli
from checker.config import Config
from checker.examples import materialize
from checker.schemas.vocabulary_files import DATA_KINDS, check_data_file
from tests.conftest import lint

GUIDE = "事项名称: 临时救助\n"


def check_with(tmp_path, monkeypatch, key: str, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "guidelint.yaml").write_text(f"{key}: [{name}]\n", encoding="utf-8")
    (tmp_path / "guide.yaml").write_text(GUIDE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(cli, ["check", "--no-cache", "guide.yaml"])


def test_a_misspelt_key_in_a_glossary_stops_the_run_with_file_line_and_the_key_meant(tmp_path, monkeypatch):
    text = "documents:\n  - name: 北京市工作居住证\n    varients: [工作居住证]\n"
    result = check_with(tmp_path, monkeypatch, "glossaries", "本局证照.yaml", text)
    assert result.exit_code == 2
    assert "本局证照.yaml:3" in result.output
    assert "varients" in result.output and "「variants」" in result.output


def test_a_misspelt_top_level_key_in_a_wording_pack_is_named_with_its_line(tmp_path, monkeypatch):
    text = "version: 1\nvauge:\n  - phrase: 相关证明\n    suggestion: 写明是哪一份证明\n"
    result = check_with(tmp_path, monkeypatch, "packs", "本局措辞.yaml", text)
    assert result.exit_code == 2
    assert "本局措辞.yaml:2" in result.output and "「vague」" in result.output


def test_a_phrase_listed_twice_is_an_error_at_the_second():
    text = (
        "vague:\n  - phrase: 相关证明\n    suggestion: 甲\n"
        "catch_all:\n  - phrase: 其他材料\n    suggestion: 乙\n"
        "  # 相关证明 在这行注释里，不是条目\n"
        "  - phrase: 其他材料\n    suggestion: 丙\n"
    )
    with pytest.raises(datafiles.DataFileError) as caught:
        check_data_file("wording", "w.yaml", text)
    assert caught.value.line == 8
    assert "第 5 行已有" in str(caught.value)


def test_a_variant_listed_twice_on_one_line_is_an_error():
    text = "documents:\n  - name: 居民户口簿\n    variants: [户口本, 户口本]\n"
    with pytest.raises(datafiles.DataFileError, match="户口本") as caught:
        check_data_file("glossary", "g.yaml", text)
    assert caught.value.line == 3


def test_wrong_types_are_told_in_words_not_as_python_data():
    text = "documents:\n  - name: 居民户口簿\n    variants: 户口本\n"
    with pytest.raises(datafiles.DataFileError) as caught:
        check_data_file("glossary", "g.yaml", text)
    assert caught.value.line == 3
    assert "列表" in str(caught.value)
    assert "{" not in str(caught.value) and "'" not in str(caught.value)


@pytest.mark.parametrize(
    "kind, text",
    [
        ("glossary", "documents:\n  - name: 居民户口簿\n    variants: [户口本]\n  - name: 居民身份证\n"),
        ("glossary", "umbrellas:\n  - term: 身份证明\n    members: []\n    advice: 写明证件\n"),
        ("wording", "vague:\n  - phrase: 相关证明\n    suggestion: 写明证明\nprotected: [相关证明文件编号]\n"),
    ],
)
def test_well_formed_files_pass(kind, text):
    check_data_file(kind, f"{kind}.yaml", text)


@pytest.mark.parametrize("kind", DATA_KINDS)
def test_the_built_in_files_fit_their_schemas(kind):
    check_data_file(kind, f"rules/{kind}.yaml", datafiles.read_builtin(f"{kind}.yaml"))


@pytest.mark.parametrize("kind", DATA_KINDS)
def test_the_schema_command_prints_each_vocabulary_schema(kind):
    result = CliRunner().invoke(cli, ["schema", kind])
    assert result.exit_code == 0
    assert json.loads(result.output)["additionalProperties"] is False


# ── word lists a department extends through packs: ──

IN_PERSON = (
    "委托代办: 不可以\n办理方式:\n  - 窗口办理\n到现场次数: 0\n"
    "受理条件:\n  - 申请人须{phrase}按捺指纹\n"
)


def one_material(name: str) -> dict[str, str]:
    """The clean guide asking for one material of this name."""
    fragment = (
        f"申请材料:\n  - 材料名称: {name}\n    原件份数: 1\n    复印件份数: 0\n"
        "    载体: 纸质\n    来源渠道: 申请人自备\n    必要性: 必要\n"
    )
    return materialize({"guide.yaml": fragment}, raw=False)


def pack(tmp_path, text: str) -> Config:
    path = tmp_path / "本局措辞.yaml"
    path.write_text(text, encoding="utf-8")
    return Config(packs=(str(path),))


@pytest.mark.parametrize("phrase", ["本人当面", "无需本人当面"])
def test_a_pack_adds_presence_phrases_and_their_waivers(tmp_path, phrase):
    guide = {"guide.yaml": materialize({"guide.yaml": IN_PERSON.format(phrase=phrase)}, raw=False)["guide.yaml"]}
    rule = "in-person-without-alternative"
    assert not lint(guide, rule=rule)  # not a phrase the built-in list knows
    config = pack(tmp_path, "presence_phrases: [本人当面]\n")
    assert len(lint(guide, config, rule)) == (0 if phrase.startswith("无需") else 1)


def test_a_pack_adds_form_suffixes(tmp_path):
    guide = one_material("人才引进呈报单")
    rule = "material-incomplete"
    assert not lint(guide, rule=rule)
    found = lint(guide, pack(tmp_path, "form_suffixes: [呈报单]\n"), rule)
    assert [f.line for f in found] == [2]


# ── rules/pairing.yaml ──


@pytest.mark.parametrize(
    "edit, said",
    [
        (("  hint_score: 60\n", ""), "缺少必填项「hint_score」"),
        (("  narrowing_words:", "  narowing_words:"), "是否应为「narrowing_words」"),
    ],
)
def test_a_broken_pairing_file_is_an_error_with_its_line_not_a_key_error(monkeypatch, edit, said):
    from checker.pairing.settings import _settings_with, settings

    text = datafiles.read_builtin("pairing.yaml")
    assert edit[0] in text
    broken = text.replace(edit[0], edit[1])
    monkeypatch.setattr(datafiles, "read_builtin", lambda name: broken if name == "pairing.yaml" else text)
    _settings_with.cache_clear()
    try:
        with pytest.raises(datafiles.DataFileError, match=said) as caught:
            settings()
    finally:
        _settings_with.cache_clear()
    assert caught.value.line is not None and caught.value.path.endswith("pairing.yaml")


def test_a_misspelt_field_in_the_catalogue_is_named_with_its_line():
    text = "rules:\n  fee-incomplete:\n    severity: warning\n    titel: 收费信息不完整\n"
    with pytest.raises(datafiles.DataFileError, match="是否应为「title」") as caught:
        check_data_file("catalogue", "catalogue.yaml", text)
    assert caught.value.line == 4


def test_a_glossary_adds_places_that_make_a_variant_another_document(tmp_path):
    guide = one_material("新加坡身份证")
    rule = "nonstandard-name"
    assert len(lint(guide, rule=rule)) == 1  # read as 身份证, the 居民身份证
    path = tmp_path / "本局证照.yaml"
    path.write_text("place_qualifiers: [新加坡]\n", encoding="utf-8")
    assert not lint(guide, Config(glossaries=(str(path),)), rule)


def test_a_pack_adds_holders_so_a_window_material_pairs_with_the_guide_one(tmp_path):
    guide = (
        "申请材料:\n  - 材料名称: 经办人身份证\n    原件份数: 1\n    复印件份数: 1\n"
        "    载体: 纸质\n    来源渠道: 政府部门核发\n    必要性: 必要\n"
    )
    checklist = "收件材料:\n  - 材料名称: 委托代理人居民身份证\n    原件份数: 1\n    复印件份数: 1\n"
    documents = materialize({"guide.yaml": guide, "checklist.yaml": checklist}, raw=False)
    rule = "checklist-unpublished-material"
    assert len(lint(documents, rule=rule)) == 1  # 经办人 is nobody the pairing knows
    assert not lint(documents, pack(tmp_path, "holders:\n  经办人: 委托代理人\n"), rule)


def test_synonyms_a_pack_adds_reach_the_pairing_only_within_its_run():
    from checker.pairing.settings import Tuning, overridden, settings

    with overridden(Tuning(synonyms=(("低保", "最低生活保障"),))):
        assert ("低保", "最低生活保障") in settings().synonyms
    assert ("低保", "最低生活保障") not in settings().synonyms


def test_a_synonym_that_is_not_a_mapping_is_named_with_its_line(tmp_path):
    text = "synonyms: [低保]\n"
    with pytest.raises(datafiles.DataFileError, match="synonyms") as caught:
        check_data_file("wording", "w.yaml", text)
    assert caught.value.line == 1
