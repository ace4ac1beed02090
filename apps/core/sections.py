"""Parts of one app's page that other apps supply.

A district's page lists its parks, organizations, events, agreements and policies;
those apps build on the districts app, so the districts app cannot import them.
Instead the page's app declares its sections (`district_page = PageSections(...)`
in apps/districts/sections.py) and each supplying app registers what it adds from
its `AppConfig.ready()`; the view calls `build(obj)` and gets one context dict.
Builders run in registration order (INSTALLED_APPS order), each returning the
context entries it supplies.

A builder may also name the partial that prints its entries
(`register("parks", print_template="parks/includes/print_parks.html")`): the
downloadable profile (apps/brochures) builds the same sections and includes those
partials in order, so a new section appears in the PDF by naming one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured

Builder = Callable[[Any], dict[str, Any]]


class PageSections:
    def __init__(self, page: str) -> None:
        self.page = page
        self._builders: dict[str, Builder] = {}
        self._print_templates: dict[str, str] = {}

    def register(
        self, name: str, *, print_template: str = ""
    ) -> Callable[[Builder], Builder]:
        """Decorator: `@district_page.register("parks")` over `def parks(district)`;
        `print_template`: the partial that shows its entries in the printed profile."""

        def decorator(builder: Builder) -> Builder:
            if name in self._builders:
                raise ImproperlyConfigured(f"{self.page}: {name!r} registered twice.")
            self._builders[name] = builder
            if print_template:
                self._print_templates[name] = print_template
            return builder

        return decorator

    def build(self, obj: Any) -> dict[str, Any]:
        context: dict[str, Any] = {}
        for builder in self._builders.values():
            context.update(builder(obj))
        return context

    def print_templates(self) -> list[str]:
        """The partials of the sections that print, in registration order."""
        return list(self._print_templates.values())
