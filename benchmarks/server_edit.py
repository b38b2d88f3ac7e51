"""How long ``guidelint server`` takes to answer an edit of a typical guide.

The real server is started over stdio, as an editor starts it, with a guide and its checklist
open. Each of the edits types one more character into the guide's first 受理条件; the time is
taken from sending didChange to receiving the publishDiagnostics for that version of the guide
(the server has then re-checked the guide, its pair and its corpus neighbourhood, and published
the checklist too). Two workspaces: a copy of the sample corpus (guides/) and a generated one,
each started twice: the second start finds the result cache the first one wrote in the folder.

    python benchmarks/server_edit.py                 # sample corpus and 2,000 generated items
    python benchmarks/server_edit.py --items 4000 --edits 20
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

ROOT = Path(__file__).resolve().parent.parent
TYPED = "申请人应当在本市连续缴纳社会保险满十二个月以上"


async def measure(folder: Path, guide: Path, edits: int) -> tuple[float, list[float]]:
    """Seconds to start and load the workspace, and the seconds of each edit's round trip."""
    client = LanguageClient("server-edit-benchmark", "1")
    published: dict[tuple[str, int | None], float] = {}
    arrived = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_publish(params: types.PublishDiagnosticsParams) -> None:
        published[(params.uri, params.version)] = time.perf_counter()
        arrived.set()

    async def wait_for(uri: str, version: int) -> float:
        while (uri, version) not in published:
            arrived.clear()
            await arrived.wait()
        return published[(uri, version)]

    started = time.perf_counter()
    await client.start_io(sys.executable, "-m", "checker", "server")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            workspace_folders=[types.WorkspaceFolder(from_fs_path(str(folder)), folder.name)],
        )
    )
    client.initialized(types.InitializedParams())
    text = guide.read_text(encoding="utf-8")
    guide_uri = from_fs_path(str(guide))
    for path in (guide.with_name("checklist.yaml"), guide):
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(from_fs_path(str(path)), "yaml", 1, path.read_text(encoding="utf-8"))
            )
        )
    await wait_for(guide_uri, 1)
    loaded = time.perf_counter() - started
    marker = "受理条件:\n  - "
    assert marker in text, f"{guide} has no 受理条件 list"
    times = []
    for version in range(2, edits + 2):
        typed = TYPED[: version - 1]
        edited = text.replace(marker, marker + typed, 1)
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=guide_uri, version=version),
                [types.TextDocumentContentChangeWholeDocument(edited)],
            )
        )
        times.append(await wait_for(guide_uri, version) - sent)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return loaded, times


def typical_guide(folder: Path) -> Path:
    """The first guide (in path order) that has a checklist beside it and a 受理条件 list."""
    for guide in sorted(folder.rglob("guide.yaml")):
        if guide.with_name("checklist.yaml").exists() and "受理条件:\n  - " in guide.read_text("utf-8"):
            return guide
    raise SystemExit(f"no guide with a checklist under {folder}")


def report(name: str, documents: int, loaded: float, times: list[float]) -> None:
    ms = [t * 1000 for t in times]
    print(
        f"{name}: {documents} documents, start and load {loaded:.2f} s; {len(ms)} edits: "
        f"median {statistics.median(ms):.1f} ms, min {min(ms):.1f} ms, max {max(ms):.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000, help="generated items (two documents each)")
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        sample = Path(scratch) / "guides"
        shutil.copytree(ROOT / "guides", sample)
        generated = Path(scratch) / "generated"
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(generated), "--items", str(args.items)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        for name, folder in (("sample corpus", sample), ("generated corpus", generated)):
            documents = sum(1 for p in folder.rglob("*.yaml") if p.name.endswith(("guide.yaml", "checklist.yaml")))
            for start in ("first start", "second start"):  # the second reads the first's result cache
                loaded, times = asyncio.run(measure(folder, typical_guide(folder), args.edits))
                report(f"{name}, {start}", documents, loaded, times)


if __name__ == "__main__":
    main()
