"""The filter backend of the API: django-filter's, with one guard for OpenAPI."""

from __future__ import annotations

import copy

from django_filters.rest_framework import DjangoFilterBackend


class OpenDataFilterBackend(DjangoFilterBackend):
    """Filters each list with its page's FilterSet.

    While the OpenAPI description is generated, drf-spectacular reads the
    FilterSet's class-level filters and builds (and caches) their form fields. The
    agreement and policy year filters set their choices per request, so a cached
    field would freeze them for every later page and API request: the generator is
    given a throwaway subclass holding copies of the filters instead.
    """

    def get_filterset_class(self, view, queryset=None):
        filterset_class = super().get_filterset_class(view, queryset)
        if filterset_class is None or not getattr(view, "swagger_fake_view", False):
            return filterset_class
        schema_copy = type(filterset_class.__name__, (filterset_class,), {})
        schema_copy.base_filters = copy.deepcopy(filterset_class.base_filters)
        return schema_copy
