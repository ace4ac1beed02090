"""What every content factory builds on."""

from __future__ import annotations

import factory
from django.utils import timezone

from apps.core.models import Status


class PublishedFactory(factory.django.DjangoModelFactory):
    """Base for content factories: published a minute ago unless told otherwise."""

    class Meta:
        abstract = True

    status = Status.PUBLISHED
    published_at = factory.LazyFunction(
        lambda: timezone.now() - timezone.timedelta(minutes=1)
    )
