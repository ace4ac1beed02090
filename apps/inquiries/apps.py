from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "apps.inquiries"
    verbose_name = _("Inquiries")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry

        registry.register_section(
            "contact", "inquiries:create", _("Contact"), menu=110, sitemap=100
        )
        # District editors answer their districts' inquiries; handlers all of them.
        # Reply templates are kept by portal administrators (who have every right).
        handling = {
            "inquiries.inquiry": ("change", "view"),
            "inquiries.inquirynote": ("add", "view"),
            "inquiries.inquirystatuschange": ("view",),
            "inquiries.inquiryreply": ("add", "view"),
            "inquiries.replytemplate": ("view",),
        }
        roles.grant(roles.DISTRICT_EDITOR_PERMISSIONS, handling)
        roles.grant(
            roles.INQUIRY_HANDLER_PERMISSIONS,
            {**handling, "inquiries.outboxmessage": ("change", "view")},
        )
