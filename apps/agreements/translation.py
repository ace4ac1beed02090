import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import Agreement


@register(Agreement)
class AgreementTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


simple_history.register(Agreement)
