import simple_history
from modeltranslation.translator import TranslationOptions, register

from apps.search.documents import SEARCH_FIELDS

from .models import Organization


@register(Organization)
class OrganizationTranslation(TranslationOptions):
    fields = ("name", "short_name", "description", "address")


simple_history.register(Organization, excluded_fields=SEARCH_FIELDS)
