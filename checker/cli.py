"""The command line: parse options, call the engine, choose a reporter, set the exit code."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from checker import __version__
from checker.config import Config, ConfigError, check_rule_pattern, find_config, load_config
from checker.findings import SEVERITIES, SEVERITY_RANK
from checker.report import FORMAT_NAMES, Report, RuleInfo, SourceLines, renderer
from checker.rules import registry

if TYPE_CHECKING:
    from checker.importing import guides

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class FatalError(click.ClickException):
    """A problem that stops the run before any document is checked: exit code 2."""

    exit_code = EXIT_ERROR


def _rule_list(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    items = tuple(i.strip() for v in value for i in v.split(",") if i.strip())
    known = set(registry())

    def fail(message: str) -> click.BadParameter:
        return click.BadParameter(message, ctx, param)

    for item in items:
        check_rule_pattern(item, known, fail)
    return items


def _rule_selection(command: Callable) -> Callable:
    """--select and --ignore, as check, audit and review take them."""
    command = click.option("--ignore", multiple=True, callback=_rule_list, help="不运行这些规则")(command)
    return click.option(
        "--select", multiple=True, callback=_rule_list, help="只运行这些规则（逗号分隔，可用通配符）"
    )(command)


_config_option = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="配置文件（默认 guidelint.yaml）"
)


def _rule_infos() -> dict[str, RuleInfo]:
    return {r.id: RuleInfo(r.id, r.title, r.severity, r.doc) for r in registry().values()}


def _load_config(path: str | None) -> Config:
    try:
        return load_config(path or find_config("."), list(registry()))
    except ConfigError as err:
        raise FatalError(f"配置文件有误：{err}") from None


def run_checks(paths: list[str], config: Config, jobs: int | None, no_cache: bool, models: bool = False):
    """Run the engine with the cache and worker processes the options ask for (``models``:
    the result's documents keep their models, as --fix needs)."""
    from checker.cache import Cache, fingerprint
    from checker.engine import default_jobs, run

    cache = None
    if not no_cache:
        cache = Cache(Cache.default_folder(), fingerprint(repr(config), config.glossaries + config.packs))
    return run(paths, config, jobs or default_jobs(), cache, models)


def _source_lines(result) -> SourceLines:
    """The lines of the files checked (for excerpts and baseline keys), split on demand."""
    return SourceLines({d.path: d.text for d in result.documents if d.text is not None})


def exit_code(findings, fail_on: str, crashed: bool) -> int:
    if crashed:
        return EXIT_ERROR
    threshold = SEVERITY_RANK[fail_on]
    return EXIT_FINDINGS if any(SEVERITY_RANK[f.severity] >= threshold for f in findings) else EXIT_CLEAN


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="guidelint")
def cli() -> None:
    """guidelint：在办事指南发布前发现会导致“办不成事”的问题。"""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMAT_NAMES),
    default="text",
    show_default=True,
    help="输出格式",
)
@_rule_selection
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default=None,
    help="达到该级别的问题使退出码为 1（默认 error）",
)
@_config_option
@click.option("--statistics", is_flag=True, help="按规则统计问题数")
@click.option("--no-cache", is_flag=True, help="不读写缓存（默认缓存在 .guidelint_cache）")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="并行进程数（默认全部核）")
@click.option("--fix", is_flag=True, help="自动修复可安全修复的问题（只改写出问题的文字），再报告其余问题")
@click.option(
    "--baseline", "baseline_file", type=click.Path(dir_okay=False), help="只报告不在此基线文件中的问题"
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="把当前全部问题记入基线文件（之后用 --baseline）",
)
@click.option("--changed-since", metavar="REF", help="只报告自 git 修订版本 REF 以来改动的行上的问题")
def check(
    paths, output_format, select, ignore, fail_on, config_path, statistics, no_cache, jobs, fix,
    baseline_file, write_baseline, changed_since,
) -> None:  # fmt: skip
    """检查办事指南和窗口收件清单（默认当前目录）。"""
    config = _load_config(config_path)
    config = config.with_options(
        select=select or None, ignore=(config.ignore + ignore) if ignore else None, fail_on=fail_on
    )
    result = run_checks(list(paths) or ["."], config, jobs, no_cache, models=fix)
    if fix:
        result = _fix(result, lambda: run_checks(list(paths) or ["."], config, jobs, no_cache))
    result.findings = _filter_findings(
        result, list(paths) or ["."], baseline_file, write_baseline, changed_since
    )
    for message in result.messages:
        click.echo(message, err=True)
    report = Report(
        findings=result.findings,
        files=len(result.documents),
        source_lines=_source_lines(result),
        paths=[d.path for d in result.documents],
        rules=_rule_infos(),
        color=output_format == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ,
    )
    click.echo(renderer(output_format)(report), nl=False)
    if statistics:
        _print_statistics(result.findings)
    for crash in result.crashes:
        click.echo(f"guidelint 内部错误（请报告此问题）：{crash}", err=True)
    if result.messages and not result.documents:
        sys.exit(EXIT_ERROR)
    sys.exit(exit_code(result.findings, config.fail_on, bool(result.crashes)))


def _fix(result, recheck):
    """Apply the safe fixes, say what was done, and check again so the report shows what remains."""
    from checker.fix import apply_fixes

    outcome = apply_fixes(result.findings, result.documents)
    for message in outcome.refused:
        click.echo(message, err=True)
    if not outcome.fixed:
        return result
    click.echo(f"已自动修复 {sum(outcome.fixed.values())} 处（{len(outcome.fixed)} 个文件）", err=True)
    return recheck()


def _filter_findings(result, paths: list[str], baseline_file, write_file, changed_since) -> list:
    """--write-baseline, --baseline and --changed-since, applied after suppression."""
    findings = result.findings
    if not (write_file or baseline_file or changed_since):
        return findings
    from checker import baseline, changes

    lines = _source_lines(result)
    try:
        if write_file:
            baseline.save(
                write_file, baseline.Baseline.from_findings(findings, baseline.file_key(write_file, lines))
            )
            click.echo(f"已将 {len(findings)} 个问题记入基线 {write_file}", err=True)
            findings = []
        elif baseline_file:
            recorded, key = baseline.load(baseline_file), baseline.file_key(baseline_file, lines)
            findings, leftover = recorded.match(findings, key)
            stale = baseline.stale(leftover, [d.path for d in result.documents], baseline_file)
            if stale:
                click.echo(f"基线中有 {stale} 个问题已不再出现；可用 --write-baseline 更新基线", err=True)
        if changed_since:
            cross_document = {r.id for r in registry().values() if r.scope in ("pair", "corpus")}
            findings = changes.select(findings, changes.changed_since(changed_since, paths), cross_document)
    except (baseline.BaselineError, changes.ChangesError) as err:
        raise FatalError(str(err)) from None
    return findings


def _print_statistics(findings) -> None:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    rules = registry()
    for rule, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"{count:>6}  {rule:<34} {rules[rule].title}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="写出 HTML 报告到此文件")
@click.option(
    "--history", "history_path", type=click.Path(dir_okay=False), help="把本次结果追加到此 SQLite 历史库"
)
@click.option("--xlsx", "xlsx_path", type=click.Path(dir_okay=False), help="把问题清单写成 Excel 工作簿")
@click.option("--label", default="", help="本次检查的名称，写入报告和历史库（如“2026年11月找茬日”）")
@click.option(
    "--xlsx-returned",
    "returned_path",
    type=click.Path(exists=True, dir_okay=False),
    help="读取各单位交回的问题清单，列出标为“已整改”却仍被发现的问题",
)
@_rule_selection
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None, help="达到该级别的问题使退出码为 1")
@_config_option
def audit(
    paths, html_path, history_path, xlsx_path, label, returned_path, select, ignore, fail_on, config_path
) -> None:  # fmt: skip
    """为找茬日检查生成整套语料的报告：HTML（含图表和趋势）、历史库、Excel。"""
    from datetime import datetime

    from checker.audit import excel_export, history, html
    from checker.audit.summary import summarize
    from checker.engine import run

    if not (html_path or history_path or xlsx_path or returned_path):
        raise click.UsageError("请至少给出 --html、--history、--xlsx 或 --xlsx-returned 之一")
    started = datetime.now().astimezone()
    started_at = started.isoformat(timespec="seconds")
    config = _load_config(config_path)
    config = config.with_options(
        select=select or None, ignore=(config.ignore + ignore) if ignore else None, fail_on=fail_on
    )
    given = list(paths) or ["."]
    result = run(given, config)
    for message in result.messages:
        click.echo(message, err=True)
    if result.messages and not result.documents:
        sys.exit(EXIT_ERROR)
    summary = summarize(result.documents, result.findings, given)
    report = Report(
        findings=result.findings,
        files=len(result.documents),
        source_lines=_source_lines(result),
        paths=[d.path for d in result.documents],
        rules=_rule_infos(),
    )
    if returned_path:
        _report_returned(returned_path, result.findings, report)
    trend = None
    if history_path:
        try:
            trend = history.record(history_path, summary, started_at, __version__, given, label=label)
        except history.HistoryError as err:
            raise FatalError(str(err)) from None
    outputs = []
    if html_path:
        page = html.Page(summary, report, trend, f"{started:%Y-%m-%d %H:%M}", given, __version__, label)
        _write(html_path, lambda: _write_text(html_path, html.render(page)))
        outputs.append(html_path)
    if xlsx_path:
        _write(xlsx_path, lambda: excel_export.write_workbook(xlsx_path, summary, report))
        outputs.append(xlsx_path)
    counts = summary.by_severity
    click.echo(
        f"检查了 {summary.files} 个文件、{len(summary.items)} 个事项：错误 {counts['error']}，"
        f"警告 {counts['warning']}，提示 {counts['info']}；可能办不成事的事项 {len(summary.at_risk)} 个"
        + (f"。已写出 {'、'.join(outputs)}" if outputs else "")
        + (f"；历史库 {history_path} 共 {len(trend.runs)} 次记录" if trend else ""),
        err=True,
    )
    for crash in result.crashes:
        click.echo(f"guidelint 内部错误（请报告此问题）：{crash}", err=True)
    sys.exit(exit_code(result.findings, config.fail_on, bool(result.crashes)))


def _report_returned(path: str, findings, report: Report) -> None:
    """--xlsx-returned: the rows an office marked 已整改 that this run still finds."""
    from checker.audit import excel_returned
    from checker.audit.excel_export import DONE, finding_key

    try:
        marked = excel_returned.read_returned(path)
    except excel_returned.ReturnedError as err:
        raise FatalError(str(err)) from None
    keys = {finding_key(f, report.source_lines) for f in findings}
    done = [m for m in marked if m.status == DONE]
    still = excel_returned.still_found(marked, keys)
    click.echo(
        f"交回的问题清单 {path}：{len(marked)} 个问题，标为{DONE} {len(done)} 个，"
        f"其中 {len(still)} 个本次仍被发现" + ("：" if still else "。")
    )
    for m in still:
        owner = f"（责任人：{m.fields['责任人']}）" if m.fields["责任人"] else ""
        click.echo(f"  {m.sheet}!第{m.row}行 {m.fields['事项']} · {m.fields['规则']}{owner}：{m.fields['说明']}")


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def _write(path: str, write) -> None:
    try:
        write()
    except OSError as err:
        raise FatalError(f"无法写入 {path}：{err.strerror or err}") from None


@cli.group("import")
def import_group() -> None:
    """把其他格式的材料转换为 guidelint 文档。"""


@import_group.command("checklist")
@click.argument("sheet_path", metavar="SHEET.xlsx", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", default="checklist.yaml", show_default=True, type=click.Path(dir_okay=False))
@click.option("--code", help="实施编码（默认取表头之上的“实施编码：…”）")
@click.option("--name", help="事项名称（默认取表头之上的“事项名称：…”）")
@click.option("--window", help="窗口（默认取表头之上的“窗口：…”）")
@click.option("--sheet", "sheet_name", help="工作表名称（默认第一个工作表）")
@click.option("--force", is_flag=True, help="覆盖已有的输出文件")
def import_checklist(sheet_path, output, code, name, window, sheet_name, force) -> None:
    """把窗口的 Excel 收件清单（材料名称、原件份数、复印件份数、审查要点）转换为 checklist.yaml。"""
    from checker.audit import excel_import

    if os.path.exists(output) and not force:
        raise FatalError(f"{output} 已存在；确认要覆盖时加 --force")
    try:
        sheet = excel_import.read_checklist(sheet_path, sheet_name)
        fields = excel_import.resolve_fields(sheet, {"code": code, "name": name, "window": window})
    except excel_import.SheetError as err:
        raise FatalError(str(err)) from None
    text = excel_import.checklist_yaml(sheet, sheet_path, **fields)
    try:
        excel_import.write_new(output, text, force)
    except FileExistsError:
        raise FatalError(f"{output} 已存在；确认要覆盖时加 --force") from None
    except OSError as err:
        raise FatalError(f"无法写入 {output}：{err.strerror or err}") from None
    click.echo(f"已从工作表 {sheet.title} 读出 {len(sheet.materials)} 项材料，写入 {output}", err=True)


@import_group.command("guide")
@click.argument("files", metavar="FILE...", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False), help="输出文件夹")
@click.option("--force", is_flag=True, help="覆盖已有的 guide.yaml")
@click.option(
    "--synonyms",
    "synonym_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="补充的表头与取值名称（格式同 rules/import.yaml，可重复）",
)
def import_guide(files, out_dir, force, synonym_files) -> None:
    """把 Excel 实施清单导出（.xlsx）和 Word 办事指南（.docx）转换为 DIR/<行政区划>/<事项名称>/guide.yaml。"""
    from checker.datafiles import DataFileError
    from checker.importing import guides, synonyms

    try:
        names = synonyms.load(tuple(synonym_files))
    except DataFileError as err:
        raise FatalError(f"名称文件有误：{err}") from None
    written, failed = 0, 0
    targets: set[str] = set()
    for path in files:
        try:
            imported, problems = guides.read_file(path, names)
        except guides.WorkbookError as err:
            click.echo(str(err), err=True)
            failed += 1
            continue
        for problem in problems:
            click.echo(problem, err=True)
        failed += len(problems)
        for number, entry in enumerate(imported, 1):
            target = _write_guide(entry, os.path.basename(path), out_dir, number, force, targets)
            if target is None:
                failed += 1
                continue
            targets.add(target)
            written += 1
            click.echo(target)
    click.echo(f"已写入 {written} 个事项" + (f"，{failed} 处未导入（见上）" if failed else ""), err=True)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


def _write_guide(
    entry: guides.Imported, source: str, out_dir: str, number: int, force: bool, taken: set[str]
) -> str | None:
    """Write one imported item; its path, or None once the reason it was not written is said."""
    from checker.importing import output

    where = entry.item.where
    if entry.built.errors:
        click.echo("\n".join(entry.built.errors) + f"\n{where}: 有无法读取的值，这个事项未写入", err=True)
        return None
    target = output.guide_path(out_dir, entry.built.data, number, taken)
    if target in taken:
        click.echo(f"{where}: 与本次已写入的 {target} 事项名称和实施编码都相同，未写入", err=True)
        return None
    try:
        output.write(target, output.guide_yaml(entry.built, source), force)
    except FileExistsError:
        click.echo(f"{where}: {target} 已存在，未写入；确认要覆盖时加 --force", err=True)
        return None
    except OSError as err:
        click.echo(f"{where}: 无法写入 {target}：{err.strerror or err}", err=True)
        return None
    return target


@cli.command()
@click.argument("old")
@click.argument("new", required=False)
@click.option("--new", "is_new", is_flag=True, help="审查新发布的文件：只给出这个文件（等同于 OLD 写 /dev/null）")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(("text", "json", "markdown", "html")),
    default="text",
    show_default=True,
    help="输出格式（markdown 适合贴在合并请求评论中；html 是给审核人阅读、打印的单页）",
)
@_rule_selection
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default=None,
    help="新增问题达到该级别时退出码为 1（默认 error）",
)
@_config_option
def review(old, new, is_new, output_format, select, ignore, fail_on, config_path) -> None:
    """比较同一事项办事指南（或收件清单）的两个版本：对申请人意味着什么，新增了哪些问题。

    OLD、NEW 是文件，或 git 中的版本（修订版本:路径，如 HEAD~1:guides/事项/guide.yaml）。
    新发布的文件 OLD 写 /dev/null（或用 --new），删除的文件 NEW 写 /dev/null；也可比较收件清单的两个版本。
    """
    from checker.datafiles import DataFileError
    from checker.report.review_formats import render
    from checker.review import ABSENT, run_review
    from checker.revision import RevisionError

    if is_new:
        if new is not None:
            raise click.UsageError("--new 只需给出新发布的文件")
        old, new = ABSENT, old
    elif new is None:
        raise click.UsageError("请给出 OLD 和 NEW 两个版本（新发布的文件用 --new 或 OLD 写 /dev/null）")

    config = _load_config(config_path)
    config = config.with_options(
        select=select or None, ignore=(config.ignore + ignore) if ignore else None, fail_on=fail_on
    )
    try:
        result = run_review(old, new, config)
    except (RevisionError, DataFileError) as err:
        raise FatalError(str(err)) from None
    click.echo(render(result, _rule_infos(), output_format), nl=False)
    for crash in result.crashes:
        click.echo(f"guidelint 内部错误（请报告此问题）：{crash}", err=True)
    sys.exit(exit_code(result.findings, config.fail_on, bool(result.crashes)))


@cli.command("rules")
@click.argument("rule_id", required=False)
def rules_command(rule_id: str | None) -> None:
    """列出全部规则；给出规则编号时显示其说明和示例。"""
    rules = registry()
    if rule_id is None:
        for listed in rules.values():
            click.echo(f"{listed.id:<34} {listed.severity:<8} {listed.title}")
        return
    rule = rules.get(rule_id)
    if rule is None:
        from rapidfuzz import process

        guess = process.extractOne(rule_id, list(rules))
        hint = f"；是否应为 {guess[0]}？" if guess and guess[1] >= 60 else ""
        raise click.UsageError(f"没有规则「{rule_id}」{hint}")
    click.echo(describe_rule(rule_id))


def describe_rule(rule_id: str) -> str:
    """A rule's documentation as ``guidelint rules ID`` prints it."""
    rule = registry()[rule_id]
    lines = [f"{rule.id}  {rule.title}", f"默认级别：{rule.severity}", "", rule.doc, ""]
    for label, files in (("错误示例", rule.bad), ("正确示例", rule.good)):
        if not files:
            continue
        lines.append(f"## {label}")
        for name, text in files.items():
            lines.append(f"# {name}")
            lines.append(text.rstrip("\n"))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


@cli.command()
@click.argument("kind", type=click.Choice(["guide", "checklist", "glossary", "wording", "pairing", "catalogue"]))
def schema(kind: str) -> None:
    """输出办事指南或收件清单的 JSON Schema（供编辑器补全和校验）。"""
    from checker.schemas import schema_text

    click.echo(schema_text(kind), nl=False)


@cli.command()
def server() -> None:
    """语言服务器（LSP，经标准输入输出）：编辑器中边写边查，提供修复和屏蔽操作。"""
    from checker.server.app import serve

    serve()


def main() -> None:
    try:
        cli.main(prog_name="guidelint")
    except SystemExit:
        raise
    except Exception:  # never a bare traceback: say what happened and exit 2
        click.echo("guidelint 内部错误（请报告此问题）：\n" + traceback.format_exc(), err=True)
        sys.exit(EXIT_ERROR)
