from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin
from apps.core.entry import ScaledEntryForm, scale_field

from .models import Opportunity


class OpportunityForm(ScaledEntryForm):
    """Amounts typed as the promoter states them: 1.2 entered in millions."""

    scaled_fields = ("amount_min", "amount_max")
    entered_in = scale_field(
        _(
            "What the two amounts are typed in: 1.2 with “million” is stored as "
            "1200000. Saved amounts show in the currency's base unit."
        )
    )

    class Meta:
        model = Opportunity
        fields = "__all__"  # the admin's own field list applies


@admin.register(Opportunity)
class OpportunityAdmin(DistrictScopedAdmin, ContentAdmin):
    form = OpportunityForm
    list_display = (
        "title",
        "kind",
        "district",
        "park",
        "planning_status",
        "status",
        "live",
    )
    list_filter = ("status", "kind", "planning_status", "district", "industries")
    list_select_related = ("district", "park")
    search_fields = ("title_en", "title_zh_hans", "slug", "promoter__name_en")
    autocomplete_fields = ("district", "park", "industries", "promoter")
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "published_at"

    def get_fields(self, request, obj=None):
        """The scale the amounts are typed in, right after them."""
        fields = [f for f in super().get_fields(request, obj) if f != "entered_in"]
        at = fields.index("amount_max") + 1 if "amount_max" in fields else len(fields)
        return [*fields[:at], "entered_in", *fields[at:]]
