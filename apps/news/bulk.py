"""The news' share of the synthetic bulk data (devtools/bulk.py runs it)."""

from __future__ import annotations

from apps.core import registry
from apps.districts.models import District

from .models import Article

ARTICLES = 20_000  # at scale 1


def generate(synth) -> None:
    prefix, tr = synth.slug_prefix, synth.translated
    ids = synth.reserve(Article, synth.count(ARTICLES))
    text = synth.text
    rows = (
        {
            "id": pk,
            "slug": f"{prefix}article-{n:05d}",
            "status": synth.status(),
            "published_at": synth.when(),
            **tr("title", f"Synthetic News {n:05d}", f"合成新闻 {n:05d}"),
            **tr("summary", text.en(25), text.zh(15)),
            **tr("body", text.en(250), text.zh(120)),
        }
        for n, pk in enumerate(ids)
    )
    synth.copy("articles", Article, rows)
    synth.link(Article.districts, ids, synth.ids[District], 1)


def delete(purge) -> None:
    for descriptor in (
        Article.districts,
        Article.events,
        Article.agreements,
        Article.organizations,
    ):
        purge.links(descriptor)
    purge.rows(Article)


registry.bulk.register("news", registry.BulkShare(generate, delete))
