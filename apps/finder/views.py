"""The site finder and "policies for me": questions about an investor's plans,
answered with ranked parks and opportunities, or with the policy measures that
apply (docs/finder.md)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from apps.costs.budget import price_book
from apps.policies.models import Measure, Policy

from . import candidates, shortlist
from .forms import FinderForm, ProfileForm
from .ranking import rank

# Policies listed as "may apply" (measures not entered); past that, a library link.
UNLISTED_POLICIES_SHOWN = 20


def _inquiry_url(matches, answers) -> str:
    params = {
        "kind": "invest",
        "shortlist": shortlist.encode(
            (m.candidate.kind, m.candidate.slug) for m in matches[: shortlist.MAX_ITEMS]
        ),
    }
    if answers.district:
        params["district"] = answers.district
    return f"{reverse('inquiries:create')}?{urlencode(params)}"


@require_safe
def site_finder(request: HttpRequest) -> HttpResponse:
    """The site finder: questions, then parks and opportunities ranked by fit."""
    form = FinderForm(request.GET or None)
    context = {"form": form, "crumbs": [(_("Site finder"), "")], "searched": False}
    status = 200
    if form.has_answers():
        if form.is_valid():
            answers = form.answers()
            prices = price_book() if answers.has_budget else None
            matches = rank(
                candidates.finder_candidates(prices),
                answers,
                candidates.policy_infos(),
            )
            context.update(
                searched=True,
                matches=matches,
                inquiry_url=_inquiry_url(matches, answers) if matches else "",
            )
        else:
            status = 400
    return render(request, "finder/site_finder.html", context, status=status)


@require_safe
def policies_for_me(request: HttpRequest) -> HttpResponse:
    """Policy measures that apply to an enterprise's profile, by category."""
    form = ProfileForm(request.GET or None)
    context = {"form": form, "crumbs": [(_("Policies for me"), "")], "searched": False}
    status = 200
    if form.is_bound:
        if form.is_valid():
            data = form.cleaned_data
            where = {"industry": data["industry"], "district": data["district"]}
            groups = Measure.objects.for_profile(
                **where, designations=data["designations"], stage=data["stage"]
            ).by_category("policy__title")
            # Their measures are not (all) entered, so none can be matched: they
            # may apply, as the site finder counts them (docs/finder.md).
            unlisted = list(
                Policy.objects.for_profile(**where)
                .measures_missing()
                .as_links()[: UNLISTED_POLICIES_SHOWN + 1]
            )
            context.update(
                searched=True,
                measure_groups=groups,
                unlisted_policies=unlisted[:UNLISTED_POLICIES_SHOWN],
                more_unlisted_policies=len(unlisted) > UNLISTED_POLICIES_SHOWN,
            )
        else:
            status = 400
    return render(request, "finder/policies_for_me.html", context, status=status)
