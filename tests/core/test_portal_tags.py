from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from apps.core.templatetags.portal import thumbnail
from tests.factories.parks import ParkFactory


@pytest.mark.django_db
def test_thumbnail_filter_gives_the_pre_made_alias_url_without_making_it(settings):
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "navy").save(buffer, "JPEG")
    park = ParkFactory(image=SimpleUploadedFile("site.jpg", buffer.getvalue()))
    url = thumbnail(park.image, "card")
    assert url != park.image.url
    assert "480x270" in url
    thumb_path = settings.MEDIA_ROOT / url.removeprefix(settings.MEDIA_URL)
    assert thumb_path.exists()  # made at upload, not by the filter
    assert thumbnail(park.image, "no-such-alias") == park.image.url
    assert thumbnail(None, "card") == ""


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("39.720000"), "39.72"),
        (Decimal("116.000000"), "116"),
        (Decimal("-0.500000"), "-0.5"),
        (Decimal("39.123456"), "39.123456"),
        (None, ""),
    ],
)
def test_coordinates_show_without_trailing_zeros(value, shown):
    from apps.core.templatetags.portal import coordinate

    assert coordinate(value) == shown
