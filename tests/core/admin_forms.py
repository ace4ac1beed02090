"""Helpers to post Django admin forms (with inline formsets) in tests."""

from __future__ import annotations

from django.urls import reverse


def admin_url(model, view: str, *args) -> str:
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def publishing_data(status: str = "draft") -> dict:
    return {
        "status": status,
        "published_at_0": "2026-01-05",
        "published_at_1": "09:00:00",
    }


def inline_data(prefix: str, rows: list[dict], initial: int = 0) -> dict:
    """The management form and the rows of one inline formset."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
    return data


def form_errors(response) -> list:
    """Errors of an admin form that was re-displayed instead of saved."""
    if response.status_code != 200 or response.context is None:
        return []
    errors = [response.context["adminform"].form.errors]
    errors += [
        formset.formset.errors + formset.formset.non_form_errors()
        for formset in response.context["inline_admin_formsets"]
    ]
    return errors
