"""The URL conf: one line per app. Public pages sit under the language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from apps.core.sitemaps import all_sitemaps
from apps.site import views as site_views
from apps.site.parity import parity_view

# A lost database gives the 503 page wherever it fails, not the 500 page.
handler500 = "apps.core.middleware.server_error"

admin.site.site_header = _("Invest in Beijing — back office")
admin.site.site_title = _("Invest in Beijing")
admin.site.index_title = _("Portal content")

urlpatterns = [
    path("healthz", site_views.healthz, name="healthz"),
    path("robots.txt", site_views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": all_sitemaps()},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path(
        "admin/parity/",
        admin.site.admin_view(parity_view),
        name="translation_parity",
    ),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # Open data: outside the language prefix; ?lang= chooses the language.
    path("api/v1/", include("apps.api.urls")),
]

urlpatterns += i18n_patterns(
    path("", include("apps.site.urls")),
    path("districts/", include("apps.districts.urls")),
    path("parks/", include("apps.parks.urls")),
    path("profiles/", include("apps.brochures.urls")),
    path("directory/", include("apps.organizations.urls")),
    path("events/", include("apps.events.urls")),
    path("agreements/", include("apps.agreements.urls")),
    path("policies/", include("apps.policies.urls")),
    path("news/", include("apps.news.urls")),
    path("industries/", include("apps.industries.urls")),
    path("contacts/", include("apps.contacts.urls")),
    path("costs/", include("apps.costs.urls")),
    path("guides/", include("apps.guides.urls")),
    path("stories/", include("apps.stories.urls")),
    path("contact/", include("apps.inquiries.urls")),
    path("search/", include("apps.search.urls")),
    path("", include("apps.opportunities.urls")),
    path("", include("apps.finder.urls")),
    prefix_default_language=True,
)

if settings.PORTAL_BENCH_ENABLED:
    urlpatterns[:0] = [path("", include("devtools.urls"))]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
