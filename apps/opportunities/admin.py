from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.core.admin import ContentAdmin
from apps.enterprises.models import DesignationKind

from .models import MeasureEligibility, Opportunity, Stage


@admin.register(Opportunity)
class OpportunityAdmin(ContentAdmin):
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


class MeasureEligibilityForm(forms.ModelForm):
    designations = forms.MultipleChoiceField(
        label=_("designations"),
        choices=DesignationKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Only enterprises with one of these designations qualify. "
            "Empty: any enterprise."
        ),
    )
    stages = forms.MultipleChoiceField(
        label=_("stages"),
        choices=Stage.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Only enterprises at one of these stages qualify. Empty: any."),
    )

    class Meta:
        model = MeasureEligibility
        fields = ("measure", "designations", "stages")


@admin.register(MeasureEligibility)
class MeasureEligibilityAdmin(admin.ModelAdmin):
    form = MeasureEligibilityForm
    list_display = ("measure", "policy", "designations", "stages")
    list_select_related = ("measure__policy",)
    search_fields = ("measure__title_en", "measure__title_zh_hans")
    raw_id_fields = ("measure",)
    readonly_fields = ("created_at", "updated_at")

    @admin.display(description=_("policy"), ordering="measure__policy__title")
    def policy(self, obj):
        return obj.measure.policy
