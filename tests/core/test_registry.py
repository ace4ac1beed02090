"""`registry.discover` runs what the apps registered in INSTALLED_APPS order."""

from __future__ import annotations

from apps.core import registry


def _from(module: str):
    def loader() -> int:
        return 0

    loader.__module__ = module
    return loader


def test_discover_orders_entries_by_app_whatever_the_import_order():
    entries: registry.Registry = registry.Registry("test loaders")
    entries.register("news", _from("apps.news.demo"))
    entries.register("districts", _from("apps.districts.demo"))
    entries.register("industries", _from("apps.districts.demo"))
    entries.register("site settings", _from("apps.core.demo"))
    found = registry.discover("no_such_module", entries)
    assert [label for label, _ in found] == [
        "site settings",
        "districts",
        "industries",
        "news",
    ]


def test_every_content_app_registers_its_demo_and_bulk_data():
    demo = [label for label, _ in registry.discover("demo", registry.demo)]
    bulk = [label for label, _ in registry.discover("bulk", registry.bulk)]
    assert demo[0] == "site settings"
    assert demo[-1] == "guides"
    assert bulk == [
        "districts",
        "parks",
        "organizations",
        "events",
        "agreements",
        "policies",
        "news",
        "inquiries",
    ]
