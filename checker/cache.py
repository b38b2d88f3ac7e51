"""Results cached by content, so re-runs skip unchanged documents.

A file's key is its path, kind and bytes; entries hold a chunk of files (keyed by their keys
together, see ``engine.chunks``) or a whole run's findings. Every entry also depends on a
fingerprint of the tool (its code, its rule data, the extra packs) and the configuration: any
change to those starts afresh. Entries are written atomically (a temporary file in the same folder, then a rename),
so two runs sharing a cache never see half an entry; an entry that cannot be read is ignored
and rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

import checker
from checker import datafiles

CACHE_ENV = "GUIDELINT_CACHE_DIR"
DEFAULT_FOLDER = ".guidelint_cache"


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


class Cache:
    def __init__(self, folder: str, fingerprint: str) -> None:
        self.folder = Path(folder) / fingerprint
        self.writable = True

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
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        try:
            with open(self._file(key), "rb") as handle:
                return pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # a truncated or foreign entry: ignore it, it will be rewritten
            return None

    def put(self, key: str, value) -> None:
        if not self.writable:
            return
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        except OSError:
            self.writable = False  # a read-only checkout: run on without caching
            return
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
