from __future__ import annotations

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, OuterRef, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.core.cache import cached_rows
from apps.core.editor import RichTextField
from apps.core.models import (
    Publishable,
    PublishableQuerySet,
    SluggedModel,
    Status,
    TimeStampedModel,
)
from apps.core.ordering import name_order, pinyin_order
from apps.core.validators import validate_image
from apps.districts.models import District, Industry
from apps.parks.models import Park
from apps.search.documents import search_fields, search_indexes
from apps.search.searchable import SearchableManager, SearchableQuerySet


class OrganizationKind(models.TextChoices):
    COMPANY = "company", _("Company")
    SERVICE_PROVIDER = "service_provider", _("Professional service organization")
    GOVERNMENT = "government", _("Government unit")
    ASSOCIATION = "association", _("Association or committee")
    UNIVERSITY = "university", _("University or research institute")
    HOSPITAL = "hospital", _("Hospital or medical institution")
    INVESTOR = "investor", _("Investor")


# Kinds shown in the public enterprise directory; every kind can be a party elsewhere.
DIRECTORY_KINDS = (OrganizationKind.COMPANY, OrganizationKind.SERVICE_PROVIDER)
# The rows the directory's and the services page's name indexes hold.
DIRECTORY_CONDITION = models.Q(status=Status.PUBLISHED, kind__in=DIRECTORY_KINDS)
PROVIDER_CONDITION = models.Q(status=Status.PUBLISHED) & ~models.Q(service_fields=[])

# What a directory card shows (templates/organizations/organization_list.html).
CARD_FIELDS = (
    "slug",
    "name",
    "kind",
    "description",
    "district__slug",
    "district__name",
    "park__slug",
    "park__name",
)


class ServiceField(models.TextChoices):
    """Fields of the one-stop service system for innovative pharmaceuticals."""

    CRO_CDMO = "cro_cdmo", _("CRO / CDMO")
    CLINICAL_TRANSLATION = "clinical_translation", _("Clinical translation")
    DEVICE_RD = "device_rd", _("Medical device R&D")
    DIGITAL_SERVICES = "digital_services", _("Digital services")
    INVESTMENT_FINANCE = "investment_finance", _("Investment and finance")


class OrganizationQuerySet(SearchableQuerySet, PublishableQuerySet):
    def in_directory(self) -> OrganizationQuerySet:
        """Published companies and service providers, as the directory lists them."""
        return self.published().filter(kind__in=DIRECTORY_KINDS)

    def for_listing(self) -> OrganizationQuerySet:
        """Directory entries with what a card shows, and only that: the columns of
        twenty full rows with their district and park cost more CPU to load than
        the rest of the page (translated fields load in every language). The
        designations come as `designation_kinds`, in the same query."""
        kinds = Designation.objects.filter(organization=OuterRef("pk")).values("kind")
        return (
            self.in_directory()
            .select_related("district", "park")
            .only(*CARD_FIELDS)
            .annotate(designation_kinds=ArraySubquery(kinds.order_by("kind")))
        )

    def in_directory_of(self, district: District) -> OrganizationQuerySet:
        """Published directory organizations of a district, featured first."""
        return (
            self.in_directory().filter(district=district).order_by("-featured", "name")
        )

    def as_links(self) -> OrganizationQuerySet:
        """Only what a one-line link to an organization shows: name and kind."""
        return self.only("slug", "name", "kind")

    def for_api(self) -> OrganizationQuerySet:
        """Every published organization (all kinds) with what a row shows."""
        return (
            self.published()
            .select_related("district", "park", "parent")
            .prefetch_related("industries", "designations")
        )

    def service_providers(self) -> OrganizationQuerySet:
        """Published organizations offering at least one professional service."""
        return self.published().exclude(service_fields=[])

    def service_field_totals(self) -> dict[str, int]:
        """How many published providers each service field has."""
        totals = dict.fromkeys(ServiceField.values, 0)
        # One pass over a provider index (org_provider_name_*, index-only), one row
        # per distinct set of fields; five `@>` counts would read it five times.
        combinations = (
            self.service_providers()
            .order_by()
            .values_list("service_fields")
            .annotate(providers=models.Count("pk"))
        )
        for fields, providers in combinations:
            for field in set(fields) & totals.keys():
                totals[field] += providers
        return totals

    def top_by_service_field(
        self, limit: int
    ) -> list[tuple[ServiceField, list[Organization], int]]:
        """Per service field, in the fields' order: the first `limit` providers by
        name and how many there are in all."""
        # What a services card shows (templates/organizations/services.html).
        providers = (
            self.service_providers()
            .select_related("district")
            .only("slug", "name", "kind", "description", "district__name")
        )
        # One query: a UNION ALL of one branch per field, each reading the
        # name-ordered provider index (org_provider_name_en or _zh) until it has
        # `limit` rows of its field, so the cost does not grow with the providers.
        branches = [
            providers.filter(service_fields__contains=[field.value])
            .annotate(
                service_group=models.Value(field.value, output_field=models.CharField())
            )
            .order_by(name_order("name"), "pk")[:limit]
            for field in ServiceField
        ]
        rows = list(branches[0].union(*branches[1:], all=True))
        # The totals read every provider: kept per content generation, as the
        # directory's counts and choice lists are (apps.core.cache).
        totals = dict(
            cached_rows(
                "organizations:service-field-totals",
                lambda: self.service_field_totals().items(),
            )
        )
        return [
            (
                field,
                [org for org in rows if org.service_group == field.value],
                totals[field.value],
            )
            for field in ServiceField
        ]


class Organization(Publishable, SluggedModel):
    """Any party the portal names: company, service provider, authority, institute…"""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganizationKind.choices)
    service_fields = ArrayField(
        models.CharField(max_length=30, choices=ServiceField.choices),
        default=list,
        blank=True,
        verbose_name=_("service fields"),
        help_text=_("For professional service organizations: what they offer."),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="units",
        verbose_name=_("parent organization"),
        help_text=_("e.g. the federation a committee belongs to."),
    )
    district = models.ForeignKey(
        District,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organizations",
        verbose_name=_("district"),
    )
    park = models.ForeignKey(
        Park,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organizations",
        verbose_name=_("park"),
    )
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="organizations", verbose_name=_("industries")
    )
    description = RichTextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"), upload_to="logos/", blank=True, validators=[validate_image]
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    founded_year = models.PositiveSmallIntegerField(_("founded"), null=True, blank=True)
    featured = models.BooleanField(_("featured"), default=False)

    search_en, search_zh = search_fields(
        name=["name", "short_name"], body=["description", "address"]
    )

    objects = SearchableManager.from_queryset(OrganizationQuerySet)()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        indexes = [
            # Directory: published companies and service providers by name.
            models.Index(
                fields=["kind", "status", "name"], name="org_kind_status_name"
            ),
            # District profile: a district's directory organizations, featured
            # first, by name in the reader's language (`in_directory_of`).
            models.Index(
                fields=["district", "-featured", "name_en"],
                condition=models.Q(status=Status.PUBLISHED, kind__in=DIRECTORY_KINDS),
                name="org_district_dir_name_en",
            ),
            models.Index(
                fields=["district", "-featured", "name_zh_hans"],
                condition=models.Q(status=Status.PUBLISHED, kind__in=DIRECTORY_KINDS),
                name="org_district_dir_name_zh",
            ),
            # Services page: providers by field.
            GinIndex(fields=["service_fields"], name="org_service_fields"),
            # Services page (top_by_service_field): each field's first providers
            # by name in the reader's order (the English name, or the Chinese one
            # by pinyin), and every field's total from the index alone.
            models.Index(
                fields=["name_en", "id"],
                include=["service_fields", "published_at"],
                condition=PROVIDER_CONDITION,
                name="org_provider_name_en",
            ),
            models.Index(
                pinyin_order("name"),
                F("id"),
                include=["service_fields", "published_at", "name_zh_hans", "name_en"],
                condition=PROVIDER_CONDITION,
                name="org_provider_name_zh",
            ),
            # Directory default order (filters._name_in_active_language): English
            # names without case, Chinese names by pinyin (apps/core/ordering.py),
            # then id. The names and published_at are carried so that a deep page
            # (`id IN (SELECT id … OFFSET n LIMIT 20)`) reads its ids with an
            # index-only scan.
            models.Index(
                Lower(Coalesce(NullIf("name_en", Value("")), "name_en")),
                F("id"),
                include=["published_at", "name_en"],
                condition=DIRECTORY_CONDITION,
                name="org_directory_name_en",
            ),
            models.Index(
                pinyin_order("name"),
                F("id"),
                include=["published_at", "name_zh_hans", "name_en"],
                condition=DIRECTORY_CONDITION,
                name="org_directory_name_zh",
            ),
            *search_indexes("org", "name"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organizations:detail", kwargs={"slug": self.slug})

    @property
    def in_directory(self) -> bool:
        return self.kind in DIRECTORY_KINDS


class DesignationKind(models.TextChoices):
    HIGH_TECH = "high_tech", _("High-tech enterprise")
    SPECIALIZED_SME = "specialized_sme", _("Specialized SME")
    UNICORN = "unicorn", _("Unicorn")
    LISTED = "listed", _("Listed")
    FORTUNE_500 = "fortune_500", _("Fortune Global 500")


class Stage(models.TextChoices):
    """How far along an enterprise is (the site finder and "policies for me")."""

    STARTUP = "startup", _("Start-up")
    GROWTH = "growth", _("Growth")
    ESTABLISHED = "established", _("Established")


class Designation(TimeStampedModel):
    """A recognition an organization holds, with the year it was granted."""

    organization = models.ForeignKey(
        Organization,
        on_delete=models.CASCADE,
        related_name="designations",
        verbose_name=_("organization"),
    )
    kind = models.CharField(
        _("designation"), max_length=20, choices=DesignationKind.choices
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    exchange = models.CharField(
        _("exchange"), max_length=40, blank=True, help_text=_("For listed: e.g. HKEX")
    )
    stock_code = models.CharField(_("stock code"), max_length=20, blank=True)

    class Meta:
        ordering = ["kind"]
        verbose_name = _("designation")
        verbose_name_plural = _("designations")
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "kind", "exchange"],
                name="designation_unique_per_organization",
            ),
        ]

    def __str__(self) -> str:
        label = self.get_kind_display()
        if self.stock_code:
            label = f"{label} ({self.exchange} {self.stock_code})".replace("( ", "(")
        return label
