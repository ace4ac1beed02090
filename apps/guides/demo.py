"""The two guides the seeds support, with only the steps they state (docs/data.md):
Daxing's "one-stop" service system and the Zhongguancun Life Science Park's
face-to-face administrative approval. No time, document or link: the seeds give
none."""

from __future__ import annotations

from apps.core import registry
from apps.core.demo import upsert
from apps.core.editor import plain_text_to_html
from apps.core.models import Status
from apps.districts.demo import industry
from apps.districts.models import District
from apps.organizations.models import Organization
from apps.parks.models import Park

from .models import Audience, Guide, GuideStep

COMMITTEE = "medical-health-industry-special-committee"


def _steps(guide: Guide, steps: list[dict]) -> None:
    for order, values in enumerate(steps, start=1):
        upsert(GuideStep, {"guide": guide, "order": order}, values)
    GuideStep.objects.filter(guide=guide, order__gt=len(steps)).delete()


def load_guides() -> int:
    daxing = District.objects.get(slug="daxing")
    changping = District.objects.get(slug="changping")
    committee = Organization.objects.get(slug=COMMITTEE)
    one_stop = upsert(
        Guide,
        {"slug": "daxing-one-stop-service-system"},
        {
            "status": Status.PUBLISHED,
            "title_en": (
                "The \u201cone-stop\u201d service system for innovative "
                "pharmaceutical enterprises in Daxing"
            ),
            "title_zh_hans": "大兴区创新医药企业\u201c一站式\u201d服务体系",
            "audience": Audience.EVERYONE,
            "summary_en": (
                "The Special Committee will build a \u201cone-stop\u201d service "
                "system to address the core pain points and key bottlenecks in "
                "research and development innovation, production and manufacturing, "
                "and product launch for enterprises in Daxing District."
            ),
            "summary_zh_hans": (
                "专委会将构建\u201c一站式\u201d服务体系，精准破解大兴区企业在研发创新、"
                "生产制造和产品上市等环节的核心痛点和关键堵点。"
            ),
            "body_en": plain_text_to_html(
                "The Special Committee has reached in-depth cooperation with 8 "
                "professional service organizations, including the National Torch "
                "Science and Technology Innovation Institute Medical Transformation "
                "Base and Biocytogen, covering fields such as clinical "
                "transformation, medical device research and development, and "
                "digital services. These collaborations provide enterprises with "
                "full-process professional support from research and development "
                "to market launch."
            ),
            # Left empty: one organization's Chinese name is not certain; the
            # English text shows instead (docs/data.md).
            "body_zh_hans": "",
            "order": 1,
        },
        m2m={
            "districts": [daxing],
            "parks": [],
            "industries": [
                industry("innovative-pharmaceuticals"),
                industry("medical-devices"),
            ],
            "policies": [],
        },
    )
    # The three stages the seed names, handled by the Special Committee's system.
    stages = [
        ("Research and development innovation", "研发创新"),
        ("Production and manufacturing", "生产制造"),
        ("Product launch", "产品上市"),
    ]
    _steps(
        one_stop,
        [
            {
                "title_en": title_en,
                "title_zh_hans": title_zh,
                "authority_en": (
                    "Medical and Health Industry Special Committee of the Beijing "
                    "Federation of Industry and Commerce"
                ),
                "authority_zh_hans": "",
                "organization": committee,
            }
            for title_en, title_zh in stages
        ],
    )
    approval = upsert(
        Guide,
        {"slug": "zhongguancun-life-science-park-approval-services"},
        {
            "status": Status.PUBLISHED,
            "title_en": (
                "Administrative review and approval at the Zhongguancun Life "
                "Science Park"
            ),
            "title_zh_hans": "中关村生命科学园行政审批服务",
            "audience": Audience.EVERYONE,
            "summary_en": (
                "The Zhongguancun Life Science Park provides targeted services, "
                "including face-to-face administrative approval processes, "
                "supporting enterprises at every stage."
            ),
            "summary_zh_hans": (
                "中关村生命科学园提供精准服务，包括面对面的行政审批办理，"
                "支持企业发展的每个阶段。"
            ),
            "body_en": "",
            "body_zh_hans": "",
            "order": 2,
        },
        m2m={
            "districts": [changping],
            "parks": [Park.objects.get(slug="zhongguancun-life-science-park")],
            "industries": [industry("pharmaceutical-healthcare")],
            "policies": [],
        },
    )
    _steps(
        approval,
        [
            {
                "title_en": "Face-to-face administrative approval",
                "title_zh_hans": "面对面行政审批",
                "authority_en": "Zhongguancun Life Science Park",
                "authority_zh_hans": "中关村生命科学园",
                "organization": None,
            }
        ],
    )
    return 2


registry.demo.register("guides", load_guides)
