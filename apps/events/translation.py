import simple_history
from modeltranslation.translator import TranslationOptions, register

from apps.search.documents import SEARCH_FIELDS

from .models import Event, Session, Speaker


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "theme", "summary", "body", "structure", "venue", "address")


@register(Session)
class SessionTranslation(TranslationOptions):
    fields = ("title", "description", "venue")


@register(Speaker)
class SpeakerTranslation(TranslationOptions):
    fields = ("name", "title", "topic")


simple_history.register(Event, excluded_fields=SEARCH_FIELDS)
for model in (Session, Speaker):
    simple_history.register(model)
