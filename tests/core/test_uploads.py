"""Uploaded images are verified and re-encoded; attachments are PDFs only."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from apps.core.validators import validate_image, validate_pdf
from apps.news.models import Article
from apps.policies.models import Policy
from tests.core.admin_forms import admin_url, form_errors
from tests.factories.news import ArticleFactory
from tests.factories.policies import PolicyFactory

pytestmark = pytest.mark.django_db


def _image_bytes(fmt: str, size=(40, 30), **save) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, fmt, **save)
    return buffer.getvalue()


def _jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "SpyCam"  # camera make
    exif[0x8825] = {1: "N", 2: (39.0, 54.0, 0.0)}  # GPS position
    return _image_bytes("JPEG", exif=exif.tobytes())


def _png_bomb(width=100_000, height=100_000) -> bytes:
    """A tiny PNG whose header claims ten billion pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


def test_a_saved_image_is_re_encoded_without_its_metadata():
    original = _jpeg_with_gps()
    assert b"SpyCam" in original
    article = ArticleFactory()
    article.cover_image = SimpleUploadedFile("cover.jpeg", original, "image/jpeg")
    article.save()

    stored = article.cover_image.read()
    assert b"SpyCam" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert image.size == (40, 30)
        assert not image.getexif()
    assert article.cover_image.name.endswith(".jpg")


def test_the_extension_follows_the_real_format():
    article = ArticleFactory()
    article.cover_image = SimpleUploadedFile(
        "photo.jpg", _image_bytes("PNG"), "image/jpeg"
    )
    article.save()
    assert article.cover_image.name.endswith(".png")


def test_data_appended_to_an_image_is_not_stored():
    payload = _image_bytes("WEBP") + b"<script>alert(1)</script>"
    article = ArticleFactory()
    article.cover_image = SimpleUploadedFile("a.webp", payload, "image/webp")
    article.save()
    assert b"<script>" not in article.cover_image.read()


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF"])
def test_formats_outside_the_allow_list_are_refused(fmt):
    upload = SimpleUploadedFile(f"a.{fmt.lower()}", _image_bytes(fmt))
    with pytest.raises(ValidationError, match="JPEG, PNG or WebP"):
        validate_image(upload)


def test_an_html_file_named_like_an_image_is_refused():
    upload = SimpleUploadedFile("a.png", b"<html><script>alert(1)</script></html>")
    with pytest.raises(ValidationError, match="JPEG, PNG or WebP"):
        validate_image(upload)


def test_too_many_bytes_are_refused(settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 1024
    upload = SimpleUploadedFile("a.png", _image_bytes("PNG", size=(300, 300)))
    upload.size = 2048
    with pytest.raises(ValidationError, match="larger than"):
        validate_image(upload)


def test_a_decompression_bomb_is_refused_cheaply_with_a_clear_message():
    upload = SimpleUploadedFile("bomb.png", _png_bomb(), "image/png")
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as error:
            validate_image(upload)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "too many pixels" in str(error.value)
    assert peak < 2 * 1024 * 1024


def test_a_bomb_that_skips_the_form_is_still_not_decoded():
    article = ArticleFactory()
    article.cover_image = SimpleUploadedFile("bomb.png", _png_bomb(20_000, 20_000))
    with pytest.raises(ValidationError, match="too many pixels"):
        article.save()


def test_the_admin_refuses_a_bomb_with_a_clear_message(admin_client):
    article = ArticleFactory()
    response = admin_client.post(
        admin_url(Article, "change", article.pk),
        {
            "title_en": "T",
            "slug": article.slug,
            "body_en": "B",
            "status": "draft",
            "cover_image": SimpleUploadedFile("bomb.png", _png_bomb()),
        },
    )
    assert response.status_code == 200
    assert "too many pixels" in str(form_errors(response))


def test_pdf_validator_checks_content_and_size(settings):
    validate_pdf(SimpleUploadedFile("a.pdf", b"%PDF-1.7\n..."))
    with pytest.raises(ValidationError, match="Upload a PDF"):
        validate_pdf(SimpleUploadedFile("a.pdf", b"<html>not a pdf</html>"))
    settings.ATTACHMENT_UPLOAD_MAX_BYTES = 10
    with pytest.raises(ValidationError, match="larger than"):
        validate_pdf(SimpleUploadedFile("a.pdf", b"%PDF-1.7" + b"x" * 20))


def test_admin_refuses_a_fake_pdf(admin_client):
    policy = PolicyFactory()
    response = admin_client.post(
        admin_url(Policy, "change", policy.pk),
        {
            "title_en": policy.title_en,
            "slug": policy.slug,
            "level": policy.level,
            "year": "2025",
            "status": "published",
            "attachment": SimpleUploadedFile("notice.pdf", b"MZ\x90\x00 not a pdf"),
        },
    )
    assert response.status_code == 200
    assert "Upload a PDF file." in str(form_errors(response))


def test_attachment_is_served_as_a_pdf_download(client):
    policy = PolicyFactory(slug="rent-subsidy")
    policy.attachment.save("notice.pdf", ContentFile(b"%PDF-1.4 text"), save=True)
    response = client.get("/en/policies/rent-subsidy/attachment.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="rent-subsidy.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"%PDF-1.4 text"


def test_attachment_of_a_draft_or_missing_file_is_404(client):
    draft = PolicyFactory(slug="draft-policy", status="draft")
    draft.attachment.save("d.pdf", ContentFile(b"%PDF-1.4"), save=True)
    assert client.get("/en/policies/draft-policy/attachment.pdf").status_code == 404
    PolicyFactory(slug="no-file")
    assert client.get("/en/policies/no-file/attachment.pdf").status_code == 404
