"""The only settings module. Every knob comes from the environment (see docs/configuration.md).

With no environment set this is the embedded newcomer set-up: SQLite, a Celery broker that needs
no server (kombu's filesystem transport), console e-mail and private files under ./var.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.env import env_bool, env_int, env_list, env_required, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

# Off unless set: `./dev run` sets DEBUG=1 for the embedded default.
DEBUG = env_bool("DEBUG", False)
# --- Database: SQLite by default, PostgreSQL (psycopg 3) with DATABASE_URL=postgres://… ---
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
# A secret key is required wherever the server may face users: DEBUG set to off, or a server
# database configured. The embedded default with DEBUG unset (a newcomer's machine, `manage.py
# checkplan`) gets a key `check --deploy` reports as insecure.
EMBEDDED = DATABASE_URL.startswith("sqlite:") and env_str("DEBUG", "") == ""
SECRET_KEY = env_required(
    "SECRET_KEY",
    unless=DEBUG or EMBEDDED,
    fallback="django-insecure-key-of-the-embedded-default-only-0123456789",
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "csp",
    "pgtrigger",
    "plans",
    "reviews",
    "api",
    "worker",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "config.middleware.RequestSizeLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: turns a lockout flagged during sign-in into the 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web and worker write to one file: wait for the lock instead of failing, and let readers go on.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file (not memory) so a worker process started by a test sees the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
# Each role's own start page (plans/start.py); the sign-in view honours a safe `next` first.
LOGIN_REDIRECT_URL = "start"
LOGOUT_REDIRECT_URL = "login"
# Password reset links in e-mails are valid this long (Django's default is 3 days).
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_HOURS", 24) * 3600

# --- Password guessing: django-axes locks a user name from one address after repeated failures ---
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out attempt before the password is tried
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
# User name and address together: a guesser elsewhere cannot lock a colleague out of their own
# desk, and one address guessing many names is still stopped name by name.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
# Successful sign-ins are not logged with address and browser (less personal data); failures are.
AXES_DISABLE_ACCESS_LOG = True
# Behind reverse proxies the address comes from X-Forwarded-For (config/client_ip.py); 0 = REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "config.client_ip.client_ip"
AXES_VERBOSE = False  # no banner on every start of manage.py (uploadplan, checkplan --json)
# Failed sign-ins (user name, address, browser) are purged after this many days (manage.py purge):
# long enough to look into a guessing attack noticed weeks later, no longer. Purging a record lifts
# its lockout, so the cut-off must lie beyond the cool-off.
SIGNIN_RECORDS_KEEP_DAYS = env_int("SIGNIN_RECORDS_KEEP_DAYS", 90)
if SIGNIN_RECORDS_KEEP_DAYS < 1 or datetime.timedelta(days=SIGNIN_RECORDS_KEEP_DAYS) <= AXES_COOLOFF_TIME:
    raise ImproperlyConfigured(
        "SIGNIN_RECORDS_KEEP_DAYS must be at least 1 and outlast LOGIN_COOLOFF_MINUTES."
    )

# Password-reset mail (django-ratelimit, counted in the cache below): so many per address and per
# client an hour. Over the address limit the page reads as usual and no mail goes (nothing leaks);
# over the client limit the request is refused with 429.
PASSWORD_RESET_RATE_PER_ADDRESS = env_str("PASSWORD_RESET_RATE_PER_ADDRESS", "3/h")
PASSWORD_RESET_RATE_PER_CLIENT = env_str("PASSWORD_RESET_RATE_PER_CLIENT", "20/h")
RATELIMIT_IP_META_KEY = "config.client_ip.client_ip"

# --- Cache: counters shared by every process (API throttling, rate limits) ---
# Redis when configured (CACHE_URL, else the Redis broker's server), so that limits hold across
# gunicorn processes and hosts; a process-local cache on the embedded default.
CACHE_URL = env_str(
    "CACHE_URL",
    env_str("CELERY_BROKER_URL", "") if env_str("CELERY_BROKER_URL", "").startswith("redis") else "",
)
# While Redis is away the cache answers "nothing stored" instead of raising (django-redis), and the
# limits fail open: a broker outage must not turn every request into a 500 (the fault suite's finding).
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": CACHE_URL,
        "KEY_PREFIX": "pg",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
RATELIMIT_FAIL_OPEN = True

# --- Content-Security-Policy (django-csp): scripts and styles only from our own static files ---
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# --- Language: Swedish by default, English switchable ---
LANGUAGE_CODE = env_str("LANGUAGE_CODE", "sv")
LANGUAGES = [("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "config" / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Stockholm")
USE_I18N = True
USE_TZ = True

# --- Files ---
STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "templates" / "static"]
PLAN_FILES_DIR = Path(env_str("PLAN_FILES_DIR", str(VAR_DIR / "plan-files")))
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PLAN_FILES_DIR},
    },
    # Plans are stored privately: no base_url, so no public URL exists; downloads go through a view.
    "plans": {"BACKEND": "plans.storage.PlanFileStorage"},
    "staticfiles": {
        # A developer's machine serves the files as they are; a server serves collectstatic's
        # compressed, fingerprinted copies (`./dev test` collects them when it needs them).
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or EMBEDDED
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700

# --- Upload limits ---
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 20 * 1024 * 1024)
UPLOAD_MAX_MEMBERS = env_int("UPLOAD_MAX_MEMBERS", 2000)
UPLOAD_MAX_UNCOMPRESSED_BYTES = env_int("UPLOAD_MAX_UNCOMPRESSED_BYTES", 250 * 1024 * 1024)
# Every form carries one file; more parts are refused by Django before they are parsed.
DATA_UPLOAD_MAX_NUMBER_FILES = 1
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Whole request bodies above this are refused with 413 before they are read (config.middleware).
REQUEST_MAX_BYTES = UPLOAD_MAX_BYTES + 1024 * 1024

# --- E-mail ---
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "plangranskning@localhost")
# A mail server that does not answer must not hold a request or a worker for long.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)

# --- Celery (read by worker/celery.py with the CELERY_ namespace) ---
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://localhost//")
CELERY_BROKER_DIR = Path(env_str("CELERY_BROKER_DIR", str(VAR_DIR / "broker")))
CHECK_SOFT_TIME_LIMIT = env_int("CHECK_SOFT_TIME_LIMIT", 90)
CHECK_TIME_LIMIT = env_int("CHECK_TIME_LIMIT", 120)
# How the pipeline recovers (plans/check_pipeline.py, docs/configuration.md):
# A worker holds a check under a lease its heartbeat renews every 10 s; a lease not renewed for this
# long means the worker is gone, and the next sweep gives the check to another worker.
CHECK_LEASE_SECONDS = env_int("CHECK_LEASE_SECONDS", 30)
# How often the sweep runs (beat): lost checks are redone within lease + sweep + the check itself.
CHECK_SWEEP_SECONDS = env_int("CHECK_SWEEP_SECONDS", 15)
# A version whose message has not reached the broker this long after its commit is sent again.
CHECK_SEND_GRACE = env_int("CHECK_SEND_GRACE", 5)
# When the broker holds no check messages, a version sent this long ago and not started lost its
# message (a broker restarted empty) and is sent again.
CHECK_LOST_AFTER = env_int("CHECK_LOST_AFTER", 30)
# Whatever the broker says, a queued check not started this long after it was sent is sent again.
CHECK_STALE_AFTER = env_int("CHECK_STALE_AFTER", 600)
CHECK_MAX_ATTEMPTS = env_int("CHECK_MAX_ATTEMPTS", 5)
# Redis gives an unacknowledged message back after this many seconds; above every hard limit. The
# lease recovers lost checks sooner; this is kombu's own fallback (it scans about every 100 s).
CELERY_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 300)
# A worker that has not reported for this long counts as gone in /healthz.
WORKER_HEARTBEAT_MAX_AGE = env_int("WORKER_HEARTBEAT_MAX_AGE", 25)

# --- Reviews and reminders ---
# A submitted plan should have a decision (changes requested or approved) within this many days.
REVIEW_DAYS = env_int("REVIEW_DAYS", 21)
# Reminders to principals, in days before (positive) and after (negative) the plan's due date.
REMINDER_DAYS = [int(days) for days in env_list("REMINDER_DAYS", ["14", "3", "-1", "-14"])]
# Hour of the day (local time) when the daily reminder run goes out.
REMINDER_HOUR = env_int("REMINDER_HOUR", 7)
# The address people use to reach the web pages, for links in e-mails.
SITE_URL = env_str("SITE_URL", "http://localhost:8000").rstrip("/")

# --- Webhooks (api/webhooks.py, docs/webhooks.md) ---
# Let webhook URLs lead to loopback, private and link-local addresses: only for tests or a closed
# network. Off, a webhook cannot be used to probe the internal network.
WEBHOOK_ALLOW_PRIVATE = env_bool("WEBHOOK_ALLOW_PRIVATE", False)
# Attempts per delivery (with exponential backoff, 1 minute doubling up to an hour) before it fails.
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 8)

# --- Security when DEBUG is off ---
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
# The embedded default runs on http://127.0.0.1; anything else is served over TLS.
SESSION_COOKIE_SECURE = not (DEBUG or EMBEDDED)
# Sessions end after a working day, not Django's two weeks (staff hold review and admin rights).
SESSION_COOKIE_AGE = env_int("SESSION_HOURS", 12) * 3600
CSRF_COOKIE_SECURE = not (DEBUG or EMBEDDED)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- REST API ---
API_TOKEN_DAYS = env_int("API_TOKEN_DAYS", 365)
API_THROTTLE_RATE = env_str("API_THROTTLE_RATE", "600/min")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",  # the browser, with CSRF
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticated",
        "api.permissions.ReadOnlyServiceTokens",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Pagination",
    "EXCEPTION_HANDLER": "api.errors.problem_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.TokenRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"token": API_THROTTLE_RATE},
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Plangranskning API",
    "DESCRIPTION": (
        "Plans against discrimination and degrading treatment: schools, school years, plan versions "
        "and their checks, reviews and feedback. Errors are application/problem+json (RFC 9457)."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "PlanStatusEnum": "reviews.models.PlanStatus",
        "CheckStatusEnum": "plans.models.CheckStatus",
        "RequirementStatusEnum": "plans.models.RequirementStatus",
        "SeverityEnum": "reviews.models.Severity",
        "FindingSeverityEnum": "plans.models.FindingSeverity",
    },
}
