"""The three signings the seeds report."""

from __future__ import annotations

import datetime as dt

from apps.agreements.models import (
    Agreement,
    AgreementKind,
    AgreementParty,
    PartyRole,
)
from apps.core import registry
from apps.core.demo import edited_by_staff, upsert
from apps.core.models import Status
from apps.districts.demo import industry
from apps.districts.models import District
from apps.events.demo import DAXING_CONFERENCE, LIFE_SCIENCE_FORUM
from apps.events.models import Event
from apps.organizations.demo import organization

STRATEGIC = "daxing-special-committee-strategic-cooperation-2025"
SERVICE_COOPERATION = "special-committee-service-organizations-cooperation-2025"
FORUM_PROJECTS = "life-science-forum-industrial-projects-2023"
COMMITTEE = "medical-health-industry-special-committee"
FIVE_DAXING_UNITS = [
    "daxing-investment-promotion-service-center",
    "daxing-emerging-industry-promotion-service-center",
    "daxing-federation-of-industry-and-commerce",
    "tianyuan-courtyard-sub-district-office",
    "daxing-biomedical-industry-base-management-committee",
]


def set_parties(agreement: Agreement | None, parties: list[tuple[str, str]]) -> None:
    """Make the agreement's parties exactly these (organization slug, role),
    unless staff deleted or edited the agreement (its parties are theirs then)."""
    if agreement is None or edited_by_staff(agreement):
        return
    keep = []
    for order, (slug, role) in enumerate(parties, 1):
        party = upsert(
            AgreementParty,
            {"agreement": agreement, "organization": organization(slug)},
            {"role": role, "order": order},
        )
        keep.append(party.pk)
    agreement.parties.exclude(pk__in=keep).delete()


def load_agreements() -> int:
    daxing = District.objects.get(slug="daxing")
    conference = Event.objects.get(slug=DAXING_CONFERENCE)
    strategic = upsert(
        Agreement,
        {"slug": STRATEGIC},
        {
            "status": Status.PUBLISHED,
            "title_en": (
                "Strategic cooperation agreement between five Daxing District units "
                "and the Medical and Health Industry Special Committee of the "
                "Beijing Federation of Industry and Commerce"
            ),
            "title_zh_hans": (
                "大兴区五家单位与北京市工商联医疗健康产业专委会战略合作协议"
            ),
            "kind": AgreementKind.STRATEGIC_COOPERATION,
            "signed_on": dt.date(2025, 7, 10),
            "signed_year": 2025,
            "year_inferred": True,
            "event": conference,
            "district": daxing,
            "project_count": 1,
            "party_count": 6,
            "summary_en": (
                "The parties will jointly promote the construction of a platform for "
                "transforming scientific and technological achievements and "
                "facilitate the clustered development of scientific and "
                "technological service industries such as CRO/CDMO."
            ),
            "summary_zh_hans": (
                "各方将共同推动科技成果转化平台建设，促进CRO/CDMO等科技服务业集聚发展。"
            ),
        },
        m2m={"industries": []},
    )
    set_parties(
        strategic,
        [(slug, PartyRole.SIGNATORY) for slug in FIVE_DAXING_UNITS]
        + [(COMMITTEE, PartyRole.LEAD)],
    )
    cooperation = upsert(
        Agreement,
        {"slug": SERVICE_COOPERATION},
        {
            "status": Status.PUBLISHED,
            "title_en": (
                "Cooperation between the Special Committee and 8 professional "
                "service organizations"
            ),
            "title_zh_hans": "专委会与8家专业服务机构合作",
            "kind": AgreementKind.COOPERATION,
            "signed_on": dt.date(2025, 7, 10),
            "signed_year": 2025,
            "year_inferred": True,
            "event": conference,
            "district": daxing,
            "project_count": 1,
            "party_count": 9,
            "summary_en": (
                "In-depth cooperation covering fields such as clinical "
                "transformation, medical device research and development, and "
                "digital services, to provide enterprises with full-process "
                "professional support from research and development to market "
                "launch."
            ),
            "summary_zh_hans": (
                "合作涵盖临床转化、医疗器械研发、数字化服务等多个领域，"
                "为企业提供从研发到上市的全流程专业支持。"
            ),
        },
        m2m={
            "industries": [
                industry("innovative-pharmaceuticals"),
                industry("medical-devices"),
            ]
        },
    )
    set_parties(
        cooperation,
        [
            (COMMITTEE, PartyRole.LEAD),
            ("national-torch-medical-transformation-base", PartyRole.SIGNATORY),
            ("biocytogen", PartyRole.SIGNATORY),
        ],
    )
    projects = upsert(
        Agreement,
        {"slug": FORUM_PROJECTS},
        {
            "status": Status.PUBLISHED,
            "title_en": (
                "12 industrial projects signed at the 2023 International Forum on "
                "Life Science"
            ),
            "title_zh_hans": "2023生命科学国际论坛签约12个产业项目",
            "kind": AgreementKind.PROJECT_SIGNING,
            "signed_on": None,
            "signed_year": 2023,
            "event": Event.objects.get(slug=LIFE_SCIENCE_FORUM),
            "district": District.objects.get(slug="changping"),
            "project_count": 12,
            "party_count": None,
            "summary_en": (
                "The forum witnessed the signing of 12 significant industrial "
                "projects, solidifying partnerships and driving the growth of "
                "Changping's pharmaceutical and healthcare sector."
            ),
            "summary_zh_hans": (
                "论坛见证了12个重大产业项目签约，巩固了合作伙伴关系，"
                "推动昌平医药健康产业发展。"
            ),
        },
        m2m={"industries": [industry("pharmaceutical-healthcare")]},
    )
    set_parties(projects, [])
    return 3


registry.demo.register("agreements", load_agreements)
