import simple_history
from modeltranslation.translator import TranslationOptions, register

from apps.search.documents import SEARCH_FIELDS

from .models import Article


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "cover_alt", "source_name")


simple_history.register(Article, excluded_fields=SEARCH_FIELDS)
