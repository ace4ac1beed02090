"""What the open data API shows of each model.

Translated fields (`name`, `title`, `summary` …) are given in the language the
request chose (see `language.py`), falling back to the other language as the site
does. A related object that readers may not see (a draft or scheduled district,
park, organization, event …) is shown as `null`: neither its slug nor its name leaks.
"""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from apps.agreements.models import Agreement, AgreementParty
from apps.districts.models import District, Indicator, Industry
from apps.events.models import Event, Session, Speaker
from apps.news.models import Article
from apps.opportunities.models import Opportunity
from apps.organizations.models import Designation, Organization
from apps.parks.models import Park
from apps.policies.models import Measure, Policy


class IndustrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Industry
        fields = ["slug", "name"]


class LiveRefField(serializers.Field):
    """A published related object as {slug, name}; anything else as null."""

    def __init__(self, label_attr: str = "name", **kwargs) -> None:
        self.label_attr = label_attr
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        # Null foreign keys must reach to_representation, not be skipped.
        try:
            return super().get_attribute(instance)
        except AttributeError:
            return None

    def to_representation(self, value):
        if value is None or not getattr(value, "is_live", False):
            return None
        return {"slug": value.slug, "name": getattr(value, self.label_attr)}


# Documented shape of a LiveRefField.
LIVE_REF_SCHEMA = {
    "type": "object",
    "nullable": True,
    "properties": {"slug": {"type": "string"}, "name": {"type": "string"}},
}
LiveRefField = extend_schema_field(LIVE_REF_SCHEMA)(LiveRefField)


@extend_schema_field({"type": "array", "items": LIVE_REF_SCHEMA})
class LiveRefListField(serializers.Field):
    """Published objects of a prefetched many-to-many as [{slug, name}]."""

    def __init__(self, label_attr: str = "name", **kwargs) -> None:
        self.label_attr = label_attr
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [
            {"slug": item.slug, "name": getattr(item, self.label_attr)}
            for item in value.all()
            if item.is_live
        ]


class PageUrlField(serializers.Field):
    """The absolute address of the item's public page, in the chosen language."""

    def __init__(self, **kwargs) -> None:
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        url = value.get_absolute_url()
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


PageUrlField = extend_schema_field(OpenApiTypes.URI)(PageUrlField)


class FileUrlField(serializers.Field):
    """The absolute address of an uploaded file, or null."""

    def __init__(self, **kwargs) -> None:
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return super().get_attribute(instance)

    def to_representation(self, value):
        if not value:
            return None
        request = self.context.get("request")
        return request.build_absolute_uri(value.url) if request else value.url


FileUrlField = extend_schema_field(
    {"type": "string", "format": "uri", "nullable": True}
)(FileUrlField)


# --- Districts and figures ---------------------------------------------------------


class IndicatorInDistrictSerializer(serializers.ModelSerializer):
    metric = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    metric_name = serializers.CharField(source="metric.name", read_only=True)
    unit = serializers.CharField(source="metric.unit", read_only=True)

    class Meta:
        model = Indicator
        fields = [
            "metric",
            "metric_name",
            "unit",
            "year",
            "value",
            "qualifier",
            "kind",
            "source",
            "source_url",
        ]


class IndicatorSerializer(IndicatorInDistrictSerializer):
    district = LiveRefField()

    class Meta(IndicatorInDistrictSerializer.Meta):
        fields = ["district", *IndicatorInDistrictSerializer.Meta.fields]


class DistrictSerializer(serializers.ModelSerializer):
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = District
        fields = [
            "slug",
            "name",
            "summary",
            "industries",
            "contact_name",
            "contact_phone",
            "contact_email",
            "address",
            "website",
            "url",
        ]


class DistrictDetailSerializer(DistrictSerializer):
    indicators = IndicatorInDistrictSerializer(many=True, read_only=True)

    class Meta(DistrictSerializer.Meta):
        fields = [*DistrictSerializer.Meta.fields, "body", "indicators"]


# --- Parks -------------------------------------------------------------------------


class ParkSerializer(serializers.ModelSerializer):
    district = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Park
        fields = [
            "slug",
            "name",
            "kind",
            "district",
            "industries",
            "summary",
            "area_hectares",
            "available_space_sqm",
            "facilities",
            "services",
            "address",
            "latitude",
            "longitude",
            "contact_name",
            "contact_phone",
            "contact_email",
            "website",
            "url",
        ]


class ParkDetailSerializer(ParkSerializer):
    class Meta(ParkSerializer.Meta):
        fields = [*ParkSerializer.Meta.fields, "body"]


# --- Organizations -----------------------------------------------------------------


class DesignationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Designation
        fields = ["kind", "year", "exchange", "stock_code"]


class OrganizationSerializer(serializers.ModelSerializer):
    parent = LiveRefField()
    district = LiveRefField()
    park = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    designations = DesignationSerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Organization
        fields = [
            "slug",
            "name",
            "short_name",
            "kind",
            "service_fields",
            "parent",
            "district",
            "park",
            "industries",
            "designations",
            "description",
            "website",
            "address",
            "founded_year",
            "url",
        ]


# --- Events ------------------------------------------------------------------------


class EventSerializer(serializers.ModelSerializer):
    district = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Event
        fields = [
            "slug",
            "title",
            "kind",
            "theme",
            "summary",
            "starts_at",
            "ends_at",
            "date_precision",
            "venue",
            "address",
            "format",
            "online_url",
            "district",
            "industries",
            "attendance",
            "attendance_is_minimum",
            "registration_open",
            "url",
        ]


class SessionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Session
        fields = ["kind", "title", "description", "starts_at", "ends_at", "venue"]


class SpeakerSerializer(serializers.ModelSerializer):
    organization = LiveRefField()
    session = serializers.CharField(source="session.title", default=None)

    class Meta:
        model = Speaker
        fields = ["name", "title", "organization", "topic", "session"]


class EventDetailSerializer(EventSerializer):
    organizers = LiveRefListField()
    exhibitors = LiveRefListField()
    sessions = SessionSerializer(many=True, read_only=True)
    speakers = SpeakerSerializer(many=True, read_only=True)

    class Meta(EventSerializer.Meta):
        fields = [
            *EventSerializer.Meta.fields,
            "structure",
            "body",
            "organizers",
            "exhibitors",
            "sessions",
            "speakers",
        ]


# --- Agreements --------------------------------------------------------------------


class PartySerializer(serializers.ModelSerializer):
    """A party by name and role; its organization's slug only when published
    (the agreement page names unpublished parties too, without a link)."""

    name = serializers.CharField(source="organization.name")
    organization = LiveRefField()

    class Meta:
        model = AgreementParty
        fields = ["name", "role", "organization"]


class AgreementSerializer(serializers.ModelSerializer):
    event = LiveRefField(label_attr="title")
    district = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    parties = PartySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Agreement
        fields = [
            "slug",
            "title",
            "kind",
            "progress",
            "signed_year",
            "signed_on",
            "event",
            "district",
            "industries",
            "project_count",
            "party_count",
            "amount",
            "currency",
            "summary",
            "parties",
            "url",
        ]


class AgreementDetailSerializer(AgreementSerializer):
    class Meta(AgreementSerializer.Meta):
        fields = [*AgreementSerializer.Meta.fields, "body"]


# --- Policies ----------------------------------------------------------------------


class MeasureSerializer(serializers.ModelSerializer):
    category = serializers.CharField(source="category.name", default=None)

    class Meta:
        model = Measure
        fields = ["number", "category", "title", "text"]


class PolicySerializer(serializers.ModelSerializer):
    issuer = LiveRefField()
    districts = LiveRefListField()
    industries = IndustrySerializer(many=True, read_only=True)
    attachment = FileUrlField()
    url = PageUrlField()

    class Meta:
        model = Policy
        fields = [
            "slug",
            "title",
            "short_title",
            "level",
            "issuer",
            "document_number",
            "year",
            "issued_on",
            "effective_on",
            "expires_on",
            "measure_count",
            "summary",
            "districts",
            "industries",
            "attachment",
            "url",
        ]


class PolicyDetailSerializer(PolicySerializer):
    measures = MeasureSerializer(many=True, read_only=True)

    class Meta(PolicySerializer.Meta):
        fields = [*PolicySerializer.Meta.fields, "body", "measures"]


# --- Investment opportunities ----------------------------------------------------


class OpportunitySerializer(serializers.ModelSerializer):
    district = LiveRefField()
    park = LiveRefField()
    promoter = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Opportunity
        fields = [
            "slug",
            "title",
            "kind",
            "district",
            "park",
            "industries",
            "amount_min",
            "amount_max",
            "currency",
            "area_sqm",
            "planning_status",
            "decision_months",
            "promoter",
            "summary",
            "contact_name",
            "contact_phone",
            "contact_email",
            "latitude",
            "longitude",
            "published_at",
            "url",
        ]


class OpportunityDetailSerializer(OpportunitySerializer):
    class Meta(OpportunitySerializer.Meta):
        fields = [*OpportunitySerializer.Meta.fields, "body"]


# --- News --------------------------------------------------------------------------


class ArticleSerializer(serializers.ModelSerializer):
    districts = LiveRefListField()
    url = PageUrlField()

    class Meta:
        model = Article
        fields = [
            "slug",
            "title",
            "summary",
            "published_at",
            "source_name",
            "source_url",
            "districts",
            "url",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body"]
