"""Abstract bases shared by every content model, and the site-wide settings."""

from __future__ import annotations

from django.core.cache import cache
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .phones import PhoneField
from .preview import drafts_included


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class PublishableQuerySet(models.QuerySet):
    def published(self) -> PublishableQuerySet:
        """Items a reader may see: published, and not scheduled for later (and,
        while staff preview an item of this model, its drafts: apps/core/preview.py)."""
        if drafts_included(self.model):
            return self.all()
        return self.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())

    def drafts(self) -> PublishableQuerySet:
        """Items still being written."""
        return self.filter(status=Status.DRAFT)


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Publishable(TimeStampedModel):
    """Content that staff write as a draft and publish, now or at a set time."""

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Only published items appear on the public site."),
    )
    published_at = models.DateTimeField(
        _("publish at"),
        default=timezone.now,
        db_index=True,
        help_text=_(
            "Readers see the item from this moment on. A future date schedules it."
        ),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_live(self) -> bool:
        return self.status == Status.PUBLISHED and self.published_at <= timezone.now()


def year_inferred_field() -> models.BooleanField:
    """ "Year inferred": the source states no year and the one stored is inferred
    (docs/data.md); pages then say "2025 (year inferred)", in Chinese too."""
    return models.BooleanField(
        _("year inferred"),
        default=False,
        help_text=_(
            "Tick when the source states no year and the year given here is "
            "inferred: pages then say so."
        ),
    )


class SluggedModel(models.Model):
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        allow_unicode=False,
        help_text=_("The address of the page: lower-case letters, digits and hyphens."),
    )

    class Meta:
        abstract = True


class SiteSettings(models.Model):
    """The office's contact details shown in every page footer (one row)."""

    CACHE_KEY = "core:site-settings"

    office_name = models.CharField(_("office name"), max_length=200, blank=True)
    phone = PhoneField(_("phone"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    wechat = models.CharField(
        _("WeChat account"), max_length=100, blank=True, help_text=_("Account name.")
    )
    weibo_url = models.URLField(_("Weibo"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    twitter_url = models.URLField(_("X / Twitter"), blank=True)

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pk=1), name="site_settings_single_row"
            )
        ]

    def __str__(self) -> str:
        return str(_("Site settings"))

    def save(self, *args, **kwargs) -> None:
        self.pk = 1
        super().save(*args, **kwargs)
        cache.delete(self.CACHE_KEY)

    @classmethod
    def load(cls) -> SiteSettings:
        """The single settings row, from the cache when possible."""
        settings = cache.get(cls.CACHE_KEY)
        if settings is None:
            settings = cls.objects.filter(pk=1).first() or cls(pk=1)
            cache.set(cls.CACHE_KEY, settings, 3600)
        return settings

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Weibo", self.weibo_url),
            ("LinkedIn", self.linkedin_url),
            ("X", self.twitter_url),
        ]
        return [(label, url) for label, url in links if url]
