import simple_history
from modeltranslation.translator import TranslationOptions, register

from apps.search.documents import SEARCH_FIELDS

from .models import Park, ParkImage


@register(Park)
class ParkTranslation(TranslationOptions):
    fields = (
        "name",
        "summary",
        "body",
        "facilities",
        "services",
        "address",
        "image_alt",
        "contact_name",
    )


@register(ParkImage)
class ParkImageTranslation(TranslationOptions):
    fields = ("caption",)


simple_history.register(Park, excluded_fields=SEARCH_FIELDS)
