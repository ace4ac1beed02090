from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin, HistoryTranslatedAdmin, thumbnail
from apps.core.entry import ScaledEntryForm, scale_field
from apps.core.quantities import UNIT_CHOICES, UNKNOWN_UNIT
from apps.spreadsheets.admin import SpreadsheetAdmin

from .models import District, Indicator, Industry, Metric
from .resources import IndicatorResource


@admin.register(Industry)
class IndustryAdmin(HistoryTranslatedAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name_en", "name_zh_hans", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


def unit_choices():
    return UNIT_CHOICES


class MetricForm(forms.ModelForm):
    unit = forms.ChoiceField(
        label=_("unit"),
        choices=unit_choices,
        error_messages={"invalid_choice": UNKNOWN_UNIT},
        help_text=Metric._meta.get_field("unit").help_text,
    )

    class Meta:
        model = Metric
        fields = "__all__"  # noqa: DJ007 - the admin's own field list applies


@admin.register(Metric)
class MetricAdmin(HistoryTranslatedAdmin):
    form = MetricForm
    list_display = ("name", "unit_name", "industry", "order")
    list_editable = ("order",)
    list_filter = ("unit", "industry")
    list_select_related = ("industry",)
    autocomplete_fields = ("industry",)
    search_fields = ("name_en", "name_zh_hans", "slug")
    prepopulated_fields = {"slug": ("name_en",)}

    @admin.display(description=_("unit"), ordering="unit")
    def unit_name(self, obj):
        return obj.unit_label


class IndicatorForm(ScaledEntryForm):
    """A figure typed as the source writes it: 80 entered in billions."""

    scaled_fields = ("value",)
    entered_in = scale_field()

    class Meta:
        model = Indicator
        fields = "__all__"  # the inline's field list applies


class IndicatorInline(TranslationTabularInline):
    model = Indicator
    form = IndicatorForm
    extra = 0
    autocomplete_fields = ("metric",)
    fields = (
        "metric",
        "year",
        "year_inferred",
        "kind",
        "qualifier",
        "value",
        "entered_in",
        "source_en",
        "source_zh_hans",
        "source_url",
    )


@admin.register(District)
class DistrictAdmin(DistrictScopedAdmin, ContentAdmin):
    district_path = "pk"
    list_display = ("image_preview", "name", "status", "live", "featured", "order")
    list_display_links = ("image_preview", "name")
    list_filter = ("status", "featured", "industries")
    list_editable = ("featured", "order")
    search_fields = ("name_en", "name_zh_hans", "slug")
    autocomplete_fields = ("industries",)
    inlines = (IndicatorInline,)

    @admin.display(description=_("image"))
    def image_preview(self, obj):
        return thumbnail(obj.hero_image)


@admin.register(Indicator)
class IndicatorAdmin(DistrictScopedAdmin, SpreadsheetAdmin, HistoryTranslatedAdmin):
    """The districts' figures in one list: filtered, and imported or exported as
    spreadsheets (a district's page edits its own figures inline too)."""

    district_path = "district"
    form = IndicatorForm
    resource_classes = [IndicatorResource]
    list_display = ("district", "metric", "year", "kind", "qualifier", "value")
    list_filter = ("district", "kind", "metric", "year")
    list_select_related = ("district", "metric")
    search_fields = ("metric__name_en", "metric__name_zh_hans", "district__slug")
    autocomplete_fields = ("district", "metric")
