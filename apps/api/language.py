"""The language of an API answer: `?lang=`, else Accept-Language, else English.

The session's language cookie is ignored on purpose: the answer depends only on what
the request says, so shared caches can key it on the URL and Accept-Language.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from django.utils.translation.trans_real import parse_accept_lang_header
from rest_framework.exceptions import ValidationError

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def requested_language(request) -> str:
    """The language code the request asks for; a 400 for an unknown `lang`."""
    lang = request.query_params.get("lang")
    if lang is not None:
        if lang.lower() not in LANGUAGE_CODES:
            raise ValidationError(
                {"lang": [_("Choose one of: %s.") % ", ".join(LANGUAGE_CODES)]}
            )
        return lang.lower()
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code, _quality in parse_accept_lang_header(header[:255]):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE
