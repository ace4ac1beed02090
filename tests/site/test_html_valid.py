"""Every page type is valid HTML by the Nu HTML Checker (vnu, the W3C validator's
engine), in English and in Chinese.

The pages are rendered with the test client and checked in one run of the checker
(starting Java once for all of them). The jar comes from npm (`make vnu` installs
devtools/vnu/package-lock.json); where Java or the jar is missing the test skips,
except under CI, where .ci/run installs both.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.page_types import LANGUAGES, chinese, load_pages
from tests.shared_redis import in_ci

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = Path(
    os.environ.get(
        "PORTAL_VNU_JAR", ROOT / "devtools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
    )
)


def _checker() -> list[str]:
    java = shutil.which("java")
    missing = []
    if java is None:
        missing.append("java (apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        missing.append(f"{VNU_JAR} (make vnu)")
    if missing:
        message = "The Nu HTML Checker needs " + " and ".join(missing)
        if in_ci():
            pytest.fail(f"{message}; CI must run this test (.ci/run installs them)")
        pytest.skip(message)
    return [java, "-Xss4m", "-jar", str(VNU_JAR)]


def test_every_page_type_is_valid_html_in_both_languages(client, tmp_path):
    checker = _checker()
    files: dict[str, str] = {}
    for name, path in load_pages():
        for language in LANGUAGES:
            url = path if language == "en" else chinese(path)
            response = client.get(url)
            expected = 404 if name == "not found" else 200
            assert response.status_code == expected, url
            file = tmp_path / f"{len(files):02d}-{language}.html"
            file.write_bytes(response.content)
            files[file.name] = f"{name} ({url})"

    result = subprocess.run(  # noqa: S603 - our own arguments, no shell
        [*checker, "--errors-only", "--format", "json", *sorted(tmp_path.iterdir())],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))}, "
        f"line {m.get('lastLine')}: "
        f"{m['message']}\n    {m.get('extract', '').strip()}"
        for m in messages
        if m.get("type") in {"error", "non-document-error"}
    ]
    assert errors == [], "\n".join(errors)
