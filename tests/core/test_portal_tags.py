from __future__ import annotations

from django.urls import reverse

from apps.core.templatetags.portal import safe_url


class WithPage:
    def get_absolute_url(self) -> str:
        return "/en/somewhere/"


class WithoutPage:
    def get_absolute_url(self) -> str:
        return reverse("no-such-page:detail", kwargs={"slug": "x"})


def test_safe_url_gives_the_address_of_a_page_that_exists():
    assert safe_url(WithPage()) == "/en/somewhere/"


def test_safe_url_gives_nothing_for_a_page_that_does_not_exist_yet():
    assert safe_url(WithoutPage()) == ""
    assert safe_url(None) == ""
