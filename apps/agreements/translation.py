import simple_history
from modeltranslation.translator import TranslationOptions, register

from apps.search.documents import SEARCH_FIELDS

from .models import Agreement


@register(Agreement)
class AgreementTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


simple_history.register(Agreement, excluded_fields=SEARCH_FIELDS)
