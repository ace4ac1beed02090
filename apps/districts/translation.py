import simple_history
from modeltranslation.translator import TranslationOptions, register

from apps.search.documents import SEARCH_FIELDS

from .models import District, Indicator, Industry, Metric


@register(Industry)
class IndustryTranslation(TranslationOptions):
    fields = ("name", "description")


@register(District)
class DistrictTranslation(TranslationOptions):
    fields = ("name", "summary", "body", "contact_name", "address")


@register(Metric)
class MetricTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("source",)


# History is registered after translation so the historical tables keep each language.
for model in (District, Industry):
    simple_history.register(model, excluded_fields=SEARCH_FIELDS)
for model in (Indicator, Metric):
    simple_history.register(model)
