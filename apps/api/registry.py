"""The API's endpoints: each content app registers its own from its `api.py`.

`apps.api.apps.ApiConfig.ready()` imports every installed app's `api` module
(`autodiscover_modules`, as the admin does with `admin.py`); `urls.py` builds the
router from what they registered, sorted by `order`, so the endpoint list of
`GET /api/v1/` does not depend on which module was imported first.
"""

from __future__ import annotations

from dataclasses import dataclass

from apps.core.registry import Registry


@dataclass(frozen=True)
class Route:
    """One router entry: `/api/v1/<prefix>/`, URL names `api:<basename>-list|detail`;
    `order` places it in the endpoint list (10, 20, … leave room between)."""

    prefix: str
    viewset: type
    basename: str
    order: int


routes: Registry[Route] = Registry("API routes")


def register(prefix: str, viewset: type, *, basename: str, order: int) -> Route:
    """Add an endpoint; a basename registered twice fails at start."""
    return routes.register(basename, Route(prefix, viewset, basename, order))


def ordered_routes() -> list[Route]:
    """The registered routes in endpoint-list order."""
    return sorted(routes, key=lambda route: (route.order, route.basename))
