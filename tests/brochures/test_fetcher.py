"""The PDF renderer reads the portal's files from storage, never over the network."""

from __future__ import annotations

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from apps.brochures.fetcher import StorageURLFetcher

from .conftest import pdf_pages

pytestmark = pytest.mark.django_db


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), "navy").save(buffer, "JPEG")
    return buffer.getvalue()


def test_static_files_are_read_from_the_static_folders():
    response = StorageURLFetcher().fetch("http://testserver/static/css/brochure.css")
    assert b"Noto Sans CJK SC" in response.read()
    assert response.content_type == "text/css"


def test_media_files_are_read_from_the_media_storage():
    name = default_storage.save("districts/hero.jpg", ContentFile(jpeg()))
    response = StorageURLFetcher().fetch(f"http://testserver/media/{name}")
    assert response.read()[:2] == b"\xff\xd8"
    assert response.content_type == "image/jpeg"


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/en/districts/daxing/",  # a page of the portal itself
        "http://127.0.0.1:9/static/css/portal.css.missing",
        "https://example.com/tracker.png",
        "file:///etc/passwd",
        "http://testserver/static/../portal/settings.py",
        "http://testserver/media/does-not-exist.jpg",
    ],
)
def test_everything_else_is_refused_without_a_request(url, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the fetcher opened a connection")

    monkeypatch.setattr("socket.create_connection", no_network)
    with pytest.raises(ValueError, match="Not a static or media file"):
        StorageURLFetcher().fetch(url)


def test_the_cover_shows_the_districts_hero_image(client, daxing):
    # Assigned as the admin does, so that its thumbnails are made on save.
    daxing.hero_image = SimpleUploadedFile("hero.jpg", jpeg(), "image/jpeg")
    daxing.save()
    response = client.get("/en/profiles/districts/daxing.pdf")
    cover = pdf_pages(response.content)[0]
    assert len(cover.images) == 1
