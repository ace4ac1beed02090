from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from apps.core.sections import PageSections
from apps.districts.sections import district_page
from apps.parks.sections import park_page


def test_sections_that_print_name_their_partials_in_registration_order():
    page = PageSections("test page")

    @page.register("first", print_template="first.html")
    def first(obj):
        return {"first": obj}

    @page.register("screen_only")
    def screen_only(obj):
        return {"screen_only": obj}

    @page.register("second", print_template="second.html")
    def second(obj):
        return {"second": obj}

    assert page.build(1) == {"first": 1, "screen_only": 1, "second": 1}
    assert page.print_templates() == ["first.html", "second.html"]


def test_a_section_registered_twice_is_refused():
    page = PageSections("test page")
    page.register("first")(dict)
    with pytest.raises(ImproperlyConfigured):
        page.register("first", print_template="first.html")(dict)


def test_the_district_and_park_profiles_print_the_other_apps_sections():
    assert district_page.print_templates()[:2] == [
        "parks/includes/print_parks.html",
        "organizations/includes/print_organizations.html",
    ]
    for partial in (
        "policies/includes/print_policies.html",
        "contacts/includes/print_contacts.html",
        "costs/includes/print_costs.html",
        "guides/includes/print_guides.html",
        "stories/includes/print_stories.html",
    ):
        assert partial in district_page.print_templates()
    assert park_page.print_templates() == [
        "organizations/includes/print_organizations.html",
        "contacts/includes/print_contacts.html",
        "costs/includes/print_costs.html",
        "guides/includes/print_guides.html",
        "stories/includes/print_stories.html",
    ]
