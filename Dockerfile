FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml ./
COPY portal ./portal
COPY apps ./apps
RUN pip install .
COPY . .
RUN python manage.py compilemessages --ignore=.venv --verbosity 0 \
    && DJANGO_DEBUG=0 DJANGO_SECRET_KEY=build-only DJANGO_ALLOWED_HOSTS=build \
       python manage.py collectstatic --noinput --verbosity 0

RUN useradd --create-home portal && mkdir -p /app/media && chown portal /app/media
USER portal
EXPOSE 8000
CMD ["gunicorn", "portal.wsgi:application", "--config", "gunicorn.conf.py"]
