"""House rules every template keeps."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"
LIMIT = 120


def test_no_template_line_is_longer_than_120_characters():
    long_lines = [
        f"{name}:{number} ({len(line)} characters)"
        for path in sorted(TEMPLATES.rglob("*"))
        if path.is_file()
        for name in [path.relative_to(TEMPLATES).as_posix()]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > LIMIT
    ]
    assert not long_lines, "\n".join(long_lines)


def test_partials_live_in_includes_folders():
    # One convention: templates/includes/ for shared partials and
    # templates/<app>/includes/ for an app's own; no _underscore partials.
    stray = [path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("_*")]
    assert not stray


def test_no_tag_is_split_across_lines():
    # Django reads "{% … %}" and "{{ … }}" on one line only: a tag wrapped to fit
    # the line limit is printed to readers as text.
    split = [
        f"{path.relative_to(TEMPLATES).as_posix()}:{number}"
        for path in sorted(TEMPLATES.rglob("*.html"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.count("{%") != line.count("%}") or line.count("{{") != line.count("}}")
    ]
    assert not split, "\n".join(split)
