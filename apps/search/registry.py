"""The content types the search page covers, registered by their apps.

A searchable model declares its document columns (documents.search_fields), uses
searchable.SearchableQuerySet, and registers a `SearchType` from its
`AppConfig.ready()`; the search page reads `searchable` and imports no content app.
Tabs and groups follow `order`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise

from apps.core.registry import Registry


@dataclass(frozen=True)
class SearchType:
    """A searchable model: its tab (`key`, `label`, placed by `order`), the fields a
    result shows (an empty `body_field`: none), and its detail page's URL name
    (default "<key>:detail")."""

    key: str
    label: Promise
    model: Any  # a model class with a SearchableQuerySet manager
    order: int
    name_field: str = "name"
    summary_field: str = "summary"
    body_field: str = "body"
    url_name: str = ""

    def __post_init__(self) -> None:
        if not self.url_name:
            object.__setattr__(self, "url_name", f"{self.key}:detail")


_types: Registry[SearchType] = Registry("search types")


def register(search_type: SearchType) -> SearchType:
    return _types.register(search_type.key, search_type)


def search_types() -> list[SearchType]:
    """Every registered type, in tab order."""
    return sorted(_types, key=lambda each: each.order)


def type_by_key(key: str) -> SearchType | None:
    return _types.get(key) if key in _types else None
