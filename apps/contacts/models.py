"""Named contacts: the people who answer for a district, park or sector."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q, Value
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.core.models import Publishable, PublishableQuerySet
from apps.core.ordering import name_order
from apps.core.phones import PhoneField
from apps.core.validators import validate_image
from apps.districts.models import District, Industry
from apps.organizations.models import Organization
from apps.parks.models import Park

# Contact cards shown on one page.
CARDS_PER_PAGE = 6


class ContactPersonQuerySet(PublishableQuerySet):
    def for_cards(self) -> ContactPersonQuerySet:
        """Published contacts with what a card shows, in the office's order."""
        return (
            self.published()
            .select_related("organization")
            .order_by("order", name_order(), "pk")
        )

    def covering_district(self, district: District) -> ContactPersonQuerySet:
        """Published contacts who answer for the district."""
        return self.for_cards().filter(districts=district)

    def covering_park(self, park: Park) -> ContactPersonQuerySet:
        """Published contacts who answer for the park."""
        return self.for_cards().filter(parks=park)

    def covering_industry(self, industry: Industry) -> ContactPersonQuerySet:
        """Published contacts who answer for the sector."""
        return self.for_cards().filter(industries=industry)

    def covering_any(
        self, *, districts: models.QuerySet, industries: models.QuerySet
    ) -> ContactPersonQuerySet:
        """Published contacts who answer for one of the districts or sectors."""
        found = self.filter(
            Q(districts__in=districts) | Q(industries__in=industries)
        ).values("pk")
        return self.for_cards().filter(pk__in=found)

    def for_api(self) -> ContactPersonQuerySet:
        """Published contacts with the districts, parks and sectors they cover."""
        return self.for_cards().prefetch_related(
            models.Prefetch("districts", queryset=District.objects.published()),
            models.Prefetch("parks", queryset=Park.objects.published()),
            "industries",
        )

    def best_for(
        self,
        *,
        district: District | None = None,
        park: Park | None = None,
        industry: Industry | None = None,
    ) -> ContactPerson | None:
        """The published contact who answers best for what an inquiry concerns,
        or None: one covering the park first, then one covering the district and
        the sector, then the district, last the sector (unless they cover only
        other districts). One query."""
        wanted = [
            (4, ContactPerson.parks.through, {"park": park}),
            (2, ContactPerson.districts.through, {"district": district}),
            (1, ContactPerson.industries.through, {"industry": industry}),
        ]
        score = None
        for weight, through, lookup in wanted:
            if None in lookup.values():
                continue
            covers = Exists(
                through.objects.filter(contactperson=OuterRef("pk"), **lookup)
            )
            term = models.Case(
                models.When(covers, then=Value(weight)),
                default=Value(0),
                output_field=models.IntegerField(),
            )
            score = term if score is None else score + term
        if score is None:
            return None
        candidates = self.published().annotate(score=score).filter(score__gt=0)
        if district is not None:
            # A sector contact for other districts is not this district's.
            covers_districts = Exists(
                ContactPerson.districts.through.objects.filter(
                    contactperson=OuterRef("pk")
                )
            )
            candidates = candidates.exclude(Q(score=1) & Q(covers_districts))
        return candidates.order_by("-score", "order", "pk").first()


class ContactPerson(Publishable):
    """A named person who answers investors' questions for districts, parks or
    sectors: shown as a card on those pages, and an inquiry about them goes to
    their e-mail."""

    name = models.CharField(_("full name"), max_length=200)
    title = models.CharField(
        _("job title"), max_length=200, blank=True, help_text=_("e.g. Deputy Director")
    )
    office = models.CharField(
        _("office"),
        max_length=200,
        blank=True,
        help_text=_(
            "The office or unit they work for, as written; or choose the "
            "organization below when it is in the directory."
        ),
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contacts",
        verbose_name=_("organization"),
    )
    photo = models.ImageField(
        _("photo"), upload_to="contacts/", blank=True, validators=[validate_image]
    )
    photo_alt = models.CharField(
        _("photo description"),
        max_length=200,
        blank=True,
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    phone = PhoneField(_("phone"), blank=True)
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_(
            "Inquiries about what they cover are sent here; empty: to the "
            "district's inquiry address, else the office's."
        ),
    )
    languages = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("e.g. Chinese, English"),
    )
    districts = models.ManyToManyField(
        District, blank=True, related_name="contacts", verbose_name=_("districts")
    )
    parks = models.ManyToManyField(
        Park, blank=True, related_name="contacts", verbose_name=_("parks")
    )
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="contacts", verbose_name=_("industries")
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers are shown first.")
    )

    objects = ContactPersonQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self) -> str:
        return f"{self.name} ({self.title})" if self.title else self.name

    def get_absolute_url(self) -> str:
        return reverse("contacts:list") + f"#contact-{self.pk}"

    def clean(self) -> None:
        super().clean()
        if self.photo and not (self.photo_alt or "").strip():
            raise ValidationError(
                {"photo_alt": _("Describe the photo for readers who cannot see it.")}
            )
