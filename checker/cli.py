"""The command line: parse options, call the engine, choose a reporter, set the exit code."""

from __future__ import annotations

import inspect
import json
import os
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING

import click
import yaml

from checker import __version__, tuning
from checker.config import Config, ConfigError, UnknownRule, find_config, load_config, resolve_rule_pattern
from checker.discover import NAMING, kind_of
from checker.findings import SEVERITIES, SEVERITY_RANK
from checker.report import FORMAT_NAMES, Report, RuleInfo, SourceLines, renderer
from checker.rules import Rule, registry

if TYPE_CHECKING:
    from checker.importing import guides

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class FatalError(click.ClickException):
    """A problem that stops the run before any document is checked: exit code 2."""

    exit_code = EXIT_ERROR


def _rule_list(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """Comma-separated rule ids or patterns, each naming a rule (case-insensitive)."""
    items = tuple(i.strip() for v in value for i in v.split(",") if i.strip())
    known = set(registry())
    try:
        return tuple(resolve_rule_pattern(item, known) for item in items)
    except UnknownRule as err:
        raise click.BadParameter(str(err), ctx, param) from None


def _shared_options(command: Callable) -> Callable:
    """--select, --extend-select, --ignore, --fail-on and --config, as check, audit and review
    take them."""
    options = [
        click.option(
            "--select", multiple=True, callback=_rule_list, help="只运行这些规则（逗号分隔，可用通配符）"
        ),
        click.option(
            "--extend-select", multiple=True, callback=_rule_list, help="在配置选定的规则之外再运行这些规则"
        ),
        click.option("--ignore", multiple=True, callback=_rule_list, help="不运行这些规则"),
        click.option(
            "--fail-on",
            type=click.Choice(SEVERITIES),
            default=None,
            help="达到该级别的问题使退出码为 1（默认 error）",
        ),
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False),
            help="配置文件（默认从检查的路径向上找 guidelint.yaml）",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _rule_infos() -> dict[str, RuleInfo]:
    return {r.id: RuleInfo(r.id, r.title, r.severity, r.doc) for r in registry().values()}


def configure(
    config_path: str | None,
    start: str,
    select: tuple[str, ...] = (),
    extend_select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    fail_on: str | None = None,
) -> Config:
    """The configuration (``--config``, else ``guidelint.yaml`` found from the checked path
    ``start`` upward) with the command line's rule selection on top."""
    folder = start if os.path.isdir(start) else os.path.dirname(start) or "."
    try:
        config = load_config(config_path or find_config(folder), list(registry()))
    except ConfigError as err:
        raise FatalError(f"配置文件有误：\n{err}" if "\n" in str(err) else f"配置文件有误：{err}") from None
    chosen = select or (config.select if extend_select else None)
    return config.with_options(
        select=(tuple(chosen) + extend_select) if chosen else None,
        ignore=(config.ignore + ignore) if ignore else None,
        fail_on=fail_on,
    )


def run_checks(paths: list[str], config: Config, jobs: int | None, no_cache: bool, models: bool = False):
    """Run the engine with the cache and worker processes the options ask for (``models``:
    the result's documents keep their models, as --fix needs)."""
    from checker.cache import Cache, config_cache
    from checker.engine import default_jobs, run

    cache = None if no_cache else config_cache(config, Cache.default_folder())
    return run(paths, config, jobs or default_jobs(), cache, models)


def _source_lines(result) -> SourceLines:
    """The lines of the files checked (for excerpts and baseline keys), split on demand."""
    return SourceLines({d.path: d.text for d in result.documents if d.text is not None})


def exit_code(findings, fail_on: str, crashed: bool) -> int:
    if crashed:
        return EXIT_ERROR
    threshold = SEVERITY_RANK[fail_on]
    return EXIT_FINDINGS if any(SEVERITY_RANK[f.severity] >= threshold for f in findings) else EXIT_CLEAN


def use_color(choice: str, stream) -> bool:
    """--color always|never, else NO_COLOR and FORCE_COLOR (https://no-color.org), else a terminal."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty()


def _say_what_was_skipped(result, quiet: bool) -> None:
    """Messages about skipped paths; no document at all is an error, never a green run."""
    for message in result.messages:
        click.echo(message, err=True)
    if not result.documents and not result.excluded:
        raise FatalError("没有找到要检查的办事指南或收件清单")
    if result.excluded and not quiet:
        click.echo(f"已按配置 exclude 跳过 {result.excluded} 个指定的文件", err=True)


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
@_shared_options
@click.option("--statistics", is_flag=True, help="只输出按规则统计的问题数（不列出各个问题）")
@click.option("--no-cache", is_flag=True, help="不读写缓存（默认缓存在 .guidelint_cache）")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="并行进程数（默认：可用的核数减去此刻其他程序占用的核数，至少 1）")
@click.option(
    "--fix", is_flag=True, help="自动修复报告中可安全修复的问题（只改写出问题的文字），再报告其余问题"
)
@click.option(
    "--diff",
    is_flag=True,
    help="以 diff 形式显示 --fix 会做的修改，不改写文件（与 --fix 同用时也不改写）；有修改时退出码为 1",
)
@click.option("--show-fixes", is_flag=True, help="在每个可修复的问题下显示修复后的写法")
@click.option(
    "--baseline", "baseline_file", type=click.Path(dir_okay=False), help="只报告不在此基线文件中的问题"
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="把当前全部问题记入基线文件（之后用 --baseline）",
)
@click.option("--changed-since", metavar="REF", help="只报告自 git 修订版本 REF 以来改动的行上的问题")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="把报告写入此文件而不是标准输出")
@click.option("--exit-zero", is_flag=True, help="有问题时退出码也为 0（用法错误和内部错误仍为 2）")
@click.option("--quiet", "-q", is_flag=True, help="只输出问题，不输出汇总和提示")
@click.option(
    "--color",
    type=click.Choice(("auto", "always", "never")),
    default="auto",
    show_default=True,
    help="文本输出是否着色（auto：终端中着色，遵守 NO_COLOR 和 FORCE_COLOR）",
)
@click.option(
    "--stdin-filename", metavar="PATH", help="路径为 - 时，标准输入的内容作为此文件检查（文件名决定文档种类）"
)
def check(
    paths, output_format, select, extend_select, ignore, fail_on, config_path, statistics, no_cache, jobs,
    fix, diff, show_fixes, baseline_file, write_baseline, changed_since, output_file, exit_zero, quiet,
    color, stdin_filename,
) -> None:  # fmt: skip
    """检查办事指南和窗口收件清单（默认当前目录；- 表示标准输入）。"""
    given = list(paths) or ["."]
    if changed_since is not None and not changed_since.strip():
        raise click.BadParameter("修订版本不能为空（如 origin/main、HEAD~1）", param_hint="--changed-since")
    _check_stdin_options(given, stdin_filename, fix or bool(write_baseline))
    if statistics and output_format not in ("text", "json"):
        raise click.BadParameter("--statistics 只能与 text 或 json 格式同用", param_hint="--format")
    start = stdin_filename if "-" in given else given[0]
    config = configure(config_path, start, select, extend_select, ignore, fail_on)
    checked = [stdin_filename] if "-" in given else given
    selection = _selection(baseline_file, changed_since, checked)
    result = _checked(given, stdin_filename, config, jobs, no_cache, models=fix or diff)
    _say_what_was_skipped(result, quiet)
    shown = selection.apply(result.findings, _source_lines(result), [d.path for d in result.documents])
    if diff:
        _print_diff(shown.findings, result.documents, output_file)
    elif fix:
        result, shown = _fix(
            result, shown, selection, lambda: run_checks(given, config, jobs, no_cache, models=True), quiet
        )
    if write_baseline:
        _write_baseline(write_baseline, result)
        return
    notes = [] if quiet else shown.notes
    report = Report(
        findings=shown.findings,
        files=len(result.documents),
        source_lines=_source_lines(result),
        paths=[d.path for d in result.documents],
        rules=_rule_infos(),
        color=output_format == "text" and not output_file and use_color(color, sys.stdout),
        quiet=quiet,
        show_fixes=show_fixes,
    )
    if not diff:
        text = _statistics(shown.findings, output_format) if statistics else renderer(output_format)(report)
        _emit(text, output_file, report.color)
    for note in notes:
        click.echo(note, err=True)
    for crash in result.crashes:
        click.echo(f"guidelint 内部错误（请报告此问题）：{crash}", err=True)
    code = exit_code(shown.findings, config.fail_on, bool(result.crashes))
    if diff and code != EXIT_ERROR:
        code = EXIT_FINDINGS if any(f.fix for f in shown.findings) else EXIT_CLEAN
    sys.exit(EXIT_CLEAN if exit_zero and code == EXIT_FINDINGS else code)


def _check_stdin_options(given: list[str], stdin_filename: str | None, writes: bool) -> None:
    """``-`` stands alone, with a --stdin-filename that names a kind of document, and nothing
    to write back."""
    if "-" in given and (len(given) > 1 or not stdin_filename):
        raise click.UsageError(
            "从标准输入检查时只给出 -，并用 --stdin-filename 指明文件名（如 事项/guide.yaml）"
        )
    if "-" in given and writes:
        raise click.UsageError("从标准输入检查时不能用 --fix 或 --write-baseline")
    if stdin_filename and kind_of(os.path.basename(stdin_filename)) is None:
        raise click.BadParameter(
            f"文件名不表明是办事指南还是收件清单（{NAMING}）", param_hint="--stdin-filename"
        )


def _checked(
    given: list[str], stdin_filename: str | None, config: Config, jobs, no_cache: bool, models: bool
):
    """The engine's result for the paths, or for standard input read as ``stdin_filename``."""
    if given != ["-"]:
        return run_checks(given, config, jobs, no_cache, models)
    from checker.engine import check_stdin

    return check_stdin(stdin_filename or "", sys.stdin.buffer.read(), config)


def _selection(baseline_file: str | None, changed_since: str | None, paths: list[str]):
    """--baseline and --changed-since, read once before any file is fixed."""
    from checker.selection import Selection, SelectionError

    cross_document = {r.id for r in registry().values() if r.scope in ("pair", "corpus")}
    try:
        return Selection.read(baseline_file, changed_since, paths, cross_document)
    except SelectionError as err:
        raise FatalError(str(err)) from None


def _emit(text: str, output_file: str | None, color: bool = False) -> None:
    """The report on standard output (colored as decided, even when not a terminal), or in
    --output-file."""
    if output_file:
        _write(output_file, lambda: _write_text(output_file, text))
    else:
        click.echo(text, nl=False, color=color)


def _print_diff(findings, documents, output_file: str | None) -> None:
    from checker.fix import preview

    _emit(preview(findings, documents), output_file)


def _fix(result, shown, selection, recheck, quiet: bool):
    """Apply the safe fixes of the findings the report shows (nothing hidden by --baseline or
    --changed-since), say what was done, and check again so the report shows what remains."""
    from checker.fix import apply_fixes

    outcome = apply_fixes(shown.findings, result.documents)
    for message in outcome.refused:
        click.echo(message, err=True)
    if not outcome.fixed:
        return result, shown
    if not quiet:
        click.echo(f"已自动修复 {sum(outcome.fixed.values())} 处（{len(outcome.fixed)} 个文件）", err=True)
    result = recheck()
    return result, selection.apply(result.findings, _source_lines(result), [d.path for d in result.documents])


def _write_baseline(path: str, result) -> None:
    """Record every finding of the run in the baseline ``path`` and say how many."""
    from checker import baseline

    lines = _source_lines(result)
    try:
        baseline.save(path, baseline.Baseline.from_findings(result.findings, baseline.file_key(path, lines)))
    except baseline.BaselineError as err:
        raise FatalError(str(err)) from None
    click.echo(f"已将 {len(result.findings)} 个问题记入基线 {path}", err=True)


def _statistics(findings, output_format: str) -> str:
    """--statistics: the number of findings per rule, most first; a JSON list for --format json."""
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    rules = registry()
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if output_format == "json":
        fixable = {rule: sum(1 for f in findings if f.rule == rule and f.fix) for rule in counts}
        listed = [{"rule": r, "title": rules[r].title, "count": n, "fixable": fixable[r]} for r, n in rows]
        return json.dumps(listed, ensure_ascii=False, indent=2) + "\n"
    return "".join(f"{count:>6}  {rule:<34} {rules[rule].title}\n" for rule, count in rows)


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
@_shared_options
def audit(
    paths, html_path, history_path, xlsx_path, label, returned_path, select, extend_select, ignore, fail_on,
    config_path,
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
    given = list(paths) or ["."]
    config = configure(config_path, given[0], select, extend_select, ignore, fail_on)
    result = run(given, config)
    _say_what_was_skipped(result, quiet=False)
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
    unmatched = excel_returned.none_checked(marked, set(report.paths))
    if unmatched is not None:
        click.echo(
            f"交回的问题清单中的文件（如「{unmatched}」）都不在本次检查的文件中：问题标识含文件路径，"
            "请在导出时的目录、用导出时的路径运行，否则标为已整改的问题无法核对",
            err=True,
        )
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
@_shared_options
def review(old, new, is_new, output_format, select, extend_select, ignore, fail_on, config_path) -> None:
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

    shown = old if new == ABSENT else new  # the version whose folder holds the config
    config = configure(config_path, shown.split(":", 1)[-1], select, extend_select, ignore, fail_on)
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
@click.option(
    "--format",
    "output_format",
    type=click.Choice(("text", "json")),
    default="text",
    show_default=True,
    help="输出格式（json：编号、级别、标题、适用范围、说明和参数）",
)
def rules_command(rule_id: str | None, output_format: str) -> None:
    """列出全部规则；给出规则编号时显示其说明和示例。"""
    rules = registry()
    if rule_id is not None:
        rule_id = _one_rule(rule_id, set(rules))
    chosen = [rules[rule_id]] if rule_id else list(rules.values())
    if output_format == "json":
        data = [
            {
                "id": r.id,
                "severity": r.severity,
                "title": r.title,
                "scope": r.scope,
                "doc": inspect.cleandoc(r.doc),
                "options": _options_data(r),
            }
            for r in chosen
        ]
        click.echo(json.dumps(data[0] if rule_id else data, ensure_ascii=False, indent=2))
    elif rule_id:
        click.echo(describe_rule(rule_id))
    else:
        for rule in chosen:
            click.echo(f"{rule.id:<34} {rule.severity:<8} {rule.title}")


def _one_rule(rule_id: str, known: set[str]) -> str:
    """The id of the one rule ``rule_id`` names (in any case); a usage error otherwise."""
    if rule_id.lower() in known:
        return rule_id.lower()
    try:
        resolve_rule_pattern(rule_id, known)
    except UnknownRule as err:
        raise click.UsageError(str(err)) from None
    raise click.UsageError(f"没有规则「{rule_id}」：请给出一条规则的编号，而不是通配符")


# An option's type as JSON Schema names it, for ``rules --format json``.
_JSON_TYPES = {int: "integer", float: "number", str: "string", bool: "boolean", list: "array", dict: "object"}


def _options_data(rule: Rule) -> list[dict[str, object]]:
    """A rule's options for ``rules --format json``: name, JSON type, default and meaning."""
    return [
        {
            "name": name,
            "type": _JSON_TYPES.get(option.kind, option.kind.__name__),
            "default": rule.options[name],
            "meaning": option.meaning,
        }
        for name, option in rule.declared.items()
    ]


def _options_text(rule: Rule) -> list[str]:
    """A rule's options as ``guidelint rules ID`` lists them, each with its type, default and meaning."""
    if not rule.declared:
        return []
    lines = [f"## 参数（可在 guidelint.yaml 的 {tuning.KEY} 中设置）"]
    for name, option in rule.declared.items():
        lines.append(f"{name}（{tuning.kind_name(option.kind)}）：{option.meaning}")
        default = rule.options[name]
        if isinstance(default, (dict, list)):
            listed = yaml.safe_dump(default, allow_unicode=True, default_flow_style=False, sort_keys=False)
            lines.append("  默认：")
            lines.extend(f"    {line}" for line in listed.splitlines())
        else:
            lines.append(f"  默认：{json.dumps(default, ensure_ascii=False)}")
    lines.append("")
    return lines


def describe_rule(rule_id: str) -> str:
    """A rule's documentation as ``guidelint rules ID`` prints it."""
    rule = registry()[rule_id]
    lines = [f"{rule.id}  {rule.title}", f"默认级别：{rule.severity}", "", rule.doc, ""]
    lines.extend(_options_text(rule))
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
