"""What every searchable content QuerySet and manager share."""

from __future__ import annotations

from django.db import models

from .documents import SEARCH_FIELDS
from .terms import SearchTerms


class SearchableQuerySet(models.QuerySet):
    """Adds search(q). Subclasses name their title field in search_name_field."""

    search_name_field = "name"

    def search(self, q: str | SearchTerms | None) -> SearchableQuerySet:
        """Items matching q in English or Chinese, annotated with search_rank;
        unchanged when q holds nothing to search for."""
        terms = q if isinstance(q, SearchTerms) else SearchTerms.parse(q)
        if not terms:
            return self
        return self.filter(terms.condition(self.search_name_field)).annotate(
            search_rank=terms.rank(self.search_name_field)
        )


class SearchableManager(models.Manager):
    """Leaves the search columns out of ordinary reads (they are only filtered and
    ranked on, never shown), so lists and pages do not carry them."""

    def get_queryset(self):
        return super().get_queryset().defer(*SEARCH_FIELDS)
