"""The API's own pages: the endpoint list and the OpenAPI description.

The endpoints themselves live with their content (apps/<app>/api.py).
"""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.views import SpectacularAPIView
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from .viewsets import OpenDataMixin


class ApiRootView(OpenDataMixin, APIView):
    """The endpoints of the open data API and its OpenAPI description."""

    schema = None
    endpoints: list[str] = []

    def get(self, request):
        links = {
            basename: request.build_absolute_uri(reverse(f"api:{basename}-list"))
            for basename in self.endpoints
        }
        links["schema"] = request.build_absolute_uri(reverse("api:schema"))
        return Response(links)


class SchemaView(OpenDataMixin, SpectacularAPIView):
    """The OpenAPI 3 description of the API, as JSON."""

    renderer_classes = [JSONRenderer]
