from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from .models import SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(TranslationAdmin):
    fieldsets = [
        (None, {"fields": ["office_name", "phone", "email", "address"]}),
        (
            _("Social media"),
            {"fields": ["wechat", "weibo_url", "linkedin_url", "twitter_url"]},
        ),
    ]

    def has_add_permission(self, request):
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
