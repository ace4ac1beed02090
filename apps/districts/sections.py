"""The district page's sections that other apps supply (apps/core/sections.py):
parks, organizations, events, agreements and policies each register theirs."""

from __future__ import annotations

from apps.core.sections import PageSections

district_page = PageSections("district page")
