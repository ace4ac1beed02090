"""Numbers with units in templates, written for the page's language by
apps/core/quantities.py: {% amount low high currency %} gives "RMB 1.2 million",
"120万元"; {{ value|quantity:"m2" }} gives "12,000 m²", "1.2万平方米"."""

from __future__ import annotations

from django import template

from apps.core.quantities import format_amount, format_quantity, reader_language

register = template.Library()


@register.simple_tag
def amount(low, high, unit: str) -> str:
    """Money that may be a range or open at one end: "USD 1-3 million", "up to
    RMB 5 million"; empty when neither end is given."""
    return format_amount(low, high, unit, language=reader_language())


@register.filter
def quantity(value, unit: str) -> str:
    """One exact figure in the unit given: "12,000 m²", "1.2万平方米"."""
    if value is None or value == "":
        return ""
    return format_quantity(value, unit, language=reader_language())
