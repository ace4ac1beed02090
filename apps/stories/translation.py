import simple_history
from modeltranslation.translator import TranslationOptions, register

from apps.search.documents import SEARCH_FIELDS

from .models import Story, StoryFigure


@register(Story)
class StoryTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "quote", "quote_attribution", "image_alt")


@register(StoryFigure)
class StoryFigureTranslation(TranslationOptions):
    fields = ("label", "source")


simple_history.register(Story, excluded_fields=SEARCH_FIELDS)
