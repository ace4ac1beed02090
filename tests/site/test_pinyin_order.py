"""Chinese readers see names in pinyin order (北京, 昌平, 大兴), English readers in
English order, on every list sorted by name."""

from __future__ import annotations

import pytest

from apps.organizations.models import OrganizationKind, ServiceField
from tests.factories.districts import DistrictFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db

# (English, Chinese): the code-point order of the Chinese is 大 < 昌 < 白, pinyin
# is bai < chang < da; the English names sort another way again. (Names that the
# page's header and footer do not contain, unlike 北京.)
NAMES = [
    ("Zeta Baita", "白塔医药"),
    ("Alpha Dacheng", "大成科技"),
    ("Mid Changsheng", "昌盛生物"),
]
PINYIN = ["白塔医药", "昌盛生物", "大成科技"]
ENGLISH = ["Alpha Dacheng", "Mid Changsheng", "Zeta Baita"]


def _order(text: str, names: list[str]) -> list[str]:
    found = sorted((text.index(name), name) for name in names if name in text)
    return [name for _position, name in found]


def test_directory_in_pinyin_order_for_chinese_readers(client):
    for n, (en, zh) in enumerate(NAMES):
        OrganizationFactory(
            name_en=en, name_zh_hans=zh, slug=f"org-{n}", kind=OrganizationKind.COMPANY
        )
    assert _order(client.get("/zh-hans/directory/").text, PINYIN) == PINYIN
    assert _order(client.get("/en/directory/").text, ENGLISH) == ENGLISH
    reverse = client.get("/zh-hans/directory/?sort=-name").text
    assert _order(reverse, PINYIN) == PINYIN[::-1]


def test_a_name_without_chinese_sorts_by_its_english_name(client):
    OrganizationFactory(name_en="Beta Labs", name_zh_hans="", slug="beta")
    OrganizationFactory(name_en="Alpha Labs", name_zh_hans="", slug="alpha")
    text = client.get("/zh-hans/directory/").text
    assert _order(text, ["Alpha Labs", "Beta Labs"]) == ["Alpha Labs", "Beta Labs"]


def test_services_in_pinyin_order(client):
    for n, (en, zh) in enumerate(NAMES):
        OrganizationFactory(
            name_en=en,
            name_zh_hans=zh,
            slug=f"cro-{n}",
            kind=OrganizationKind.SERVICE_PROVIDER,
            service_fields=[ServiceField.values[0]],
        )
    assert _order(client.get("/zh-hans/directory/services/").text, PINYIN) == PINYIN
    assert _order(client.get("/en/directory/services/").text, ENGLISH) == ENGLISH


def test_parks_and_districts_in_pinyin_order(client):
    for n, (en, zh) in enumerate(NAMES):
        district = DistrictFactory(
            name_en=f"{en} District", name_zh_hans=f"{zh}区", slug=f"d-{n}", order=0
        )
        ParkFactory(
            name_en=f"{en} Park",
            name_zh_hans=f"{zh}园",
            slug=f"p-{n}",
            district=district,
        )
    parks = client.get("/zh-hans/parks/").text
    assert _order(parks, [f"{zh}园" for zh in PINYIN]) == [f"{zh}园" for zh in PINYIN]
    districts = client.get("/zh-hans/districts/").text
    wanted = [f"{zh}区" for zh in PINYIN]
    assert _order(districts, wanted) == wanted
