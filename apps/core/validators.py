"""Validation of uploaded files, shared by every model that stores one."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image

ALLOWED_IMAGE_FORMATS = ("JPEG", "PNG", "WEBP")
# Markup or code hidden in an otherwise valid image (a polyglot, e.g. HTML after a
# PNG's last chunk) could run if a browser ever sniffed the file: refuse it.
MARKUP_SIGNATURES = (b"<script", b"<html", b"<?php", b"<svg", b"<!doctype", b"<iframe")


def _contains_markup(upload) -> bool:
    upload.seek(0)
    content = upload.read().lower()  # bounded by IMAGE_UPLOAD_MAX_BYTES above
    return any(signature in content for signature in MARKUP_SIGNATURES)


def validate_image(upload) -> None:
    """Accept only JPEG, PNG or WebP within the byte and pixel bounds."""
    if upload.size > settings.IMAGE_UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("The image is larger than %(limit)s MB."),
            code="image_too_large",
            params={"limit": settings.IMAGE_UPLOAD_MAX_BYTES // (1024 * 1024)},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        # Reading the header only: the size is known before any pixel is decoded.
        with Image.open(upload, formats=ALLOWED_IMAGE_FORMATS) as image:
            width, height = image.size
        hidden_markup = _contains_markup(upload)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("The image has too many pixels."), code="image_too_many_pixels"
        ) from None
    except Exception:
        raise ValidationError(
            _("Upload a JPEG, PNG or WebP image."), code="image_format"
        ) from None
    finally:
        upload.seek(position)
    if hidden_markup:
        raise ValidationError(
            _("Upload a JPEG, PNG or WebP image."), code="image_format"
        )
    if width * height > settings.IMAGE_UPLOAD_MAX_PIXELS:
        raise ValidationError(
            _("The image has too many pixels (at most %(limit)s million)."),
            code="image_too_many_pixels",
            params={"limit": settings.IMAGE_UPLOAD_MAX_PIXELS // 1_000_000},
        )


def validate_pdf(upload) -> None:
    """Accept only a PDF (by its first bytes, not only its name) within the bound."""
    if upload.size > settings.ATTACHMENT_UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(limit)s MB."),
            code="attachment_too_large",
            params={"limit": settings.ATTACHMENT_UPLOAD_MAX_BYTES // (1024 * 1024)},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        head = upload.read(5)
    finally:
        upload.seek(position)
    if head != b"%PDF-":
        raise ValidationError(_("Upload a PDF file."), code="attachment_format")


class CheckedImageField(forms.ImageField):
    """A form image field that applies validate_image before Pillow decodes
    anything, so a decompression bomb gets its own clear message."""

    def to_python(self, data):
        if data and hasattr(data, "size"):
            validate_image(data)
        return super().to_python(data)
