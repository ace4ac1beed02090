"""The three industrial carriers the seeds name. No area, space, address or
coordinates: the seeds give none."""

from __future__ import annotations

from apps.core import registry
from apps.core.demo import upsert
from apps.core.models import Status
from apps.districts.demo import industry
from apps.districts.models import District
from apps.parks.models import Park, ParkKind


def load_parks() -> int:
    daxing = District.objects.get(slug="daxing")
    changping = District.objects.get(slug="changping")
    upsert(
        Park,
        {"slug": "zhongguancun-life-science-park"},
        {
            "status": Status.PUBLISHED,
            "name_en": "Zhongguancun Life Science Park",
            "name_zh_hans": "中关村生命科学园",
            "district": changping,
            "kind": ParkKind.SCIENCE_PARK,
            "summary_en": (
                "Changping's science park for pharmaceutical and healthcare "
                "innovation, with targeted administrative review and approval "
                "services."
            ),
            "summary_zh_hans": "昌平区医药健康创新科学园区，提供精准的行政审批服务。",
            "services_en": (
                "Targeted services, including face-to-face administrative approval "
                "processes, supporting enterprises at every stage."
            ),
            "services_zh_hans": (
                "提供面对面行政审批等精准服务，为企业发展全周期提供支持。"
            ),
        },
        m2m={"industries": [industry("pharmaceutical-healthcare")]},
    )
    upsert(
        Park,
        {"slug": "daxing-biomedical-industry-base"},
        {
            "status": Status.PUBLISHED,
            "name_en": (
                "Zhongguancun Science and Technology Park Daxing Biomedical "
                "Industry Base"
            ),
            "name_zh_hans": "中关村科技园区大兴生物医药产业基地",
            "district": daxing,
            "kind": ParkKind.INDUSTRIAL_BASE,
            "summary_en": (
                "A high-quality industrial carrier of Daxing District for "
                "biomedicine, promoted to enterprises settling in the district."
            ),
            "summary_zh_hans": "大兴区生物医药优质产业载体，面向落户企业重点推介。",
        },
        m2m={"industries": [industry("biomedicine")]},
    )
    upsert(
        Park,
        {"slug": "tianyuan-courtyard-sub-district"},
        {
            "status": Status.PUBLISHED,
            "name_en": "Tianyuan Courtyard Sub-district",
            # Official Chinese name not confirmed: left empty, English shows instead.
            "name_zh_hans": "",
            "district": daxing,
            "kind": ParkKind.SUB_DISTRICT_CARRIER,
            "summary_en": (
                "A high-quality industrial carrier of Daxing District, promoted to "
                "enterprises settling in the district."
            ),
            "summary_zh_hans": "大兴区优质产业载体，面向落户企业重点推介。",
        },
        m2m={"industries": []},
    )
    return 3


registry.demo.register("parks", load_parks)
