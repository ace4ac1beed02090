import simple_history
from modeltranslation.translator import TranslationOptions, register

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


for model in (Policy, Measure):
    simple_history.register(model)
