"""The site finder's ranking: a pure function of plain data, documented in
docs/finder.md (keep the weights there in step with WEIGHTS here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from apps.core.quantities import format_quantity
from apps.core.text import join_list

WEIGHTS = {
    "industry": 40,
    "space": 25,
    "district": 20,
    "park_kind": 10,
    "timeline": 10,
    "stage": 5,
    "policy": 5,
    "budget": 15,
}
# At most this many policies add points, so a long list of policies cannot
# outweigh a matching industry.
MAX_POLICIES_SCORED = 3

# Park kinds that suit an enterprise at each stage.
STAGE_PARK_KINDS = {
    "startup": {"science_park", "sub_district_carrier"},
    "growth": {"science_park", "industrial_base"},
    "established": {"industrial_base"},
}
# Planning statuses that are ready in time for each timeline.
TIMELINE_READY = {
    "6_months": {"ready"},
    "12_months": {"ready", "under_construction"},
    "later": {"ready", "under_construction", "approved", "planned"},
}

# How a candidate stands against the visitor's budget; the ranking's first key.
FITS, UNKNOWN, OVER = "fits", "unknown", "over"
BUDGET_TIER = {FITS: 0, "": 0, UNKNOWN: 1, OVER: 2}


@dataclass(frozen=True)
class Answers:
    """What the investor told the finder; empty values mean "no preference"."""

    industry: str = ""
    stage: str = ""
    space_sqm: int | None = None
    district: str = ""
    park_kind: str = ""
    timeline: str = ""
    # Budgets: highest rent (yuan per m² per month), land price (yuan per m²).
    max_rent: Decimal | None = None
    max_land_price: Decimal | None = None

    @property
    def has_budget(self) -> bool:
        return self.max_rent is not None or self.max_land_price is not None


@dataclass(frozen=True)
class PolicyInfo:
    slug: str
    title: str
    industries: frozenset[str] = frozenset()
    districts: frozenset[str] = frozenset()

    def applies(self, *, industry: str, district: str) -> bool:
        """No industries means every industry; no districts means city-wide."""
        return (not self.industries or industry in self.industries) and (
            not self.districts or district in self.districts
        )


@dataclass(frozen=True)
class Candidate:
    """A park or an opportunity, reduced to what the ranking looks at."""

    kind: str  # "park" or "opportunity"
    slug: str
    title: str
    district: str
    district_name: str = ""
    industries: frozenset[str] = frozenset()
    space_sqm: int | None = None  # space on offer; None when it offers none
    park_kind: str = ""
    planning_status: str = ""
    # Lowest published rent (yuan per m² per month) and land price (yuan per m²);
    # None when none is published (apps/costs/budget.py).
    rent: Decimal | None = None
    land_price: Decimal | None = None
    url: str = ""
    obj: object = field(default=None, compare=False, hash=False)


@dataclass
class Match:
    candidate: Candidate
    score: int
    reasons: list[str]
    policies: list[PolicyInfo]
    budget: str = ""  # FITS, UNKNOWN, OVER, or "" when no budget was given

    @property
    def token(self) -> str:
        """How the inquiry form's `shortlist` parameter names this item."""
        return f"{self.candidate.kind}:{self.candidate.slug}"


def score(
    candidate: Candidate, answers: Answers, policies: Sequence[PolicyInfo] = ()
) -> Match:
    """Points and readable reasons for one candidate."""
    points = 0
    reasons: list[str] = []
    if answers.industry and answers.industry in candidate.industries:
        points += WEIGHTS["industry"]
        reasons.append(_("Works in your industry"))
    if (
        answers.space_sqm
        and candidate.space_sqm is not None
        and candidate.space_sqm >= answers.space_sqm
    ):
        points += WEIGHTS["space"]
        reasons.append(
            _("%(space)s m² available, you need %(needed)s m²")
            % {"space": candidate.space_sqm, "needed": answers.space_sqm}
        )
    if answers.district and candidate.district == answers.district:
        points += WEIGHTS["district"]
        reasons.append(_("In your preferred district"))
    if answers.park_kind and candidate.park_kind == answers.park_kind:
        points += WEIGHTS["park_kind"]
        reasons.append(_("The kind of park you prefer"))
    if answers.timeline and candidate.planning_status in TIMELINE_READY.get(
        answers.timeline, ()
    ):
        points += WEIGHTS["timeline"]
        reasons.append(_("Ready within your timeline"))
    if answers.stage and candidate.park_kind in STAGE_PARK_KINDS.get(answers.stage, ()):
        points += WEIGHTS["stage"]
        reasons.append(_("Suits an enterprise at your stage"))
    applying = []
    if answers.industry:
        applying = [
            policy
            for policy in policies
            if policy.applies(industry=answers.industry, district=candidate.district)
        ]
    if applying:
        points += WEIGHTS["policy"] * min(len(applying), MAX_POLICIES_SCORED)
        reasons.append(
            _("Policies that apply: %(titles)s")
            % {"titles": join_list((policy.title for policy in applying), english="; ")}
        )
    budget, budget_points, budget_reasons = _budget(candidate, answers)
    return Match(
        candidate=candidate,
        score=points + budget_points,
        reasons=reasons + budget_reasons,
        policies=applying,
        budget=budget,
    )


def _price(value: Decimal, unit: str) -> str:
    return format_quantity(value, unit, language=get_language() or "en")


def _budget(candidate: Candidate, answers: Answers) -> tuple[str, int, list[str]]:
    """Fits every budget given (points for each), over one of them, or a price
    not published (kept, ranked after those that fit)."""
    if not answers.has_budget:
        return "", 0, []
    checks = [
        (answers.max_rent, candidate.rent, "CNY/m2/month", "rent"),
        (answers.max_land_price, candidate.land_price, "CNY/m2", "land"),
    ]
    states, points, reasons = [], 0, []
    for budget, price, unit, what in checks:
        if budget is None:
            continue
        if price is None:
            states.append(UNKNOWN)
            reasons.append(
                _("Rent: cost not published")
                if what == "rent"
                else _("Land price: cost not published")
            )
        elif price <= budget:
            states.append(FITS)
            points += WEIGHTS["budget"]
            template = (
                _("Rent from %(price)s, within your budget")
                if what == "rent"
                else _("Land from %(price)s, within your budget")
            )
            reasons.append(template % {"price": _price(price, unit)})
        else:
            states.append(OVER)
            template = (
                _("Rent from %(price)s, above your budget")
                if what == "rent"
                else _("Land from %(price)s, above your budget")
            )
            reasons.append(template % {"price": _price(price, unit)})
    state = OVER if OVER in states else UNKNOWN if UNKNOWN in states else FITS
    return state, points, reasons


def rank(
    candidates: Sequence[Candidate],
    answers: Answers,
    policies: Sequence[PolicyInfo] = (),
    *,
    limit: int = 20,
) -> list[Match]:
    """Candidates that match at least one answer, best first; ties by title, then
    parks before opportunities, then slug, so the order is stable.

    With a budget every candidate is kept: those known to fit first, then those
    whose cost is not published, then those known to exceed it; by points within
    each."""
    matches = [score(candidate, answers, policies) for candidate in candidates]
    if not answers.has_budget:
        matches = [match for match in matches if match.score > 0]
    matches.sort(
        key=lambda m: (
            BUDGET_TIER[m.budget],
            -m.score,
            m.candidate.title.casefold(),
            m.candidate.kind != "park",
            m.candidate.slug,
        )
    )
    return matches[:limit]
