import simple_history
from modeltranslation.translator import TranslationOptions, register

from apps.search.documents import SEARCH_FIELDS

from .models import Measure, MeasureCategory, Policy


@register(Policy)
class PolicyTranslation(TranslationOptions):
    fields = ("title", "short_title", "summary", "body")


@register(MeasureCategory)
class MeasureCategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(Measure)
class MeasureTranslation(TranslationOptions):
    fields = ("title", "text")


simple_history.register(Policy, excluded_fields=SEARCH_FIELDS)
simple_history.register(Measure)
