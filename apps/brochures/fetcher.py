"""Where the PDF renderer gets the stylesheets and images a profile names: from
the static files and the media storage, read in this process. Never over HTTP: a
request to the portal's own address would wait for a worker while this one waits
for it (with few workers, for ever), and any other address is not ours to fetch."""

from __future__ import annotations

import mimetypes
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from weasyprint.urls import URLFetcher, URLFetcherResponse


class StorageURLFetcher(URLFetcher):
    """Serves /static/… from the static files and /media/… (or the media storage's
    own address) from the media storage; refuses everything else."""

    def fetch(self, url, headers=None):
        content = self._static(url)
        if content is None:
            content = self._media(url)
        if content is None:
            raise ValueError(f"Not a static or media file of the portal: {url}")
        content_type = mimetypes.guess_type(urlsplit(url).path)[0]
        return URLFetcherResponse(
            url,
            body=content,
            headers={"Content-Type": content_type or "application/octet-stream"},
        )

    def _static(self, url: str) -> bytes | None:
        name = _name_under(urlsplit(url).path, settings.STATIC_URL)
        if name is None:
            return None
        found = finders.find(name)
        if found:
            with open(found, "rb") as handle:
                return handle.read()
        # Collected (hashed) names, as {% static %} gives them in production.
        if staticfiles_storage.exists(name):
            with staticfiles_storage.open(name) as handle:
                return handle.read()
        return None

    def _media(self, url: str) -> bytes | None:
        name = _name_under(urlsplit(url).path, settings.MEDIA_URL)
        if name is None:
            # Object storage names its files by its own address (S3, a CDN).
            base = default_storage.url("").split("?")[0]
            if "://" in base and url.startswith(base):
                name = unquote(url[len(base) :].split("?")[0])
        if not name or not default_storage.exists(name):
            return None
        with default_storage.open(name, "rb") as handle:
            return handle.read()


def _name_under(path: str, prefix: str) -> str | None:
    """The file name below a URL prefix ("/static/"), or None outside it."""
    prefix_path = urlsplit(prefix).path
    if not prefix_path or not path.startswith(prefix_path):
        return None
    name = unquote(path[len(prefix_path) :])
    if not name or ".." in name.split("/"):
        return None
    return name
