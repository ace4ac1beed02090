import simple_history
from modeltranslation.translator import TranslationOptions, register

from apps.search.documents import SEARCH_FIELDS

from .models import Guide, GuideStep


@register(Guide)
class GuideTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(GuideStep)
class GuideStepTranslation(TranslationOptions):
    fields = ("title", "body", "authority", "typical_time", "documents")


simple_history.register(Guide, excluded_fields=SEARCH_FIELDS)
simple_history.register(GuideStep)
