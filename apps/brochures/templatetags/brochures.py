"""Filters of the printed profiles."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

register = template.Library()


@register.filter
def names(items) -> str:
    """Names in a run: "Biomedicine, Medical devices"; in Chinese with the
    enumeration comma, as a Chinese editor writes it: "生物医药、医疗器械"."""
    separator = "、" if (get_language() or "").startswith("zh") else ", "
    return separator.join(str(item.name) for item in items)
