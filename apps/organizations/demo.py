"""Every organization the seeds name. Chinese names only where the established
official name is certain; otherwise empty so the English name shows."""

from __future__ import annotations

from apps.core import registry
from apps.core.demo import upsert
from apps.core.editor import plain_text_to_html
from apps.core.models import Status
from apps.districts.models import District
from apps.organizations.models import Organization, OrganizationKind, ServiceField
from apps.parks.models import Park

K = OrganizationKind
# The fields the Special Committee's cooperation with the 8 service organizations
# covers; the seed states them for the group, not per organization (docs/data.md).
COOPERATION_FIELDS = [
    ServiceField.CLINICAL_TRANSLATION,
    ServiceField.DEVICE_RD,
    ServiceField.DIGITAL_SERVICES,
]

# slug: dict(name_en, name_zh, kind, district slug, park slug, parent slug, fields)
ORGANIZATIONS: dict[str, dict] = {
    # Municipal bodies
    "beijing-federation-of-industry-and-commerce": {
        "name_en": "Beijing Federation of Industry and Commerce",
        "name_zh": "北京市工商业联合会",
        "kind": K.ASSOCIATION,
    },
    "medical-health-industry-special-committee": {
        "name_en": (
            "Medical and Health Industry Special Committee of the Beijing "
            "Federation of Industry and Commerce"
        ),
        "short_en": "Special Committee",
        "kind": K.ASSOCIATION,
        "parent": "beijing-federation-of-industry-and-commerce",
        "description_en": (
            "Will build a \u201cone-stop\u201d service system to address the core "
            "pain points and key bottlenecks in research and development "
            "innovation, production and manufacturing, and product launch for "
            "enterprises in Daxing District."
        ),
        "description_zh": (
            "将构建\u201c一站式\u201d服务体系，精准破解大兴区企业在研发创新、"
            "生产制造和产品上市等环节的核心痛点和关键堵点。"
        ),
    },
    "beijing-municipal-science-and-technology-commission": {
        "name_en": "Beijing Municipal Science and Technology Commission",
        "name_zh": "北京市科学技术委员会",
        "kind": K.GOVERNMENT,
    },
    "zhongguancun-science-park-administrative-commission": {
        "name_en": "Administrative Commission of Zhongguancun Science Park",
        "name_zh": "中关村科技园区管理委员会",
        "kind": K.GOVERNMENT,
    },
    "beijing-municipal-health-commission": {
        "name_en": "Beijing Municipal Health Commission",
        "name_zh": "北京市卫生健康委员会",
        "kind": K.GOVERNMENT,
    },
    "beijing-united-front-work-department": {
        "name_en": "United Front Work Department of the Municipal Party Committee",
        "name_zh": "中共北京市委统一战线工作部",
        "kind": K.GOVERNMENT,
    },
    # Daxing District
    "daxing-investment-promotion-service-center": {
        "name_en": "Daxing District Investment Promotion Service Center",
        "name_zh": "大兴区投资促进服务中心",
        "kind": K.GOVERNMENT,
        "district": "daxing",
    },
    "daxing-emerging-industry-promotion-service-center": {
        "name_en": "Daxing District Emerging Industry Promotion Service Center",
        "kind": K.GOVERNMENT,
        "district": "daxing",
    },
    "daxing-federation-of-industry-and-commerce": {
        "name_en": "Daxing District Federation of Industry and Commerce",
        "name_zh": "大兴区工商业联合会",
        "kind": K.ASSOCIATION,
        "district": "daxing",
    },
    "tianyuan-courtyard-sub-district-office": {
        "name_en": "Daxing District Tianyuan Courtyard Sub-district Office",
        "kind": K.GOVERNMENT,
        "district": "daxing",
        "park": "tianyuan-courtyard-sub-district",
    },
    "daxing-biomedical-industry-base-management-committee": {
        "name_en": (
            "Management Committee of Zhongguancun Science and Technology Park "
            "Daxing Biomedical Industry Base"
        ),
        "name_zh": "中关村科技园区大兴生物医药产业基地管理委员会",
        "kind": K.GOVERNMENT,
        "district": "daxing",
        "park": "daxing-biomedical-industry-base",
    },
    "daxing-cppcc-committee": {
        "name_en": (
            "Beijing Daxing District Committee of the Chinese People's Political "
            "Consultative Conference"
        ),
        "name_zh": "中国人民政治协商会议北京市大兴区委员会",
        "short_en": "Daxing District CPPCC",
        "short_zh": "大兴区政协",
        "kind": K.GOVERNMENT,
        "district": "daxing",
    },
    "daxing-business-service-center": {
        "name_en": "Daxing District Business Service Center",
        "kind": K.GOVERNMENT,
        "district": "daxing",
    },
    # Professional service organizations (2 of the 8 named)
    "national-torch-medical-transformation-base": {
        "name_en": (
            "National Torch Science and Technology Innovation Institute Medical "
            "Transformation Base"
        ),
        "kind": K.SERVICE_PROVIDER,
        "fields": COOPERATION_FIELDS,
    },
    "biocytogen": {
        "name_en": "Biocytogen",
        "name_zh": "百奥赛图",
        "kind": K.SERVICE_PROVIDER,
        "fields": COOPERATION_FIELDS,
    },
    # Exhibitors at the 2023 International Forum on Life Science
    "beigene": {"name_en": "BeiGene", "name_zh": "百济神州", "kind": K.COMPANY},
    "innocare": {"name_en": "InnoCare", "name_zh": "诺诚健华", "kind": K.COMPANY},
    "wantai-biopharm": {
        "name_en": "Wantai BioPharm",
        "name_zh": "万泰生物",
        "kind": K.COMPANY,
    },
    "pins-medical": {
        "name_en": "Pins Medical",
        "name_zh": "品驰医疗",
        "kind": K.COMPANY,
    },
}


def organization(slug: str) -> Organization:
    return Organization.objects.get(slug=slug)


def load_organizations() -> int:
    districts = {d.slug: d for d in District.objects.filter(slug__in=["daxing"])}
    parks = {p.slug: p for p in Park.objects.all()}
    # Parents first: the dict lists them before their units.
    for slug, spec in ORGANIZATIONS.items():
        upsert(
            Organization,
            {"slug": slug},
            {
                "status": Status.PUBLISHED,
                "name_en": spec["name_en"],
                "name_zh_hans": spec.get("name_zh", ""),
                "short_name_en": spec.get("short_en", ""),
                "short_name_zh_hans": spec.get("short_zh", ""),
                "kind": spec["kind"],
                "service_fields": list(spec.get("fields", [])),
                "district": districts.get(spec.get("district")),
                "park": parks.get(spec.get("park")),
                "parent": organization(spec["parent"]) if "parent" in spec else None,
                "description_en": plain_text_to_html(spec.get("description_en")),
                "description_zh_hans": plain_text_to_html(spec.get("description_zh")),
            },
        )
    return len(ORGANIZATIONS)


registry.demo.register("organizations", load_organizations)
