"""The 2025 municipal measures interpreted at the Daxing conference. The seed gives
the count (20) and two focus areas, not the measures' texts: no Measure rows."""

from __future__ import annotations

from apps.core import registry
from apps.core.demo import upsert
from apps.core.models import Status
from apps.districts.demo import industry
from apps.policies.models import MeasureCategory, Policy, PolicyLevel

MEASURES_2025 = "beijing-innovative-pharmaceuticals-measures-2025"


def load_policies() -> int:
    review = upsert(
        MeasureCategory,
        {"slug": "accelerating-review-and-approval"},
        {
            "name_en": "Accelerating review and approval",
            "name_zh_hans": "加快审评审批",
            "order": 1,
        },
    )
    clinical = upsert(
        MeasureCategory,
        {"slug": "supporting-clinical-research"},
        {
            "name_en": "Supporting clinical research",
            "name_zh_hans": "支持临床研究",
            "order": 2,
        },
    )
    upsert(
        Policy,
        {"slug": MEASURES_2025},
        {
            "status": Status.PUBLISHED,
            "title_en": (
                "Several Measures of Beijing for Supporting the High-Quality "
                "Development of Innovative Pharmaceuticals (2025)"
            ),
            "title_zh_hans": "北京市支持创新医药高质量发展若干措施（2025年）",
            "level": PolicyLevel.MUNICIPAL,
            "year": 2025,
            "measure_count": 20,
            "summary_en": (
                "20 specific measures focusing on accelerating review and approval, "
                "supporting clinical research and more, committed to building "
                "Beijing into a global hub for allocating innovative pharmaceutical "
                "resources."
            ),
            "summary_zh_hans": (
                "提出20条具体措施，聚焦加快审评审批、支持临床研究等方面，"
                "致力于将北京打造成为全球创新医药资源配置枢纽。"
            ),
        },
        # The seed names two focus areas ("accelerating review and approval,
        # supporting clinical research, etc."), no issuer, number or official link.
        m2m={
            "industries": [industry("innovative-pharmaceuticals")],
            "districts": [],
            "focus_areas": [review, clinical],
        },
    )
    return 3


registry.demo.register("policies", load_policies)
