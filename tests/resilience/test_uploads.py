"""Uploads in admin: oversized bodies are refused before they are read, and files
that are not plain JPEG/PNG/WebP images are refused by the image validation.

The polyglot we refuse is a real PNG carrying an HTML/JavaScript payload (after its
IEND chunk, where image viewers ignore it but a browser sniffing the bytes could
run it); a GIF/JavaScript polyglot is refused as a GIF already."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from apps.parks.models import Park
from tests.core.admin_forms import admin_url, publishing_data
from tests.factories.districts import DistrictFactory


def _png_bytes(size=(40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def _bomb_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A tiny PNG whose header claims width x height pixels (900 million)."""
    data = bytearray(_png_bytes((1, 1)))
    # IHDR is the first chunk: 8-byte signature, 4-byte length, b"IHDR", fields.
    fields = bytearray(data[16:29])
    fields[0:8] = struct.pack(">II", width, height)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(fields)) & 0xFFFFFFFF)
    data[16:29] = fields
    data[29:33] = crc
    return bytes(data)


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" '
    b'height="10"><script>alert(document.cookie)</script></svg>'
)
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
GIF_JS = b"GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=alert(document.domain);//;"
PNG_HTML = _png_bytes() + b"<html><script>fetch('/admin/').then(r=>r)</script></html>"
PNG_PHP = _png_bytes() + b"<?php system($_GET['c']); ?>"

# The admin's image field runs validate_image before Pillow decodes anything, so
# each refusal says what is wrong.
NOT_AN_IMAGE = "Upload a JPEG, PNG or WebP image."
HOSTILE_FILES = {
    "decompression bomb": ("bomb.png", _bomb_png(), "The image has too many pixels."),
    "svg": ("logo.svg", SVG, NOT_AN_IMAGE),
    "svg renamed .png": ("logo.png", SVG, NOT_AN_IMAGE),
    "html renamed .png": ("page.png", HTML, NOT_AN_IMAGE),
    "gif/javascript polyglot": ("x.png", GIF_JS, NOT_AN_IMAGE),
    "png/html polyglot": ("photo.png", PNG_HTML, NOT_AN_IMAGE),
    "png/php polyglot": ("photo.png", PNG_PHP, NOT_AN_IMAGE),
}


def _park_post(admin_client, image: SimpleUploadedFile, slug: str = "base"):
    district = DistrictFactory()
    return admin_client.post(
        admin_url(Park, "add"),
        {
            **publishing_data(),
            "name_en": "Biomedical Base",
            "name_zh_hans": "生物医药基地",
            "slug": slug,
            "district": district.pk,
            "kind": "industrial_base",
            "image": image,
            "images-TOTAL_FORMS": "0",
            "images-INITIAL_FORMS": "0",
        },
    )


@pytest.mark.parametrize("case", HOSTILE_FILES, ids=list(HOSTILE_FILES))
def test_hostile_image_is_refused_with_a_clear_message(admin_client, case):
    name, content, message = HOSTILE_FILES[case]
    upload = SimpleUploadedFile(name, content, content_type="image/png")

    response = _park_post(admin_client, upload)

    assert response.status_code == 200
    errors = " ".join(response.context["adminform"].form.errors.get("image", []))
    assert message in errors
    assert not Park.objects.exists()


def test_a_plain_png_is_still_accepted(admin_client):
    upload = SimpleUploadedFile("ok.png", _png_bytes(), content_type="image/png")
    response = _park_post(admin_client, upload)
    assert response.status_code == 302
    assert Park.objects.get().image


def test_thirty_megabyte_admin_upload_is_refused_and_the_site_goes_on(admin_client):
    huge = SimpleUploadedFile(
        "huge.png", _png_bytes() + b"\0" * (30 * 1024 * 1024), content_type="image/png"
    )

    response = _park_post(admin_client, huge)

    assert response.status_code == 413
    assert "too large" in response.text
    assert not Park.objects.exists()
    assert admin_client.get(admin_url(Park, "changelist")).status_code == 200


def test_large_public_post_is_refused_before_it_is_read(client, settings):
    settings.PORTAL_MAX_BODY_BYTES = 1024
    response = client.post(
        "/en/contact/", {"message": "x" * 4096}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 413
    assert "内容过大" in response.text


def test_admin_bound_is_larger_than_the_public_one(admin_client, settings):
    settings.PORTAL_MAX_BODY_BYTES = 1024
    upload = SimpleUploadedFile(
        "ok.png", _png_bytes((300, 300)) + bytes(2048), content_type="image/png"
    )
    assert upload.size > 1024
    assert _park_post(admin_client, upload).status_code == 302


def test_a_broken_content_length_is_a_400(client):
    response = client.generic("POST", "/en/contact/", b"", CONTENT_LENGTH="lots")
    assert response.status_code == 400


def test_validator_refuses_a_bomb_with_its_own_message():
    from django.core.exceptions import ValidationError

    from apps.core.validators import validate_image

    upload = SimpleUploadedFile("bomb.png", _bomb_png(), content_type="image/png")
    with pytest.raises(ValidationError, match="too many pixels"):
        validate_image(upload)
