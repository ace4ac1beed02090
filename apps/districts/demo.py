"""Districts, their key industries and Changping's figures (docs/data.md lists the
sentence of the seed behind each value)."""

from __future__ import annotations

from decimal import Decimal

from apps.core import registry
from apps.core.demo import upsert
from apps.core.editor import plain_text_to_html
from apps.core.models import Status
from apps.districts.models import (
    District,
    Indicator,
    IndicatorKind,
    Industry,
    Metric,
    Qualifier,
)

CHANGPING_SOURCE_EN = (
    "\u201cChangping's Vision: Pioneering the Future of Pharmaceutical and "
    "Healthcare Innovation\u201d (2023 International Forum on Life Science)"
)
CHANGPING_SOURCE_ZH = "《昌平愿景：引领医药健康创新的未来》（2023生命科学国际论坛报道）"

# slug: (English, Chinese, order)
INDUSTRIES = {
    "pharmaceutical-healthcare": ("Pharmaceutical and healthcare", "医药健康", 1),
    "biomedicine": ("Biomedicine", "生物医药", 2),
    "innovative-pharmaceuticals": ("Innovative pharmaceuticals", "创新药", 3),
    "medical-devices": ("Medical devices", "医疗器械", 4),
    "biotechnology": ("Biotechnology", "生物技术", 5),
}

# slug: (English name, Chinese name, unit code (apps/core/quantities.py), order)
METRICS = {
    "pharmaceutical-healthcare-industry-scale": (
        "Pharmaceutical and healthcare industry scale",
        "医药健康产业规模",
        "CNY",
        1,
    ),
    "pharmaceutical-healthcare-enterprises": (
        "Pharmaceutical and healthcare enterprises",
        "医药健康企业",
        "enterprise",
        2,
    ),
    "high-tech-enterprises": ("High-tech enterprises", "高新技术企业", "enterprise", 3),
    "specialized-smes": ("Specialized SMEs", "专精特新中小企业", "enterprise", 4),
    "unicorns": ("Unicorns", "独角兽企业", "enterprise", 5),
    "listed-enterprises": ("Listed enterprises", "上市企业", "enterprise", 6),
    "high-level-rd-institutions": (
        "High-level R&D institutions",
        "高水平研发机构",
        "institution",
        7,
    ),
    "universities": ("Universities", "高校", "university", 8),
}

# The sector a metric measures (its figures show on that sector's page): the
# metric's own name says it (docs/data.md).
METRIC_INDUSTRIES = {
    "pharmaceutical-healthcare-industry-scale": "pharmaceutical-healthcare",
    "pharmaceutical-healthcare-enterprises": "pharmaceutical-healthcare",
}

BILLION = 10**9

# The year of Changping's counts, inferred from the 2023 forum's report.
INFERRED_COUNT_YEAR = 2023

# (metric slug, year, value in base units, qualifier, kind) — Changping, all from
# the 2023 article: "a scale close to 80 billion yuan in 2022", "a cluster valued
# at least 100 billion yuan", "over 900 pharmaceutical and healthcare enterprises".
CHANGPING_INDICATORS = [
    (
        "pharmaceutical-healthcare-industry-scale",
        2022,
        80 * BILLION,
        Qualifier.NEARLY,
        IndicatorKind.ACTUAL,
    ),
    (
        "pharmaceutical-healthcare-industry-scale",
        None,
        100 * BILLION,
        Qualifier.AT_LEAST,
        IndicatorKind.TARGET,
    ),
    (
        "pharmaceutical-healthcare-enterprises",
        2023,
        900,
        Qualifier.OVER,
        IndicatorKind.ACTUAL,
    ),
    ("high-tech-enterprises", 2023, 269, Qualifier.EXACT, IndicatorKind.ACTUAL),
    ("specialized-smes", 2023, 133, Qualifier.EXACT, IndicatorKind.ACTUAL),
    ("unicorns", 2023, 19, Qualifier.EXACT, IndicatorKind.ACTUAL),
    ("listed-enterprises", 2023, 18, Qualifier.EXACT, IndicatorKind.ACTUAL),
    ("high-level-rd-institutions", 2023, 10, Qualifier.OVER, IndicatorKind.ACTUAL),
    ("universities", 2023, 40, Qualifier.OVER, IndicatorKind.ACTUAL),
]


def industry(slug: str) -> Industry:
    return Industry.objects.get(slug=slug)


def load_industries() -> int:
    for slug, (name_en, name_zh, order) in INDUSTRIES.items():
        upsert(
            Industry,
            {"slug": slug},
            {"name_en": name_en, "name_zh_hans": name_zh, "order": order},
        )
    return len(INDUSTRIES)


def load_districts() -> int:
    published = {"status": Status.PUBLISHED}
    upsert(
        District,
        {"slug": "daxing"},
        {
            **published,
            "name_en": "Daxing",
            "name_zh_hans": "大兴区",
            "summary_en": (
                "Daxing District is building a life and health high-end "
                "manufacturing corridor and a service support system for the "
                "innovative pharmaceutical industry."
            ),
            "summary_zh_hans": (
                "大兴区正在建设生命健康高端制造走廊，构建创新药产业服务支撑体系。"
            ),
            "body_en": plain_text_to_html(
                "Daxing District promotes high-quality industrial carriers such as "
                "the Biomedical Base and Tianyuan Courtyard Sub-district, as well as "
                "supporting policies, for enterprises that settle in the district.\n\n"
                "The district will further expand the depth and breadth of "
                "cooperation, continue to deepen urban and district collaborative "
                "linkage, make precise efforts around the entire chain of innovative "
                "pharmaceutical services, continuously optimize the industrial "
                "spatial layout and accelerate the agglomeration of enterprises and "
                "institutions with core competitiveness in the life and health "
                "high-end manufacturing industry."
            ),
            "body_zh_hans": plain_text_to_html(
                "大兴区重点推介生物医药基地、Tianyuan Courtyard Sub-district"
                "等优质产业载体及配套政策，"
                "为企业落户提供清晰的发展路径。\n\n"
                "下一步，大兴区将进一步拓展合作的深度和广度，持续深化市区协同联动，"
                "围绕创新药服务全链条精准发力，不断优化产业空间布局，"
                "加快集聚一批具有核心竞争力的企业和机构，"
                "共同谱写生命健康高端制造产业新篇章。"
            ),
            "order": 1,
        },
        m2m={
            "industries": [
                industry("biomedicine"),
                industry("innovative-pharmaceuticals"),
                industry("medical-devices"),
            ]
        },
    )
    upsert(
        District,
        {"slug": "changping"},
        {
            **published,
            "name_en": "Changping",
            "name_zh_hans": "昌平区",
            "summary_en": (
                "Changping District has positioned itself as a hub for "
                "pharmaceutical and healthcare innovation, home of the Zhongguancun "
                "Life Science Park."
            ),
            "summary_zh_hans": (
                "昌平区定位为医药健康创新高地，中关村生命科学园坐落于此。"
            ),
            "body_en": plain_text_to_html(
                "With strong support from the municipal and district governments, "
                "Changping's pharmaceutical and healthcare sector reached a scale "
                "close to 80 billion yuan in 2022.\n\n"
                "Changping has systematically built key technology platforms and a "
                "service system covering the entire industry chain, facilitating "
                "the transition from R&D to industrialization. The district aims to "
                "build a pharmaceutical and healthcare industry cluster valued at "
                "least 100 billion yuan and become a Beijing model for global "
                "influence in the field."
            ),
            "body_zh_hans": plain_text_to_html(
                "在市、区两级政府的大力支持下，昌平区医药健康产业规模"
                "2022年接近800亿元。\n\n"
                "昌平区系统构建了关键技术平台和覆盖全产业链的服务体系，"
                "推动研发成果向产业化转化。昌平区力争打造规模不低于"
                "1000亿元的医药健康产业集群，成为在该领域具有全球影响力的"
                "“北京样板”。"
            ),
            "order": 2,
        },
        m2m={"industries": [industry("pharmaceutical-healthcare")]},
    )
    return 2


def load_indicators() -> int:
    for slug, (name_en, name_zh, unit, order) in METRICS.items():
        upsert(
            Metric,
            {"slug": slug},
            {
                "name_en": name_en,
                "name_zh_hans": name_zh,
                "unit": unit,
                "order": order,
                "industry": (
                    industry(METRIC_INDUSTRIES[slug])
                    if slug in METRIC_INDUSTRIES
                    else None
                ),
            },
        )
    changping = District.objects.get(slug="changping")
    for slug, year, value, qualifier, kind in CHANGPING_INDICATORS:
        upsert(
            Indicator,
            {
                "district": changping,
                "metric": Metric.objects.get(slug=slug),
                "year": year,
                "kind": kind,
            },
            {
                "value": Decimal(value),
                "qualifier": qualifier,
                "source_en": CHANGPING_SOURCE_EN,
                "source_zh_hans": CHANGPING_SOURCE_ZH,
                # The counts are stated in the present tense of the 2023 forum's
                # report: their year is inferred (docs/data.md, inference 4).
                "year_inferred": year == INFERRED_COUNT_YEAR,
            },
        )
    return len(METRICS) + len(CHANGPING_INDICATORS)


registry.demo.register("industries", load_industries)
registry.demo.register("districts", load_districts)
registry.demo.register("metrics and indicators", load_indicators)
