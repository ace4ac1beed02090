"""Which districts a staff member edits (district editors see only those)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffProfileQuerySet(models.QuerySet):
    def district_ids_for(self, user) -> set[int]:
        """The ids of the districts a staff user is linked to (empty if none)."""
        ids = self.filter(user=user).values_list("districts", flat=True)
        return {pk for pk in ids if pk is not None}


class StaffProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    # By label, not by import: the districts app builds on this one (its admin is
    # scoped by apps/accounts/scope.py), and Django resolves the label lazily.
    districts = models.ManyToManyField(
        "districts.District",
        blank=True,
        related_name="staff_profiles",
        verbose_name=_("districts"),
        help_text=_(
            "A district editor sees and edits only the content of these districts."
        ),
    )

    objects = StaffProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self) -> str:
        return str(self.user)
