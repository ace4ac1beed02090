"""Hostile input: a Hypothesis profile that keeps the suite fast and repeatable, the
hostile values themselves, and a little content so filters have choices."""

from __future__ import annotations

import os
from urllib.parse import quote_from_bytes

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.factories.agreements import AgreementFactory
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

# "ci" (the default) is derandomized: the same examples on every run, so a red
# build is reproducible; "dev" explores new examples each run.
hypothesis_settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    max_examples=25,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.register_profile(
    "dev",
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

HOSTILE_VALUES = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",  # a lone surrogate: not valid UTF-8 on the wire
    "\udfff\ud800x",
    "A" * 10_240,
    "字" * 3_000,
    "-1",
    "0",
    "-99999999999999999999999999",
    "99999999999999999999999999999999999999",
    "1e308",
    "NaN",
    "inf",
    "9223372036854775808",
    "' OR 1=1 --",
    '"; DROP TABLE inquiries_inquiry; --',
    "%",
    "%%",
    "_",
    "\\",
    "\\%_",
    "[a-z]*",
    "(?:",
    "-nonexistent_field",
    "name__unknown",
    "?",
    "&",
    "=",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "2025-13",
    "0000-00",
    "2025-02-30",
    "9999-99",
    "daxing",
    "‮",
]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.text(alphabet="%_\\'\"\x00-;*()[]", max_size=12),
)


def encode_pairs(pairs) -> str:
    """application/x-www-form-urlencoded, byte for byte as a hostile client could
    send it: lone surrogates become the invalid UTF-8 bytes they stand for."""
    return "&".join(
        f"{_quote(key)}={_quote(value)}" for key, value in pairs if key is not None
    )


def _quote(value: str) -> str:
    return quote_from_bytes(value.encode("utf-8", "surrogatepass"), safe="")


@pytest.fixture
def content(db):
    """One published item of each kind, so choice filters have real choices."""
    industry = IndustryFactory(slug="biotech")
    district = DistrictFactory(slug="daxing")
    park = ParkFactory(slug="zgc-daxing", district=district)
    park.industries.add(industry)
    OrganizationFactory(slug="acme", district=district)
    EventFactory(slug="expo", district=district)
    AgreementFactory(slug="deal", district=district)
    PolicyFactory(slug="twenty-measures")
    ArticleFactory(slug="opening")
    return {"district": district, "park": park, "industry": industry}
