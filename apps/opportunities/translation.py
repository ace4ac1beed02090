import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import Opportunity


@register(Opportunity)
class OpportunityTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "contact_name")


simple_history.register(Opportunity)
