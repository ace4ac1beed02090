"""House rules every template keeps."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"
LIMIT = 120

# Lines that stay long, by how they start: a line break inside an attribute value
# would land in the URL, and tests pin the exact text of the other two, which has no
# place for a line break that HTML would not show as a space.
MAY_BE_LONG = {
    ("includes/inquiry_cta.html", 'href="{% url'): "the prefilled form's URL",
    ("events/event_detail.html", '<li><a href="{{ agreement.'): "kind, date · projects",
    ("organizations/organization_detail.html", '<li class="badge">'): "designation",
}


def _may_be_long(name: str, line: str) -> bool:
    return any(
        name == path and line.lstrip().startswith(start) for path, start in MAY_BE_LONG
    )


def test_no_template_line_is_longer_than_120_characters():
    long_lines = [
        f"{name}:{number} ({len(line)} characters)"
        for path in sorted(TEMPLATES.rglob("*"))
        if path.is_file()
        for name in [path.relative_to(TEMPLATES).as_posix()]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > LIMIT and not _may_be_long(name, line)
    ]
    assert not long_lines, "\n".join(long_lines)


def test_partials_live_in_includes_folders():
    # One convention: templates/includes/ for shared partials and
    # templates/<app>/includes/ for an app's own; no _underscore partials.
    stray = [path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("_*")]
    assert not stray
