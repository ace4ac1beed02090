from __future__ import annotations

import factory

from apps.contacts.models import ContactPerson
from tests.factories.base import PublishedFactory


class ContactPersonFactory(PublishedFactory):
    class Meta:
        model = ContactPerson
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Contact {n}")
    name_zh_hans = factory.Sequence(lambda n: f"联系人{n}")
    title_en = "Deputy Director"
    title_zh_hans = "副主任"
    office_en = "Investment Promotion Center"
    office_zh_hans = "投资促进中心"

    @factory.post_generation
    def districts(self, create, extracted, **kwargs):
        if create and extracted:
            self.districts.set(extracted)

    @factory.post_generation
    def parks(self, create, extracted, **kwargs):
        if create and extracted:
            self.parks.set(extracted)

    @factory.post_generation
    def industries(self, create, extracted, **kwargs):
        if create and extracted:
            self.industries.set(extracted)
