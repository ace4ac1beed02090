"""The layer order has two readers: INSTALLED_APPS (registration order) and the
import-linter contract that `make lint` checks. They must say the same."""

from __future__ import annotations

import tomllib
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def _contract_layers() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    (contract,) = config["tool"]["importlinter"]["contracts"]
    return contract["layers"]


def test_import_contract_lists_the_installed_apps_in_layer_order():
    apps = [name for name in settings.INSTALLED_APPS if name.startswith("apps.")]
    assert _contract_layers() == ["portal", "devtools", *reversed(apps)]


def test_core_is_the_bottom_layer():
    assert _contract_layers()[-1] == "apps.core"
    assert settings.INSTALLED_APPS.index("apps.core") < min(
        settings.INSTALLED_APPS.index(name)
        for name in settings.INSTALLED_APPS
        if name.startswith("apps.") and name != "apps.core"
    )
