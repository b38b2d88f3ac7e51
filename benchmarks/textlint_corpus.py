"""The peer comparison: the same corpus as plain text, and prh rules for the same vocabulary.

textlint with textlint-rule-prh is what a team would reach for to flag wording. It reads text,
so every YAML document becomes one .txt file of its string values; the prh rules list the
umbrella terms, catch-all phrases, vague qualifiers and variant names of rules/.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from checker.text.vocabulary import load_vocabulary


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)] if value is not None else []


def flatten(corpus: Path, out: Path) -> Path:
    """Write each document's text values as one .txt file below ``out``."""
    for path in sorted(corpus.rglob("*.yaml")):
        with open(path, "rb") as handle:
            data = yaml.load(handle, Loader=yaml.CSafeLoader)
        target = out / path.relative_to(corpus).with_suffix(".txt")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n\n".join(_strings(data)) + "\n", encoding="utf-8")
    return out


def prh_rules(target: Path) -> Path:
    """prh rules for the vocabulary guidelint's wording rules use."""
    vocabulary = load_vocabulary()
    rules = [
        {"expected": canonical, "pattern": variant} for variant, canonical in vocabulary.variants.items()
    ]
    for term, umbrella in vocabulary.umbrellas.items():
        rules.append(
            {"expected": f"{term}（{'、'.join(umbrella.members[:3]) or '列明证件'}）", "pattern": term}
        )
    for phrase in [*vocabulary.catch_all.values(), *vocabulary.vague.values()]:
        rules.append({"expected": phrase.suggestion, "pattern": phrase.phrase})
    target.write_text(yaml.safe_dump({"version": 1, "rules": rules}, allow_unicode=True), encoding="utf-8")
    return target


def install_textlint(folder: Path) -> Path:
    """Install textlint and textlint-rule-prh into ``folder`` with npm; the textlint command."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "init", "-y"], cwd=folder, check=True, capture_output=True)
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "textlint@15", "textlint-rule-prh@6"],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    return folder / "node_modules" / ".bin" / "textlint"
