"""Which districts a staff member edits (district editors see only those)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.districts.models import District


class StaffProfileQuerySet(models.QuerySet):
    def district_ids_for(self, user) -> set[int]:
        """The ids of the districts a staff user is linked to (empty if none)."""
        return set(
            District.objects.filter(staff_profiles__user=user).values_list(
                "pk", flat=True
            )
        )


class StaffProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    districts = models.ManyToManyField(
        District,
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
