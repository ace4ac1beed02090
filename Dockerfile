# One image for every service of docker-compose.yml (web, worker, warmer, migrate).
# Dependencies come from the hashed lock files only (make lock); no secret is baked
# in: the build-time key below serves collectstatic alone, the real ones come from
# the environment at run time.
FROM python:3.11-slim-bookworm

# S3=1 installs the s3 extra (django-storages, boto3) for DJANGO_STORAGE=s3.
ARG S3=0

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
# gettext: compilemessages. Pango, HarfBuzz and Noto Sans CJK (its Simplified
# Chinese face; the serif files are dropped): the PDF profiles (apps/brochures).
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
       libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig fonts-noto-cjk \
    && rm -f /usr/share/fonts/opentype/noto/NotoSerifCJK* && fc-cache -f \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements ./requirements
RUN if [ "$S3" = "1" ]; then lock=requirements/s3.lock; else lock=requirements/main.lock; fi \
    && pip install --require-hashes -r "$lock"
COPY pyproject.toml ./
COPY portal ./portal
COPY apps ./apps
RUN pip install --no-deps .
COPY . .
RUN python manage.py compilemessages --ignore=.venv --verbosity 0 \
    && DJANGO_DEBUG=0 DJANGO_SECRET_KEY=collectstatic-only DJANGO_ALLOWED_HOSTS=build \
       python manage.py collectstatic --noinput --verbosity 0

# The static files are the initial content of compose's `static` volume, which the
# migrate service refreshes (collectstatic) as this user.
RUN useradd --create-home portal && mkdir -p /app/media \
    && chown -R portal /app/media /app/staticfiles
USER portal
EXPOSE 8000
# exec form: gunicorn is PID 1 and receives SIGTERM from `docker stop`.
CMD ["gunicorn", "portal.wsgi:application", "--config", "gunicorn.conf.py"]
