"""Uploaded images are re-encoded through Pillow before they are stored.

Only the pixels survive: EXIF (camera, GPS position), comments, ICC profiles and
anything appended to the file are dropped, and a file that merely claims to be an
image cannot reach the media folder. The format stays the one Pillow recognised
(JPEG, PNG or WebP); the extension follows the format.
"""

from __future__ import annotations

import io
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db.models import ImageField
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from .validators import ALLOWED_IMAGE_FORMATS

EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}


def reencode_image(upload, name: str) -> ContentFile:
    """The image decoded and saved again without metadata (raises ValidationError
    for anything that is not a JPEG, PNG or WebP within the pixel bound)."""
    upload.seek(0)
    try:
        with Image.open(upload, formats=ALLOWED_IMAGE_FORMATS) as image:
            width, height = image.size
            if width * height > settings.IMAGE_UPLOAD_MAX_PIXELS:
                raise ValidationError(
                    _("The image has too many pixels."), code="image_too_many_pixels"
                )
            image_format = image.format
            image.load()
            image = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("The image has too many pixels."), code="image_too_many_pixels"
        ) from None
    except Exception:
        raise ValidationError(
            _("Upload a JPEG, PNG or WebP image."), code="image_format"
        ) from None
    output = io.BytesIO()
    if image_format == "JPEG":
        if image.mode not in {"RGB", "L"}:
            image = image.convert("RGB")
        image.save(output, "JPEG", quality=88, optimize=True)
    elif image_format == "PNG":
        image.save(output, "PNG", optimize=True)
    else:
        image.save(output, "WEBP", quality=88)
    stem = PurePosixPath(name).stem or "image"
    return ContentFile(output.getvalue(), name=stem + EXTENSIONS[image_format])


def reencode_new_images(sender, instance, raw=False, **kwargs) -> None:
    """pre_save: re-encode every image field holding a new, not yet stored upload."""
    if raw:
        return
    for field in sender._meta.concrete_fields:
        if not isinstance(field, ImageField):
            continue
        fieldfile = getattr(instance, field.attname)
        if not fieldfile or getattr(fieldfile, "_committed", True):
            continue
        setattr(
            instance,
            field.attname,
            reencode_image(fieldfile.file, fieldfile.name),
        )
