import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import Organization


@register(Organization)
class OrganizationTranslation(TranslationOptions):
    fields = ("name", "short_name", "description", "address")


simple_history.register(Organization)
