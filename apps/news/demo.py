"""The two seed articles as news. Bodies are built from the copies in `seeds/`:
nothing outside the project is read at run time. The Chinese bodies are left empty
on purpose: modeltranslation then shows the English text (docs/data.md)."""

from __future__ import annotations

import re
from pathlib import Path

from django.utils.html import escape

from apps.agreements.demo import FORUM_PROJECTS, SERVICE_COOPERATION, STRATEGIC
from apps.agreements.models import Agreement
from apps.core import registry
from apps.core.demo import shanghai_midnight, upsert
from apps.core.models import Status
from apps.core.sanitize import sanitize_html
from apps.districts.models import District
from apps.events.demo import DAXING_CONFERENCE, LIFE_SCIENCE_FORUM
from apps.events.models import Event
from apps.news.models import Article
from apps.organizations.demo import organization

SEEDS = Path(__file__).resolve().parent / "seeds"
DAXING_ARTICLE = "daxing-life-health-corridor-conference"
CHANGPING_ARTICLE = "changping-pharmaceutical-healthcare-innovation"


# A seed line that is a subheading: short, and not ending a sentence.
_SENTENCE_END = re.compile(r"[.!?。！？][\"”]?$")


def article_text(filename: str) -> tuple[str, str]:
    """Title and body (HTML, as the editor writes it) of a seed article.

    The body is the article's paragraphs without the title, a stray page number,
    the site footer (phone, address, social media and e-mail: the office's
    contacts, kept in site settings) and the hashtag line. Its subheadings become
    <h2>, a short line ending in a colon (alone or as a bullet) <h3>, and runs of
    "•" bullets a list whose items keep their "Label:" in bold.
    """
    lines = (SEEDS / filename).read_text(encoding="utf-8").splitlines()
    title = lines[0].strip()
    blocks: list[str] = []
    items: list[str] = []
    for raw in lines[1:]:
        line = re.sub(r"\s+", " ", raw.strip())
        if line.startswith("Phone number:"):
            break
        if not line or line.isdigit() or line.startswith("#"):
            continue
        bullet = line.startswith("•")
        text = line.lstrip("• ").strip()
        if bullet and not text.endswith(":"):
            label, colon, rest = text.partition(": ")
            items.append(
                f"<li><strong>{escape(label)}:</strong> {escape(rest)}</li>"
                if colon
                else f"<li>{escape(text)}</li>"
            )
            continue
        if items:
            blocks.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if text.endswith(":") and len(text) < 80:
            blocks.append(f"<h3>{escape(text[:-1])}</h3>")
        elif len(text) < 100 and not _SENTENCE_END.search(text):
            blocks.append(f"<h2>{escape(text)}</h2>")
        else:
            blocks.append(f"<p>{escape(text)}</p>")
    if items:
        blocks.append("<ul>" + "".join(items) + "</ul>")
    # As the editor's sanitizer stores it, so that a second run changes nothing.
    return title, sanitize_html("\n".join(blocks))


def load_news() -> int:
    daxing_title, daxing_body = article_text("daxing_conference.txt")
    upsert(
        Article,
        {"slug": DAXING_ARTICLE},
        {
            "status": Status.PUBLISHED,
            # The seeds carry no publication date: the article's is the
            # conference's, July 10, with the year inferred (docs/data.md).
            "published_at": shanghai_midnight(2025, 7, 10),
            "only_year_known": False,
            "year_inferred": True,
            "title_en": daxing_title,
            "title_zh_hans": (
                "市区协同 共谋发展｜大兴区成功举办生命健康高端制造走廊建设"
                "暨创新药产业服务交流会"
            ),
            "summary_en": (
                "On July 10, the Conference on the Construction of Daxing District's "
                "Life and Health High-End Manufacturing Corridor and Innovative "
                "Pharmaceutical Industry Service Exchange was held at the Business "
                "Service Center of Daxing District, with two signing ceremonies and "
                "an interpretation of Beijing's 2025 measures for innovative "
                "pharmaceuticals."
            ),
            "summary_zh_hans": (
                "7月10日，大兴区生命健康高端制造走廊建设暨创新药产业服务交流会"
                "在大兴区举行，现场举行了两场签约仪式，"
                "并解读了北京市2025年支持创新医药发展的措施。"
            ),
            "body_en": daxing_body,
            "body_zh_hans": "",
        },
        m2m={
            "districts": [District.objects.get(slug="daxing")],
            "events": [Event.objects.get(slug=DAXING_CONFERENCE)],
            "agreements": list(
                Agreement.objects.filter(slug__in=[STRATEGIC, SERVICE_COOPERATION])
            ),
            "organizations": [
                organization(slug)
                for slug in (
                    "medical-health-industry-special-committee",
                    "daxing-investment-promotion-service-center",
                    "daxing-emerging-industry-promotion-service-center",
                    "daxing-federation-of-industry-and-commerce",
                    "tianyuan-courtyard-sub-district-office",
                    "daxing-biomedical-industry-base-management-committee",
                    "national-torch-medical-transformation-base",
                    "biocytogen",
                    "beijing-municipal-health-commission",
                )
            ],
        },
    )
    changping_title, changping_body = article_text("changping_forum.txt")
    upsert(
        Article,
        {"slug": CHANGPING_ARTICLE},
        {
            "status": Status.PUBLISHED,
            # The forum's year only (2023): pages show the year, not a day.
            "published_at": shanghai_midnight(2023),
            "only_year_known": True,
            "year_inferred": False,
            "title_en": changping_title,
            "title_zh_hans": "昌平愿景：引领医药健康创新的未来",
            "summary_en": (
                "The 2023 International Forum on Life Science, themed \u201cIgnite "
                "Life for Future\u201d and hosted by Changping District, witnessed "
                "the signing of 12 significant industrial projects; Changping's "
                "pharmaceutical and healthcare sector reached a scale close to 80 "
                "billion yuan in 2022."
            ),
            "summary_zh_hans": (
                "由昌平区承办、以\u201cIgnite Life for Future\u201d为主题的"
                "2023生命科学国际论坛"
                "见证了12个重大产业项目签约；昌平医药健康产业规模2022年接近800亿元。"
            ),
            "body_en": changping_body,
            "body_zh_hans": "",
        },
        m2m={
            "districts": [District.objects.get(slug="changping")],
            "events": [Event.objects.get(slug=LIFE_SCIENCE_FORUM)],
            "agreements": list(Agreement.objects.filter(slug=FORUM_PROJECTS)),
            "organizations": [
                organization(slug)
                for slug in (
                    "beijing-municipal-science-and-technology-commission",
                    "zhongguancun-science-park-administrative-commission",
                    "beigene",
                    "innocare",
                    "wantai-biopharm",
                    "pins-medical",
                )
            ],
        },
    )
    return 2


registry.demo.register("news", load_news)
