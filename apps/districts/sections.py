"""The district page's sections that other apps supply (apps/core/sections.py):
parks, organizations, events, agreements and policies each register theirs;
the sector page's and the district comparison's sections likewise."""

from __future__ import annotations

from apps.core.sections import PageSections

district_page = PageSections("district page")

# An industry's sector page (apps/industries) shows what every app holds for that
# industry: the districts' figures, parks, organizations, policies, events,
# agreements, opportunities, success stories, guides and contacts register theirs.
industry_page = PageSections("industry page")

# The district comparison (districts:compare): built from the list of districts
# chosen, in column order; the costs of doing business register theirs.
comparison_page = PageSections("district comparison")
