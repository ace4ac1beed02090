"""{% load phones %}: `{{ number|phone }}` shows "+86 10 8929 2038",
`{{ number|tel_href }}` gives "tel:+861089292038" (apps/core/phones.py)."""

from __future__ import annotations

from django import template

from apps.core import phones

register = template.Library()

register.filter("phone", phones.display)
register.filter("tel_href", phones.tel_href)
