# Placeholder until the inquiries issue lands: the form page the rest links to.
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def inquiry_create(request: HttpRequest) -> HttpResponse:
    return render(request, "inquiries/inquiry_form.html")
