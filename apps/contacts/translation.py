import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import ContactPerson


@register(ContactPerson)
class ContactPersonTranslation(TranslationOptions):
    fields = ("name", "title", "office", "photo_alt", "languages")


# History is registered after translation so the historical table keeps each language.
simple_history.register(ContactPerson)
