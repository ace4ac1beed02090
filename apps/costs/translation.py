import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import CostItem


@register(CostItem)
class CostItemTranslation(TranslationOptions):
    fields = ("label", "source", "note")


simple_history.register(CostItem)
