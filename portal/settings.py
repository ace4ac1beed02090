"""Settings for the investment-promotion portal.

One module for every environment: production differs from development only by
environment variables (see .env.example and README.md). The defaults are safe for a
developer's machine; with DJANGO_DEBUG off, the secret key and hosts must be given.
"""

from __future__ import annotations

import ipaddress
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be a boolean (1/0, true/false), not {raw!r}"
    )


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def env_networks(name: str, default: str = "") -> list[str]:
    """A comma-separated list of address ranges (10.0.0.0/8, 192.0.2.1, fd00::/8)."""
    items = env_list(name, default)
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ImproperlyConfigured(
                f"{name} must list address ranges such as 10.0.0.0/8 or 192.0.2.1, "
                f"not {item!r}"
            ) from None
    return items


# --- Core --------------------------------------------------------------------------

DEBUG = env_bool("DJANGO_DEBUG", default=True)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver" if DEBUG else ""
)
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS is required when DJANGO_DEBUG is off."
    )
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

DJANGO_APPS = [
    # modeltranslation patches the admin, so it must come before it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]
THIRD_PARTY_APPS = [
    "django_filters",
    "simple_history",
    "easy_thumbnails",
    "axes",
    "import_export",
    # The rich-text editor's assets (apps/core/editor.py).
    "django_prose_editor",
    # Django REST Framework is used without being installed as an app: the API
    # renders JSON only (no browsable API templates), and its translation catalogue
    # would otherwise replace Django's own Chinese form errors.
    "drf_spectacular",
]
# In layer order, bottom first (docs/architecture.md): an app's ready() registers
# after the apps it builds on, so the demo loaders and page sections run in this
# order too.
LOCAL_APPS = [
    "apps.core",
    "apps.search",
    "apps.api",
    "apps.accounts",
    "apps.spreadsheets",
    "apps.districts",
    "apps.parks",
    "apps.organizations",
    "apps.events",
    "apps.agreements",
    "apps.policies",
    "apps.news",
    "apps.opportunities",
    "apps.contacts",
    "apps.costs",
    "apps.guides",
    "apps.stories",
    "apps.industries",
    "apps.finder",
    "apps.brochures",
    "apps.inquiries",
    "apps.site",
    "devtools",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "apps.core.security_headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous public pages from the cache, before sessions, locale and auth.
    "apps.core.cache.PublicPageCacheMiddleware",
    # Before anything that may query (sessions, auth) or read the body.
    "apps.core.middleware.DatabaseUnavailableMiddleware",
    "apps.core.middleware.RequestBodyLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "apps.core.context_processors.site",
            ],
        },
    },
]

# --- Database ----------------------------------------------------------------------

DATABASE_URL = env_str("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal")
if not DATABASE_URL.startswith(("postgres://", "postgresql://")):
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL (postgres://…).")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DATABASES["default"]["OPTIONS"] = {
    "connect_timeout": env_int("DJANGO_DB_CONNECT_TIMEOUT", 5),
    # Search ranks the first matches a scan returns (docs/search.md); a scan that
    # joins another one part-way would make them, and the pages, vary per request.
    "options": "-c synchronize_seqscans=off",
}

# --- Cache -------------------------------------------------------------------------

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                # A cache outage degrades the site to uncached, it does not break it.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Proxies -----------------------------------------------------------------------

# Address ranges (CIDR or single addresses, comma-separated) of the reverse proxies
# and load balancers in front of the app. Empty (a direct deployment): the socket's
# address is the client's and X-Forwarded-For is ignored. Otherwise the client is
# the right-most X-Forwarded-For entry outside these ranges (apps/core/client_ip.py).
PORTAL_TRUSTED_PROXIES = env_networks("PORTAL_TRUSTED_PROXIES")

# --- Authentication ----------------------------------------------------------------

# django-axes first: it refuses a locked-out username and address before any
# password is checked (the right password fails too while locked out).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Staff sign in through the admin; a refused (off-site) next= lands them there too.
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"
AXES_FAILURE_LIMIT = env_int("PORTAL_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("PORTAL_LOGIN_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
# The client address comes from apps/core/client_ip.py, which reads
# X-Forwarded-For only from the trusted proxies (PORTAL_TRUSTED_PROXIES).
AXES_CLIENT_IP_CALLABLE = "apps.core.client_ip.client_ip"

_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]

# --- Internationalisation ----------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "zh-hans")
# A reader never sees a blank where the other language has the text.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en", "zh-hans")}

# --- Static and media files --------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
# Uploads on local disk by default; DJANGO_STORAGE=s3 puts them on S3-compatible
# object storage through django-storages (pip install ".[s3]"), so that several
# stateless web containers share them.
DJANGO_STORAGE = env_str("DJANGO_STORAGE", "local").strip().lower()
if DJANGO_STORAGE not in {"local", "s3"}:
    raise ImproperlyConfigured("DJANGO_STORAGE must be 'local' or 's3'.")
if DJANGO_STORAGE == "s3":
    _MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "access_key": env_str("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": env_str("AWS_LOCATION", "media"),
            "default_acl": None,
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", default=False),
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
    if not _MEDIA_STORAGE["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("DJANGO_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
else:
    _MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": _MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Hashed (versioned) files are served with a far-future, immutable Cache-Control by
# WhiteNoise whatever this says; this is the max-age of unhashed files.
WHITENOISE_MAX_AGE = env_int("WHITENOISE_MAX_AGE", 3600) if not DEBUG else 0

THUMBNAIL_ALIASES = {
    "": {
        "admin": {"size": (120, 80), "crop": "smart"},
        "card": {"size": (480, 270), "crop": "smart"},
        "hero": {"size": (1200, 480), "crop": "smart"},
        "logo": {"size": (160, 160), "crop": False},
        "portrait": {"size": (192, 192), "crop": "smart"},
    }
}
# Thumbnails are generated when an image is saved, never on a page request.
THUMBNAIL_DEFAULT_STORAGE_ALIAS = "default"

DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# A request body larger than this is refused with 413 before it is read; admin pages
# (image and PDF uploads) have their own, larger bound.
PORTAL_MAX_BODY_BYTES = env_int("PORTAL_MAX_BODY_BYTES", 2_621_440)
PORTAL_ADMIN_MAX_BODY_BYTES = env_int("PORTAL_ADMIN_MAX_BODY_BYTES", 20 * 1024 * 1024)
IMAGE_UPLOAD_MAX_BYTES = env_int("PORTAL_IMAGE_MAX_BYTES", 5 * 1024 * 1024)
IMAGE_UPLOAD_MAX_PIXELS = env_int("PORTAL_IMAGE_MAX_PIXELS", 25_000_000)
ATTACHMENT_UPLOAD_MAX_BYTES = env_int("PORTAL_ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024)

# --- E-mail ------------------------------------------------------------------------

EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
PORTAL_OFFICE_EMAIL = env_str("PORTAL_OFFICE_EMAIL", "info@investchn.com")

# --- Security ----------------------------------------------------------------------

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# No script of ours reads the CSRF cookie (forms carry the token in a hidden field).
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    # Off only for plain-http loopback test servers (the resilience scripts).
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE

# Headers Django has no setting for (apps/core/security_headers.py).
PORTAL_PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)
PORTAL_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"

# Content-Security-Policy (django-csp 4): nothing is allowed unless listed; no
# inline script, no eval, no framing. Map tiles come from the configured host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}

# --- Logging -----------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Lockouts are warnings; every successful sign-in need not be logged.
        "axes": {"level": "WARNING"},
    },
}

# --- Portal ------------------------------------------------------------------------

PORTAL_NAME = _("Invest in Beijing")
PORTAL_PAGE_SIZE = env_int("PORTAL_PAGE_SIZE", 20)
# Map tiles of the park pages (Leaflet). The page shows the address and coordinates
# as text too, so it still works when tiles cannot load.
PORTAL_MAP_TILE_URL = env_str(
    "PORTAL_MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
# The tile host, for the CSP img-src ("{s}" subdomains become a wildcard).
PORTAL_MAP_TILE_ORIGIN = "{0.scheme}://{0.netloc}".format(
    urlsplit(PORTAL_MAP_TILE_URL)
).replace("{s}", "*")
CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(PORTAL_MAP_TILE_ORIGIN)
PORTAL_MAP_ATTRIBUTION = env_str(
    "PORTAL_MAP_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    " contributors",
)

# Anonymous public pages are cached whole (apps/core/cache.py) for this many seconds
# at most; any content change invalidates them at once. The limit is how late an
# item scheduled for a future time appears. 0 turns the page cache off; it is off
# by default in debug mode (a developer sees each template change at once).
PORTAL_PAGE_CACHE_SECONDS = env_int("PORTAL_PAGE_CACHE_SECONDS", 0 if DEBUG else 120)
# A downloadable profile (PDF) is kept this long per content generation and
# language (apps/brochures/rendering.py); a content change renders it again.
PORTAL_BROCHURE_CACHE_SECONDS = env_int("PORTAL_BROCHURE_CACHE_SECONDS", 3600)
# The address readers use (scheme and host), for `manage.py warm_pages`, which puts
# the most-read pages back in the page cache after each content change.
PORTAL_PUBLIC_URL = env_str("PORTAL_PUBLIC_URL")
# List pages stop at this page: deeper pages ask the reader to refine the filters
# (OFFSET costs grow with the page number).
PORTAL_MAX_PAGES = env_int("PORTAL_MAX_PAGES", 500)
# /bench/hello, the benchmark's baseline view; off except for `make bench`.
PORTAL_BENCH_ENABLED = env_bool("PORTAL_BENCH_ENABLED", default=False)

# --- Inquiries ---------------------------------------------------------------------

# A form sent sooner than this after it was shown is kept but flagged as spam.
PORTAL_INQUIRY_MIN_SECONDS = env_int("PORTAL_INQUIRY_MIN_SECONDS", 3)
# At most this many form posts per client IP address in the window (seconds).
PORTAL_INQUIRY_RATE_LIMIT = env_int("PORTAL_INQUIRY_RATE_LIMIT", 5)
PORTAL_INQUIRY_RATE_WINDOW = env_int("PORTAL_INQUIRY_RATE_WINDOW", 600)
# Closed and spam inquiries older than this are anonymized by purge_inquiries.
PORTAL_INQUIRY_RETENTION_DAYS = env_int("PORTAL_INQUIRY_RETENTION_DAYS", 365)
# An inquiry with no reply after this many working days (China's calendar, with its
# public holidays and make-up working weekends) is overdue; the form and the
# acknowledgement promise an answer within it.
PORTAL_INQUIRY_RESPONSE_DAYS = env_int("PORTAL_INQUIRY_RESPONSE_DAYS", 2)
# The outbox gives up on a message after this many attempts; the wait between
# attempts starts at PORTAL_OUTBOX_RETRY_SECONDS and doubles each time (max 6 h).
PORTAL_OUTBOX_MAX_ATTEMPTS = env_int("PORTAL_OUTBOX_MAX_ATTEMPTS", 8)
PORTAL_OUTBOX_RETRY_SECONDS = env_int("PORTAL_OUTBOX_RETRY_SECONDS", 60)
# The form never sends mail in the request: the worker (send_outbox --loop) does.
# In debug mode with a local backend (the console, by default) the outbox is sent
# at the commit instead, so `make run` shows the e-mails on its console
# (apps/inquiries/services.py, sends_at_commit).

# --- Open data API -----------------------------------------------------------------

# Requests per client IP address, e.g. "120/min", "2000/hour" (see docs/api.md).
PORTAL_API_RATE = env_str("PORTAL_API_RATE", "120/min")
PORTAL_API_PAGE_SIZE = env_int("PORTAL_API_PAGE_SIZE", 20)
PORTAL_API_MAX_PAGE_SIZE = env_int("PORTAL_API_MAX_PAGE_SIZE", 100)
# At most this many rows in one CSV download.
PORTAL_API_CSV_MAX_ROWS = env_int("PORTAL_API_CSV_MAX_ROWS", 10_000)
# How long browsers and shared caches may keep an anonymous answer (seconds).
PORTAL_API_CACHE_SECONDS = env_int("PORTAL_API_CACHE_SECONDS", 60)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["apps.api.filtering.OpenDataFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "apps.api.pagination.OpenDataPagination",
    "DEFAULT_THROTTLE_CLASSES": ["apps.api.throttling.OpenDataRateThrottle"],
    "DEFAULT_SCHEMA_CLASS": "apps.api.schema.OpenDataAutoSchema",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Invest in Beijing — open data API",
    "DESCRIPTION": (
        "Read-only published content of the portal: districts and their figures, "
        "parks, organizations, events, agreements, policies, news and investment "
        "opportunities. "
        "See docs/api.md."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": False,
    "ENUM_NAME_OVERRIDES": {
        "ParkKindEnum": "apps.parks.models.ParkKind",
        "OrganizationKindEnum": "apps.organizations.models.OrganizationKind",
        "DesignationKindEnum": "apps.organizations.models.DesignationKind",
        "EventKindEnum": "apps.events.models.EventKind",
        "SessionKindEnum": "apps.events.models.SessionKind",
        "AgreementKindEnum": "apps.agreements.models.AgreementKind",
        "IndicatorKindEnum": "apps.districts.models.IndicatorKind",
        "OpportunityKindEnum": "apps.opportunities.models.OpportunityKind",
    },
}
