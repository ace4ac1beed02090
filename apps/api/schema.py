"""OpenAPI description: every operation takes `lang`; lists take `format` too."""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter

LANG = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    enum=["en", "zh-hans"],
    description="Language of translated texts; default: Accept-Language, else en.",
)
FORMAT = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "csv"],
    description="csv: every matching row as one CSV file (same filters).",
)


class OpenDataAutoSchema(AutoSchema):
    def get_override_parameters(self):
        parameters = [*super().get_override_parameters(), LANG]
        if self._is_list_view():
            parameters.append(FORMAT)
        return parameters
