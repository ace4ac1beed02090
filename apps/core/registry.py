"""What each app declares for the site as a whole.

Core names no app. Each app fills these registries from its `AppConfig.ready()`
(see docs/architecture.md); the site-wide features read them:

- `content_apps`: the apps whose rows public pages show: a write in one makes the
  cached pages stale (apps/core/cache.py) and content editors may edit them
  (apps/accounts/roles.py);
- `navigation`: the main menu entries (apps/core/navigation.py);
- `pages`: the list pages the sitemap announces and `warm_pages` renders;
- `sitemaps`: one sitemap per published content model (/sitemap.xml);
- `demo`: the loaders of the demo content (`load_demo`), by the label the command
  prints; each app registers them in its `demo` module;
- `bulk`: each app's share of the synthetic bulk data (`seed_bulk`, devtools), from
  its `bulk` module.

`demo` and `bulk` are filled only when a command asks for them: `discover()`
imports every app's module of that name and returns the entries in INSTALLED_APPS
order, so a loader finds the rows of the apps listed before its own.

Registering a key twice is an error: two apps claiming one name is a mistake
that should fail at start, not half-work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.apps import apps as django_apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import autodiscover_modules

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

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._items.values()))

    def __contains__(self, key: str) -> bool:
        return key in self._items

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


@dataclass(frozen=True)
class BulkShare:
    """An app's share of the synthetic bulk data. devtools/bulk.py calls
    `generate(synth)` with its `Synth` (the seeded generator, the row counts of the
    scale, the COPY writer and the ids earlier shares made) and `delete(purge)` with
    its `Purge`, which collects how the share's rows are recognised, children first.
    """

    generate: Callable[[Any], None]
    delete: Callable[[Any], None]


content_apps: Registry[str] = Registry("content apps")
navigation: Registry[NavEntry] = Registry("navigation")
pages: Registry[Page] = Registry("pages")
sitemaps: Registry[type] = Registry("sitemaps")
demo: Registry[Callable[[], int]] = Registry("demo loaders")
bulk: Registry[BulkShare] = Registry("bulk data")


def register_section(
    key: str, url_name: str, label: Any, *, menu: int, sitemap: int
) -> None:
    """A list page in the main menu (placed by `menu`) and in the sitemap and cache
    warming (placed by `sitemap`)."""
    navigation.register(key, NavEntry(url_name, label, menu))
    pages.register(key, Page(url_name, sitemap))


def register_content_app(label: str) -> None:
    """Declare an app's rows public content (see `content_apps`)."""
    content_apps.register(label, label)


def discover(module: str, registry: Registry[T]) -> list[tuple[str, T]]:
    """Import every installed app's `module` (`demo`, `bulk`), which registers what
    it holds, and return the registry's entries in INSTALLED_APPS order; an app's own
    entries keep the order it registered them in, whichever module was imported
    first (an app's module imports those of the apps below it)."""
    autodiscover_modules(module)
    position = {
        config.name: n for n, config in enumerate(django_apps.get_app_configs())
    }

    def owner(entry: tuple[str, T]) -> int:
        config = django_apps.get_containing_app_config(_module_of(entry[1]))
        if config is None:
            raise ImproperlyConfigured(f"{registry.what}: {entry[0]!r} has no app.")
        return position[config.name]

    return sorted(registry.items(), key=owner)


def _module_of(item: object) -> str:
    """The module an entry comes from: a demo loader's, or a bulk share's."""
    return (item.generate if isinstance(item, BulkShare) else item).__module__
