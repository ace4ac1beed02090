# ruff: noqa: RUF001  (Chinese text with full-width punctuation)
"""A policy page says where the full text is, what is known of the policy, and
how many of its measures are entered, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.base import ContentFile

from tests.factories.organizations import OrganizationFactory
from tests.factories.policies import MeasureCategoryFactory, PolicyFactory

pytestmark = pytest.mark.django_db

OFFICIAL = "https://wjw.beijing.gov.cn/measures-2025.html"


@pytest.fixture
def measures_2025():
    """As the demo has it: 20 measures stated, none entered, two focus areas, no
    issuer, number, link or attachment."""
    policy = PolicyFactory(
        title_en="Several Measures (2025)",
        title_zh_hans="若干措施（2025年）",
        slug="measures-2025",
        measure_count=20,
    )
    policy.focus_areas.add(
        MeasureCategoryFactory(
            name_en="Accelerating review and approval",
            name_zh_hans="加快审评审批",
            order=1,
        ),
        MeasureCategoryFactory(
            name_en="Supporting clinical research",
            name_zh_hans="支持临床研究",
            order=2,
        ),
    )
    return policy


def page(client, policy, lang="en"):
    return client.get(f"/{lang}/policies/{policy.slug}/").text


INQUIRY = 'href="/en/contact/?kind=policy&amp;policy=measures-2025"'


def test_no_measure_and_no_text_is_a_clear_sentence_with_an_inquiry(
    client, measures_2025
):
    text = page(client, measures_2025)
    assert (
        "This policy sets out 20 measures, not yet entered on this portal. "
        "Ask us for the full text."
    ) in text
    assert "are listed here" not in text
    assert text.count(INQUIRY) == 1
    assert "Ask about this policy" in text
    text = page(client, measures_2025, "zh-hans")
    assert (
        "本政策共提出20条措施，本网站尚未逐条录入，政策原文也暂未发布，"
        "欢迎向我们咨询索取。"
    ) in text
    assert "此处列出" not in text
    assert "咨询本政策" in text


def test_no_measure_entered_points_to_the_official_text(client, measures_2025):
    measures_2025.source_url = OFFICIAL
    measures_2025.save()
    text = page(client, measures_2025)
    sentence = (
        "This policy sets out 20 measures, not yet entered on this portal: "
        "read them in the official text, or ask us."
    )
    assert sentence in text
    after = text.split(sentence)[1]
    assert after.index(f'href="{OFFICIAL}"') < after.index(INQUIRY)
    text = page(client, measures_2025, "zh-hans")
    assert (
        "本政策共提出20条措施，本网站尚未逐条录入，请查阅政策原文或向我们咨询。" in text
    )
    assert "查阅政策原文" in text


def test_a_policy_without_text_says_so_and_offers_an_inquiry(client):
    policy = PolicyFactory(slug="talent")
    text = page(client, policy)
    assert "Where to get the full text" in text
    assert "The full text is not published on this portal yet." in text
    assert 'href="/en/contact/?kind=policy&amp;policy=talent"' in text
    text = page(client, policy, "zh-hans")
    assert "获取政策原文" in text
    assert "本网站暂未发布政策原文" in text


def test_the_focus_areas_are_shown(client, measures_2025):
    text = page(client, measures_2025)
    assert "Focus areas" in text
    first = text.index("Accelerating review and approval")
    assert first < text.index("Supporting clinical research")
    text = page(client, measures_2025, "zh-hans")
    assert "重点方向" in text
    assert "加快审评审批" in text
    assert "支持临床研究" in text


def test_the_official_link_issuer_number_and_dates_are_shown(client):
    policy = PolicyFactory(
        source_url=OFFICIAL,
        issuer=OrganizationFactory(
            name_en="Beijing Municipal Health Commission",
            name_zh_hans="北京市卫生健康委员会",
        ),
        document_number="京卫药械〔2025〕1号",
        issued_on=dt.date(2025, 3, 1),
        effective_on=dt.date(2025, 4, 1),
    )
    text = page(client, policy)
    assert f'href="{OFFICIAL}"' in text
    assert "Read the official text" in text
    assert "published by Beijing Municipal Health Commission" in text
    assert "京卫药械〔2025〕1号" in text
    assert "March 1, 2025" in text
    assert "April 1, 2025" in text
    assert "not published on this portal" not in text
    text = page(client, policy, "zh-hans")
    assert "查阅政策原文" in text
    assert "北京市卫生健康委员会发布" in text
    assert "2025年3月1日" in text


def test_the_attachment_is_offered_when_there_is_no_link(client):
    policy = PolicyFactory()
    policy.attachment.save("measures.pdf", ContentFile(b"%PDF-1.4"), save=True)
    text = page(client, policy)
    assert f"/en/policies/{policy.slug}/attachment.pdf" in text
    assert "Download the full text (PDF)" in text
    assert "not published on this portal" not in text


def test_some_measures_entered_says_how_many_of_how_many(client):
    from tests.factories.policies import MeasureFactory

    policy = PolicyFactory(measure_count=20, source_url=OFFICIAL)
    MeasureFactory(policy=policy, number=1, title_en="Faster review")
    text = page(client, policy)
    assert (
        "This policy sets out 20 measures; this page lists 1 of them. "
        "The full text has them all."
    ) in text
    text = page(client, policy, "zh-hans")
    assert "本政策共提出20条措施，下面列出其中1条，全部措施请见政策原文。" in text
