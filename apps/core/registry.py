"""What each app declares for the site as a whole.

Core names no app. Each app fills these registries from its `AppConfig.ready()`
(see docs/architecture.md); the site-wide features read them:

- `content_apps`: the apps whose rows public pages show: a write in one makes the
  cached pages stale (apps/core/cache.py) and content editors may edit them
  (apps/accounts/roles.py);
- `navigation`: the main menu entries (apps/core/navigation.py);
- `pages`: the list pages the sitemap announces and `warm_pages` renders;
- `sitemaps`: one sitemap per published content model (/sitemap.xml);
- `demo`: the loaders of the demo content, run in registration order
  (`load_demo`); apps register in INSTALLED_APPS order, so a loader finds the
  rows of the apps listed before its own;
- `bulk`: the synthetic bulk data generators (`seed_bulk`, devtools), same order.

Registering a key twice is an error: two apps claiming one name is a mistake
that should fail at start, not half-work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.core.exceptions import ImproperlyConfigured

T = TypeVar("T")


class Registry(Generic[T]):
    """An ordered, named collection that apps add to once, at start."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._items: dict[str, T] = {}

    def register(self, key: str, item: T) -> T:
        if key in self._items:
            raise ImproperlyConfigured(f"{self.what}: {key!r} is registered twice.")
        self._items[key] = item
        return item

    def unregister(self, key: str) -> None:
        """Remove an entry (tests that add an app of their own clean up with it)."""
        self._items.pop(key, None)

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._items.values()))

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def items(self) -> list[tuple[str, T]]:
        return list(self._items.items())

    def get(self, key: str) -> T:
        return self._items[key]


@dataclass(frozen=True)
class NavEntry:
    """A main-menu link: `order` places it (10, 20, … leave room between)."""

    url_name: str
    label: Any  # a lazy translation
    order: int


@dataclass(frozen=True)
class Page:
    """A page without an object (a list, a tool, a form): the sitemap lists it and
    `warm_pages` renders it into the page cache; `order` places it."""

    url_name: str
    order: int


content_apps: Registry[str] = Registry("content apps")
navigation: Registry[NavEntry] = Registry("navigation")
pages: Registry[Page] = Registry("pages")
sitemaps: Registry[type] = Registry("sitemaps")
demo: Registry[Callable[[], int]] = Registry("demo loaders")
bulk: Registry[Any] = Registry("bulk generators")


def register_content_app(label: str) -> None:
    """Declare an app's rows public content (see `content_apps`)."""
    content_apps.register(label, label)
