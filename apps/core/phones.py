"""Phone numbers: stored as international numbers (E.164, "+861089292038"),
validated on input, shown as "+86 10 8929 2038" and linked as tel:+861089292038.

A domestic number ("010 8929 2038") is read as a Beijing one (region CN); the
domestic trunk 0 never appears after the country code, so the number works when
dialled from abroad.
"""

from __future__ import annotations

import phonenumbers
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

Format = phonenumbers.PhoneNumberFormat
REGION = "CN"
INVALID = _(
    "Enter a valid phone number, for example +86 10 8929 2038 or 010 8929 2038."
)


class PhoneField(PhoneNumberField):
    """A phone number field for the portal's models (blank allowed by callers)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("region", REGION)
        kwargs.setdefault("max_length", 32)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        error_messages = {"invalid": INVALID, **kwargs.pop("error_messages", {})}
        return super().formfield(error_messages=error_messages, **kwargs)


def _parsed(value) -> phonenumbers.PhoneNumber | None:
    if not value:
        return None
    if isinstance(value, phonenumbers.PhoneNumber):
        return value
    try:
        number = phonenumbers.parse(str(value), REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def display(value) -> str:
    """ "+86 10 8929 2038"; a value that is no number is shown as it was stored."""
    number = _parsed(value)
    if number is None:
        return str(value or "")
    return phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )


def tel_href(value) -> str:
    """ "tel:+861089292038", or "" when the value is no number."""
    number = _parsed(value)
    if number is None:
        return ""
    return "tel:" + phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.E164
    )


def normalize(value: str) -> str:
    """The number a person typed as E.164 ("+861089292038", with " ext. 12" when
    an extension was given); ValidationError with the translated INVALID message
    when it is no valid number. A domestic number is read as a Chinese one."""
    from django.core.exceptions import ValidationError

    value = (value or "").strip()
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(INVALID, code="invalid_phone")
    e164 = phonenumbers.format_number(number, Format.E164)
    return f"{e164} ext. {number.extension}" if number.extension else e164
