"""The fields every app's API serializers share (apps/<app>/api.py).

Translated fields (`name`, `title`, `summary` …) are given in the language the
request chose (see `language.py`), falling back to the other language as the site
does. A related object that readers may not see (a draft or scheduled district,
park, organization, event …) is shown as `null`: neither its slug nor its name leaks
(`LiveRefField`, `LiveRefListField`).
"""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


class LiveRefField(serializers.Field):
    """A published related object as {slug, name}; anything else as null."""

    def __init__(self, label_attr: str = "name", **kwargs) -> None:
        self.label_attr = label_attr
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        # Null foreign keys must reach to_representation, not be skipped.
        try:
            return super().get_attribute(instance)
        except AttributeError:
            return None

    def to_representation(self, value):
        if value is None or not getattr(value, "is_live", False):
            return None
        return {"slug": value.slug, "name": getattr(value, self.label_attr)}


# Documented shape of a LiveRefField.
LIVE_REF_SCHEMA = {
    "type": "object",
    "nullable": True,
    "properties": {"slug": {"type": "string"}, "name": {"type": "string"}},
}
LiveRefField = extend_schema_field(LIVE_REF_SCHEMA)(LiveRefField)


@extend_schema_field({"type": "array", "items": LIVE_REF_SCHEMA})
class LiveRefListField(serializers.Field):
    """Published objects of a prefetched many-to-many as [{slug, name}]."""

    def __init__(self, label_attr: str = "name", **kwargs) -> None:
        self.label_attr = label_attr
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [
            {"slug": item.slug, "name": getattr(item, self.label_attr)}
            for item in value.all()
            if item.is_live
        ]


class PageUrlField(serializers.Field):
    """The absolute address of the item's public page, in the chosen language."""

    def __init__(self, **kwargs) -> None:
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        url = value.get_absolute_url()
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


PageUrlField = extend_schema_field(OpenApiTypes.URI)(PageUrlField)


class FileUrlField(serializers.Field):
    """The absolute address of an uploaded file, or null."""

    def __init__(self, **kwargs) -> None:
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return super().get_attribute(instance)

    def to_representation(self, value):
        if not value:
            return None
        request = self.context.get("request")
        return request.build_absolute_uri(value.url) if request else value.url


FileUrlField = extend_schema_field(
    {"type": "string", "format": "uri", "nullable": True}
)(FileUrlField)
