"""Template helpers of the agreement pages."""

from __future__ import annotations

from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from apps.core import text

register = template.Library()


@register.simple_tag
def agreement_facts(agreement) -> str:
    """ "Strategic cooperation, <time>July 10, 2025</time> · 12 projects": the kind,
    the date (or the year alone) and, for a batch signing, the number of projects."""
    if agreement.signed_on:
        when = format_html(
            '<time datetime="{}">{}</time>',
            agreement.signed_on.strftime("%Y-%m-%d"),
            formats.date_format(agreement.signed_on, "DATE_FORMAT"),
        )
    else:
        when = text.year(agreement.signed_year)
    if agreement.year_inferred:
        when = format_html("{}{}", when, text.bracketed(_("year inferred")))
    facts = format_html("{}{}{}", agreement.get_kind_display(), text.comma(), when)
    if agreement.project_count > 1:
        count = agreement.project_count
        projects = ngettext("%(counter)s project", "%(counter)s projects", count)
        facts = format_html("{} · {}", facts, projects % {"counter": count})
    return facts
