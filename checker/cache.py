"""Results cached by content, so re-runs skip unchanged documents.

A file's key is its path, kind and bytes; entries hold a chunk of files (keyed by their keys
together, see ``engine.chunks``) or a whole run's findings. Every entry also depends on a
fingerprint of the tool (its code, its rule data, the extra packs) and the configuration: any
change to those starts afresh. Entries are written atomically (a temporary file in the same folder, then a rename),
so two runs sharing a cache never see half an entry; an entry that cannot be read is ignored
and rebuilt.

The cache usually sits inside the checked repository, where a pull request could plant a file
in it: entries are plain data (msgpack, or JSON for comparison in the benchmarks), decoded by
``checker.plain`` into the expected classes only, never unpickled. The folder carries its own
``.gitignore`` so that it is never committed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import checker
from checker import datafiles, plain

if TYPE_CHECKING:
    from checker.config import Config

CACHE_ENV = "GUIDELINT_CACHE_DIR"
FORMAT_ENV = "GUIDELINT_CACHE_FORMAT"  # msgpack (default) or json: the benchmarks compare both
DEFAULT_FOLDER = ".guidelint_cache"
GITIGNORE = "# Automatically created by guidelint.\n*\n"


def _json_dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _json_load(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"))


_FORMATS = ("msgpack", "json")


def _codec(name: str) -> tuple[Callable[[Any], bytes], Callable[[bytes], Any]]:
    """The entries' encoder and decoder; msgpack is imported only when a cache is used."""
    if name == "json":
        return _json_dump, _json_load
    import msgpack

    return msgpack.packb, msgpack.unpackb


def fingerprint(config_text: str, extra_files: tuple[str, ...]) -> str:
    """What every entry depends on besides the document: code, rule data, configuration."""
    digest = hashlib.sha256(checker.__version__.encode())
    package = Path(checker.__file__).parent
    data = Path(datafiles.builtin_path("catalogue.yaml")).parent
    files = sorted(package.rglob("*.py")) + sorted(package.rglob("*.json")) + sorted(data.glob("*.yaml"))
    for file in [*files, *map(Path, extra_files)]:
        digest.update(str(file.name).encode())
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(b"missing")
    digest.update(config_text.encode())
    return digest.hexdigest()[:24]


def config_cache(config: Config, folder: str) -> Cache:
    """The cache in ``folder`` for runs with ``config``."""
    return Cache(folder, fingerprint(repr(config), config.glossaries + config.packs))


class Cache:
    def __init__(self, folder: str, fingerprint: str) -> None:
        self.root = Path(folder)
        self.folder = self.root / fingerprint
        self.writable = True
        chosen = os.environ.get(FORMAT_ENV, "")
        self.format = chosen if chosen in _FORMATS else "msgpack"
        self.dump, self.load = _codec(self.format)

    @classmethod
    def default_folder(cls) -> str:
        return os.environ.get(CACHE_ENV) or DEFAULT_FOLDER

    def key(self, path: str, kind: str, data: bytes) -> str:
        digest = hashlib.sha256(f"{path}\x00{kind}\x00".encode())
        digest.update(data)
        return digest.hexdigest()

    def combined_key(self, keys: list[str]) -> str:
        """One key for several files' keys together (a chunk, a whole run)."""
        return hashlib.sha256("\x00".join(keys).encode()).hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.{self.format}"

    def get(self, key: str, hint: Any) -> Any:
        """The entry under ``key`` as a value of type ``hint``; None when there is none or it
        does not decode to that type (a truncated, foreign or planted entry: it is rewritten)."""
        try:
            with open(self._file(key), "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        try:
            return plain.decoder(hint)(self.load(data))
        except Exception:  # whatever the bytes are, they only ever fail to decode
            return None

    def put(self, key: str, value: Any, hint: Any) -> None:
        if not self.writable:
            return
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._ignore_in_git()
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        except OSError:
            self.writable = False  # a read-only checkout: run on without caching
            return
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(self.dump(plain.encoder(hint)(value)))
            os.replace(temporary, target)
        except OSError:
            Path(temporary).unlink(missing_ok=True)

    def _ignore_in_git(self) -> None:
        """A ``.gitignore`` of ``*`` in the cache folder, as ruff writes one."""
        ignore = self.root / ".gitignore"
        if not ignore.exists():
            ignore.write_text(GITIGNORE, encoding="utf-8")
