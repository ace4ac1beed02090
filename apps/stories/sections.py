"""What the stories app adds to the district, park, industry and organization
pages (the home page reads them itself: apps/site)."""

from __future__ import annotations

from apps.districts.sections import district_page, industry_page
from apps.organizations.sections import organization_page
from apps.parks.sections import park_page

from .models import Story

STORIES_SHOWN = 6


@district_page.register("stories", print_template="stories/includes/print_stories.html")
def district_stories(district) -> dict:
    stories = Story.objects.for_listing().filter(district=district)
    return {"stories": list(stories[:STORIES_SHOWN])}


@park_page.register("stories", print_template="stories/includes/print_stories.html")
def park_stories(park) -> dict:
    return {
        "stories": list(Story.objects.for_listing().filter(park=park)[:STORIES_SHOWN])
    }


@industry_page.register("stories")
def industry_stories(industry) -> dict:
    stories = Story.objects.for_listing().filter(industries=industry)
    return {"stories": list(stories[:STORIES_SHOWN])}


@organization_page.register("stories")
def organization_stories(organization) -> dict:
    stories = Story.objects.for_listing().filter(organization=organization)
    return {"stories": list(stories[:STORIES_SHOWN])}
