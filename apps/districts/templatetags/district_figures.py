"""Figures as readers see them: "about 80 billion yuan (2022)"."""

from __future__ import annotations

from django import template

from apps.districts import figures

register = template.Library()


@register.filter
def figure(indicator) -> str:
    """The whole figure with unit, year and, for targets, the word target."""
    return figures.describe(indicator)


@register.filter
def figure_amount(indicator) -> str:
    """The qualified value with its unit, without the year: "about 80 billion yuan"."""
    return figures.amount(indicator)


@register.filter
def plain_number(value) -> str:
    """A number without trailing zeros, with thousands separators: 12.5, 20,000."""
    if value is None or value == "":
        return ""
    return figures.format_number(value)
