"""The one named contact the seeds give (docs/data.md): Li Rong, with only what
the Daxing article states of her: name, title, office, and the district she
presented. No phone or e-mail: those printed under the article are the office's
(site settings)."""

from __future__ import annotations

from apps.core import registry
from apps.core.demo import upsert
from apps.core.models import Status
from apps.districts.models import District

from .models import ContactPerson


def load_contacts() -> int:
    upsert(
        ContactPerson,
        {"name_en": "Li Rong"},
        {
            "status": Status.PUBLISHED,
            "title_en": "Deputy Director",
            "title_zh_hans": "副主任",
            "office_en": "Daxing District Investment Promotion Center",
            "office_zh_hans": "大兴区投资促进中心",
            "order": 1,
        },
        m2m={"districts": [District.objects.get(slug="daxing")]},
    )
    return 1


registry.demo.register("contacts", load_contacts)
