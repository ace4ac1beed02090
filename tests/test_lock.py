"""The lock files (make lock) pin, with hashes, every dependency pyproject.toml
names, at versions its ranges allow, and the same version in every file: a changed
pyproject.toml without `make lock` fails here, not on the next fresh install."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
PIN = re.compile(
    r"^([A-Za-z0-9._-]+)==(\S+) \\\n((?:\s+--hash=sha256:[0-9a-f]{64}.*\n)+)", re.M
)


def _pins(name: str) -> dict[str, str]:
    text = (ROOT / "requirements" / name).read_text()
    pins = {canonicalize_name(m.group(1)): m.group(2) for m in PIN.finditer(text)}
    requirements = [
        line
        for line in text.splitlines()
        if line and not line[0].isspace() and not line.startswith("#")
    ]
    # Every requirement line is a hashed pin.
    assert len(requirements) == len(pins), name
    return pins


def _wanted(*extras: str) -> list[Requirement]:
    lines = list(PYPROJECT["dependencies"])
    for extra in extras:
        lines += PYPROJECT["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


@pytest.mark.parametrize(
    ("lock", "extras"),
    [
        ("dev.lock", tuple(PYPROJECT["optional-dependencies"])),
        ("main.lock", ()),
        ("s3.lock", ("s3",)),
    ],
)
def test_lock_pins_every_dependency_within_its_range(lock, extras):
    pins = _pins(lock)
    for requirement in _wanted(*extras):
        version = pins.get(canonicalize_name(requirement.name))
        assert version is not None, f"{requirement.name} missing from {lock}"
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{lock}: {requirement.name}=={version} outside {requirement.specifier}"
        )


def test_the_image_locks_take_the_versions_of_the_dev_lock():
    dev = _pins("dev.lock")
    for lock in ("main.lock", "s3.lock"):
        for name, version in _pins(lock).items():
            assert dev.get(name) == version, f"{lock}: {name}"
