from __future__ import annotations

import factory
from django.utils import timezone

from apps.inquiries.models import Inquiry, InquiryKind, InquiryStatus, ReplyTemplate


class InquiryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Inquiry

    reference = factory.Sequence(lambda n: f"INQ-2026-{900000 + n:06d}")
    kind = InquiryKind.GENERAL
    name = factory.Sequence(lambda n: f"Sender {n}")
    organization = "Example Biotech"
    email = factory.Sequence(lambda n: f"sender{n}@example.com")
    phone = "+86 10 1234 5678"
    country = "Germany"
    language = "en"
    message = "We would like to know more about the parks."
    consent_at = factory.LazyFunction(timezone.now)
    status = InquiryStatus.NEW


class ReplyTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReplyTemplate

    name = factory.Sequence(lambda n: f"Template {n}")
    kind = ""
    language = "en"
    subject = ""
    body = "Dear {name},\n\nThank you for {reference}.\n\n{handler}"
