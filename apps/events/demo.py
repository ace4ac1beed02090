"""The two events of the seeds, with their sessions and speakers.

Dates: the Daxing conference was on July 10 of 2025 (the article speaks of the
newly introduced 2025 measures) and no times are given, so it is stored as a whole
day; the forum's date is unknown beyond 2023, so it spans the year (docs/data.md).
"""

from __future__ import annotations

from apps.core import registry
from apps.core.demo import shanghai_midnight, upsert
from apps.core.models import Status
from apps.districts.demo import industry
from apps.districts.models import District
from apps.events.models import (
    DatePrecision,
    Event,
    EventFormat,
    EventKind,
    Session,
    SessionKind,
    Speaker,
)
from apps.organizations.demo import organization

DAXING_CONFERENCE = "daxing-life-health-corridor-conference-2025"
LIFE_SCIENCE_FORUM = "international-forum-on-life-science-2023"


def load_daxing_conference() -> Event | None:
    event = upsert(
        Event,
        {"slug": DAXING_CONFERENCE},
        {
            "status": Status.PUBLISHED,
            "title_en": (
                "Conference on the Construction of Daxing District's Life and "
                "Health High-End Manufacturing Corridor and Innovative "
                "Pharmaceutical Industry Service Exchange"
            ),
            "title_zh_hans": "大兴区生命健康高端制造走廊建设暨创新药产业服务交流会",
            "kind": EventKind.CONFERENCE,
            "summary_en": (
                "More than 100 representatives from municipal and district "
                "government departments, medical institutions, research institutes, "
                "biopharmaceutical enterprises, investment institutions and "
                "professional service organizations discussed new opportunities for "
                "the innovative pharmaceutical industry; two signing ceremonies and "
                "a policy interpretation were held."
            ),
            "summary_zh_hans": (
                "来自市区相关政府部门、医疗机构、科研院所、生物医药企业、投资机构"
                "和专业服务机构的100余名代表齐聚一堂，共商创新药产业发展新机遇；"
                "现场举行了两场签约仪式和政策解读。"
            ),
            "starts_at": shanghai_midnight(2025, 7, 10),
            "ends_at": shanghai_midnight(2025, 7, 11),
            "date_precision": DatePrecision.DAY,
            # The seed says "On July 10": the year is inferred (docs/data.md).
            "year_inferred": True,
            "venue_en": "Business Service Center of Daxing District",
            "venue_zh_hans": "",
            "format": EventFormat.OFFLINE,
            "district": District.objects.get(slug="daxing"),
            "attendance": 100,
            "attendance_is_minimum": True,
        },
        m2m={
            "industries": [
                industry("innovative-pharmaceuticals"),
                industry("medical-devices"),
            ],
            "organizers": [],
            "exhibitors": [],
        },
    )
    if event is None:  # deleted by staff: so are its sessions
        return None
    sessions = [
        (
            SessionKind.SIGNING,
            "Signing of the strategic cooperation agreement",
            "签署战略合作协议",
            (
                "Five Daxing District units sign a strategic cooperation agreement "
                "with the Medical and Health Industry Special Committee of the "
                "Beijing Federation of Industry and Commerce."
            ),
            "大兴区五家单位与北京市工商联医疗健康产业专委会签署战略合作协议。",
        ),
        (
            SessionKind.SIGNING,
            "Signing of the cooperation with professional service organizations",
            "与专业服务机构签约合作",
            (
                "The Special Committee reaches in-depth cooperation with 8 "
                "professional service organizations."
            ),
            "专委会与8家专业服务机构达成深度合作。",
        ),
        (
            SessionKind.BRIEFING,
            "Interpretation of the Several Measures of Beijing for Supporting the "
            "High-Quality Development of Innovative Pharmaceuticals (2025)",
            "解读《北京市支持创新医药高质量发展若干措施（2025年）》",
            "",
            "",
        ),
        (
            SessionKind.BRIEFING,
            "Introduction of Daxing District's industrial advantages",
            "大兴区产业优势推介",
            (
                "Regional industrial advantages, high-quality industrial carriers "
                "such as the Biomedical Base and Tianyuan Courtyard Sub-district, "
                "and supporting policies."
            ),
            "",
        ),
    ]
    by_order = {}
    for order, (kind, title_en, title_zh, text_en, text_zh) in enumerate(sessions, 1):
        by_order[order] = upsert(
            Session,
            {"event": event, "order": order},
            {
                "kind": kind,
                "title_en": title_en,
                "title_zh_hans": title_zh,
                "description_en": text_en,
                "description_zh_hans": text_zh,
            },
        )
    speakers = [
        (
            "Yan Weiqun",
            "",
            (
                "Deputy Minister of the United Front Work Department of the "
                "Municipal Party Committee and Secretary of the Party Leadership "
                "Group of the Municipal Federation of Industry and Commerce"
            ),
            "市委统战部副部长、市工商联党组书记",
            "beijing-united-front-work-department",
            None,
        ),
        (
            "Li Aifang",
            "",
            (
                "Member of the Party Leadership Group and Vice Chairman of the "
                "Beijing Daxing District Committee of the Chinese People's "
                "Political Consultative Conference"
            ),
            "北京市大兴区政协党组成员、副主席",
            "daxing-cppcc-committee",
            None,
        ),
        (
            "Zhang Long",
            "",
            (
                "Director of the Pharmaceutical and Medical Device Department of the "
                "Beijing Municipal Health Commission"
            ),
            "北京市卫生健康委员会药械处处长",
            "beijing-municipal-health-commission",
            3,
        ),
        (
            "Li Rong",
            "",
            "Deputy Director of Daxing District Investment Promotion Center",
            "大兴区投资促进中心副主任",
            None,
            4,
        ),
    ]
    for order, (name_en, name_zh, title_en, title_zh, org, session) in enumerate(
        speakers, 1
    ):
        upsert(
            Speaker,
            {"event": event, "name_en": name_en},
            {
                "name_zh_hans": name_zh,
                "title_en": title_en,
                "title_zh_hans": title_zh,
                "organization": organization(org) if org else None,
                "session": by_order.get(session),
                "order": order,
            },
        )
    return event


def load_life_science_forum() -> Event | None:
    event = upsert(
        Event,
        {"slug": LIFE_SCIENCE_FORUM},
        {
            "status": Status.PUBLISHED,
            "title_en": "2023 International Forum on Life Science",
            "title_zh_hans": "2023生命科学国际论坛",
            "kind": EventKind.FORUM,
            "theme_en": "Ignite Life for Future",
            "theme_zh_hans": "",
            "summary_en": (
                "Hosted by Changping District and jointly organized by key entities "
                "such as the Beijing Municipal Science and Technology Commission and "
                "the Administrative Commission of Zhongguancun Science Park, the "
                "forum aimed at fostering an open, global, market-oriented and "
                "dynamic innovation ecosystem; 12 significant industrial projects "
                "were signed."
            ),
            "summary_zh_hans": (
                "论坛由昌平区承办，北京市科学技术委员会、中关村科技园区管理委员会等"
                "单位联合主办，旨在营造开放、全球化、市场化、充满活力的创新生态；"
                "论坛期间签约12个重大产业项目。"
            ),
            "structure_en": (
                "1+4+2+N: the main forum, four themed panel sessions, a press "
                "conference, a themed exhibition and numerous supporting activities"
            ),
            "structure_zh_hans": (
                "1+4+2+N：一场主论坛、四场主题分论坛、一场新闻发布会、"
                "一场主题展览及多场配套活动"
            ),
            "starts_at": shanghai_midnight(2023),
            "ends_at": shanghai_midnight(2024),
            "date_precision": DatePrecision.YEAR,
            "format": EventFormat.HYBRID,
            "district": District.objects.get(slug="changping"),
            "attendance": None,
            "attendance_is_minimum": False,
        },
        m2m={
            "industries": [
                industry("pharmaceutical-healthcare"),
                industry("biotechnology"),
            ],
            "organizers": [
                organization("beijing-municipal-science-and-technology-commission"),
                organization("zhongguancun-science-park-administrative-commission"),
            ],
            "exhibitors": [
                organization(slug)
                for slug in ("beigene", "innocare", "wantai-biopharm", "pins-medical")
            ],
        },
    )
    if event is None:  # deleted by staff: so are its sessions
        return None
    sessions = [
        (SessionKind.MAIN_FORUM, "Main forum", "主论坛", "", ""),
        (
            SessionKind.PANEL,
            "Four themed panel sessions",
            "四场主题分论坛",
            "",
            "",
        ),
        (SessionKind.PRESS_CONFERENCE, "Press conference", "新闻发布会", "", ""),
        (SessionKind.EXHIBITION, "Themed exhibition", "主题展览", "", ""),
        (
            SessionKind.SIDE_ACTIVITY,
            "Supporting activities",
            "配套活动",
            "Numerous supporting activities.",
            "多场配套活动。",
        ),
    ]
    for order, (kind, title_en, title_zh, text_en, text_zh) in enumerate(sessions, 1):
        upsert(
            Session,
            {"event": event, "order": order},
            {
                "kind": kind,
                "title_en": title_en,
                "title_zh_hans": title_zh,
                "description_en": text_en,
                "description_zh_hans": text_zh,
            },
        )
    speakers = [
        ("Xie Xiaoliang", "谢晓亮", "", ""),
        ("Shi Hengning", "", "", ""),
        ("Wang Lai", "", "", ""),
        ("Qiao Jie", "乔杰", "", ""),
        ("Michael Levitt", "迈克尔·莱维特", "Nobel Laureate", "诺贝尔奖得主"),
    ]
    for order, (name_en, name_zh, title_en, title_zh) in enumerate(speakers, 1):
        upsert(
            Speaker,
            {"event": event, "name_en": name_en},
            {
                "name_zh_hans": name_zh,
                "title_en": title_en,
                "title_zh_hans": title_zh,
                "order": order,
            },
        )
    return event


def load_events() -> int:
    load_daxing_conference()
    load_life_science_forum()
    return 2


registry.demo.register("events", load_events)
