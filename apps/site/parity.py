"""The translation-parity report: published items lacking English or Chinese text
in the fields readers see (name or title, summary, and the body or description),
for staff."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import admin
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from apps.core.models import Publishable
from apps.core.text import bracketed, join_list

MAIN_FIELDS = ("name", "title", "summary", "body", "description")
LANGUAGES = (("en", _("English")), ("zh_hans", _("Chinese")))


@dataclass
class Gap:
    obj: object
    url: str
    missing: list[tuple[str, str]]  # (field label, language label)

    @property
    def missing_text(self) -> str:
        """ "summary (Chinese), body (Chinese)", in Chinese with full-width brackets
        and 、 (apps/core/text.py)."""
        return join_list(
            f"{field}{bracketed(language)}" for field, language in self.missing
        )


def translated_content_models() -> list[tuple[type, list[str]]]:
    """Publishable models registered for translation, with their main fields."""
    result = []
    for model in translator.get_registered_models(abstract=False):
        if not issubclass(model, Publishable) or model._meta.proxy:
            continue
        fields = translator.get_options_for_model(model).all_fields
        main = [name for name in MAIN_FIELDS if name in fields]
        if main:
            result.append((model, main))
    return sorted(result, key=lambda item: str(item[0]._meta.verbose_name_plural))


def _empty(field: str) -> Q:
    return Q(**{f"{field}__isnull": True}) | Q(**{field: ""})


def gaps_for(model, fields: list[str]) -> list[Gap]:
    """Published items of one model with a main field empty in a language (one
    query)."""
    localized = [f"{field}_{code}" for field in fields for code, _label in LANGUAGES]
    condition = Q()
    for name in localized:
        condition |= _empty(name)
    rows = model.objects.published().filter(condition).only("pk", *localized)
    gaps = []
    opts = model._meta
    for obj in rows.order_by("pk"):
        missing = [
            (str(opts.get_field(field).verbose_name), str(label))
            for field in fields
            for code, label in LANGUAGES
            if not getattr(obj, f"{field}_{code}")
        ]
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        title = next(
            (
                getattr(obj, f"{f}_{c}")
                for f in fields
                for c, _l in LANGUAGES
                if getattr(obj, f"{f}_{c}")
            ),
            f"#{obj.pk}",
        )
        gaps.append(Gap(obj=title, url=url, missing=missing))
    return gaps


def parity_view(request: HttpRequest) -> HttpResponse:
    sections = [
        {
            "name": model._meta.verbose_name_plural,
            "fields": fields,
            "gaps": gaps_for(model, fields),
        }
        for model, fields in translated_content_models()
    ]
    context = {
        **admin.site.each_context(request),
        "title": _("Translation parity"),
        "sections": sections,
    }
    return TemplateResponse(request, "admin/translation_parity.html", context)
