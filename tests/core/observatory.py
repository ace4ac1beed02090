"""Scores a response the way the Mozilla HTTP Observatory (MDN) does.

Start at 100, add each test's modifier; bonuses (positive modifiers) count only
when the score without them is at least 90, as the Observatory does. The table
(also in docs/security.md) follows the Observatory's published scoring:
https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

MODIFIERS = {
    # Content Security Policy
    "csp-implemented-with-no-unsafe-default-src-none": 10,
    "csp-implemented-with-no-unsafe": 5,
    "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
    "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
    "csp-implemented-with-unsafe-eval": -10,
    "csp-implemented-with-unsafe-inline": -20,
    "csp-implemented-with-insecure-scheme": -20,
    "csp-header-invalid": -25,
    "csp-not-implemented": -25,
    # Cookies
    "cookies-secure-with-httponly-sessions-and-samesite": 5,
    "cookies-not-found": 0,
    "cookies-secure-with-httponly-sessions": 0,
    "cookies-without-secure-flag": -20,
    "cookies-samesite-flag-invalid": -20,
    "cookies-anticsrf-without-samesite-flag": -20,
    "cookies-session-without-httponly-flag": -30,
    "cookies-session-without-secure-flag": -40,
    # Cross-origin resource sharing
    "cross-origin-resource-sharing-not-implemented": 0,
    "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
    "cross-origin-resource-sharing-implemented-with-universal-access": -50,
    # Redirection (from plain http)
    "redirection-to-https": 0,
    "redirection-off-host-from-http": -5,
    "redirection-not-to-https": -20,
    "redirection-missing": -20,
    # Referrer-Policy
    "referrer-policy-private": 5,
    "referrer-policy-no-referrer-when-downgrade": 0,
    "referrer-policy-not-implemented": 0,
    "referrer-policy-unsafe": -5,
    "referrer-policy-headers-invalid": -5,
    # Strict-Transport-Security
    "hsts-preloaded": 5,
    "hsts-implemented-max-age-at-least-six-months": 0,
    "hsts-implemented-max-age-less-than-six-months": -10,
    "hsts-not-implemented": -20,
    "hsts-header-invalid": -20,
    # Subresource integrity
    "sri-implemented-and-all-scripts-loaded-securely": 5,
    "sri-not-implemented-response-not-html": 0,
    "sri-not-implemented-but-no-scripts-loaded": 0,
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
    "sri-not-implemented-but-external-scripts-loaded-securely": -5,
    "sri-implemented-but-external-scripts-not-loaded-securely": -20,
    "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
    # X-Content-Type-Options
    "x-content-type-options-nosniff": 0,
    "x-content-type-options-not-implemented": -5,
    "x-content-type-options-header-invalid": -5,
    # X-Frame-Options
    "x-frame-options-implemented-via-csp": 5,
    "x-frame-options-sameorigin-or-deny": 0,
    "x-frame-options-not-implemented": -20,
    "x-frame-options-header-invalid": -20,
    # Cross-Origin-Resource-Policy
    "cross-origin-resource-policy-implemented-with-same-origin": 0,
    "cross-origin-resource-policy-implemented-with-same-site": 0,
    "cross-origin-resource-policy-implemented-with-cross-origin": 0,
    "cross-origin-resource-policy-not-implemented": 0,
    "cross-origin-resource-policy-header-invalid": -5,
}

PRIVATE_REFERRER = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
UNSAFE_REFERRER = {"origin", "origin-when-cross-origin", "unsafe-url"}
VALID_REFERRER = PRIVATE_REFERRER | UNSAFE_REFERRER | {"no-referrer-when-downgrade"}
ACTIVE = ("script-src", "object-src", "style-src", "connect-src", "frame-src")
BROAD = {"*", "http:", "https:", "data:", "blob:", "filesystem:"}


@dataclass
class Report:
    score: int = 100
    results: dict[str, str] = field(default_factory=dict)

    def add(self, test: str, result: str) -> None:
        self.results[test] = result

    def total(self) -> int:
        penalties = sum(min(0, MODIFIERS[r]) for r in self.results.values())
        bonuses = sum(max(0, MODIFIERS[r]) for r in self.results.values())
        base = 100 + penalties
        return base + bonuses if base >= 90 else base


def parse_csp(header: str) -> dict[str, list[str]] | None:
    policy: dict[str, list[str]] = {}
    for part in header.split(";"):
        tokens = part.strip().split()
        if not tokens:
            continue
        name = tokens[0].lower()
        if name in policy or not re.fullmatch(r"[a-z-]+", name):
            return None
        policy[name] = [token.lower() for token in tokens[1:]]
    return policy


def _sources(policy, directive):
    if directive in policy:
        return policy[directive]
    return policy.get("default-src", ["*"])


def score_csp(response, report: Report) -> dict | None:
    header = response.headers.get("Content-Security-Policy")
    if not header:
        report.add("content-security-policy", "csp-not-implemented")
        return None
    policy = parse_csp(header)
    if policy is None:
        report.add("content-security-policy", "csp-header-invalid")
        return None
    scripts = _sources(policy, "script-src")
    styles = _sources(policy, "style-src")
    strict = any(s.startswith(("'nonce-", "'sha")) for s in scripts) or (
        "'strict-dynamic'" in scripts
    )
    if (
        ("'unsafe-inline'" in scripts and not strict)
        or BROAD & set(scripts)
        or BROAD & set(_sources(policy, "object-src"))
    ):
        result = "csp-implemented-with-unsafe-inline"
    elif "'unsafe-eval'" in scripts:
        result = "csp-implemented-with-unsafe-eval"
    elif any(
        s.startswith("http:") or s == "http:"
        for d in ACTIVE
        for s in _sources(policy, d)
    ):
        result = "csp-implemented-with-insecure-scheme"
    elif any(s.startswith("http:") for s in _sources(policy, "img-src")):
        result = "csp-implemented-with-insecure-scheme-in-passive-content-only"
    elif "'unsafe-inline'" in styles or BROAD & set(styles):
        result = "csp-implemented-with-unsafe-inline-in-style-src-only"
    elif policy.get("default-src") == ["'none'"]:
        result = "csp-implemented-with-no-unsafe-default-src-none"
    else:
        result = "csp-implemented-with-no-unsafe"
    report.add("content-security-policy", result)
    return policy


def score_cookies(response, report: Report, hsts: bool) -> None:
    cookies = list(response.cookies.values())
    if not cookies:
        report.add("cookies", "cookies-not-found")
        return
    result = "cookies-secure-with-httponly-sessions-and-samesite"
    for morsel in cookies:
        name = morsel.key.lower()
        session = "session" in name or name in {"sessionid", "phpsessid", "jsessionid"}
        anticsrf = "csrf" in name or "xsrf" in name
        samesite = (morsel["samesite"] or "").lower()
        if samesite and samesite not in {"lax", "strict", "none"}:
            result = "cookies-samesite-flag-invalid"
            break
        if session and not morsel["secure"]:
            result = "cookies-session-without-secure-flag"
            break
        if session and not morsel["httponly"]:
            result = "cookies-session-without-httponly-flag"
            break
        if anticsrf and not samesite:
            result = "cookies-anticsrf-without-samesite-flag"
            break
        if not morsel["secure"]:
            result = "cookies-without-secure-flag"
            break
        if not samesite and result.endswith("and-samesite"):
            result = "cookies-secure-with-httponly-sessions"
    report.add("cookies", result)


def score_cors(response, report: Report) -> None:
    origin = response.headers.get("Access-Control-Allow-Origin")
    if origin is None:
        report.add("cors", "cross-origin-resource-sharing-not-implemented")
    elif origin.strip() == "*":
        report.add(
            "cors", "cross-origin-resource-sharing-implemented-with-universal-access"
        )
    else:
        report.add(
            "cors", "cross-origin-resource-sharing-implemented-with-restricted-access"
        )


def score_redirection(http_response, report: Report, host: str) -> None:
    if http_response is None:
        return
    if http_response.status_code not in {301, 302, 307, 308}:
        report.add("redirection", "redirection-missing")
        return
    target = urlsplit(http_response["Location"])
    if target.scheme != "https":
        report.add("redirection", "redirection-not-to-https")
    elif target.hostname != host:
        report.add("redirection", "redirection-off-host-from-http")
    else:
        report.add("redirection", "redirection-to-https")


def score_referrer(response, report: Report) -> None:
    header = response.headers.get("Referrer-Policy")
    if not header:
        report.add("referrer-policy", "referrer-policy-not-implemented")
        return
    values = [v.strip().lower() for v in header.split(",") if v.strip()]
    valid = [v for v in values if v in VALID_REFERRER]
    if not valid:
        report.add("referrer-policy", "referrer-policy-headers-invalid")
    elif valid[-1] in PRIVATE_REFERRER:
        report.add("referrer-policy", "referrer-policy-private")
    elif valid[-1] in UNSAFE_REFERRER:
        report.add("referrer-policy", "referrer-policy-unsafe")
    else:
        report.add("referrer-policy", "referrer-policy-no-referrer-when-downgrade")


def score_hsts(response, report: Report, preloaded: bool = False) -> bool:
    header = response.headers.get("Strict-Transport-Security")
    if not header:
        report.add("strict-transport-security", "hsts-not-implemented")
        return False
    match = re.search(r"max-age=(\d+)", header, re.IGNORECASE)
    if not match:
        report.add("strict-transport-security", "hsts-header-invalid")
        return False
    if preloaded:
        report.add("strict-transport-security", "hsts-preloaded")
    elif int(match.group(1)) >= 15768000:
        report.add(
            "strict-transport-security", "hsts-implemented-max-age-at-least-six-months"
        )
    else:
        report.add(
            "strict-transport-security", "hsts-implemented-max-age-less-than-six-months"
        )
    return True


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs))


def score_sri(response, report: Report, origin_host: str) -> None:
    if "html" not in response.headers.get("Content-Type", ""):
        report.add("sri", "sri-not-implemented-response-not-html")
        return
    parser = _Scripts()
    parser.feed(response.content.decode())
    external = []
    for attrs in parser.scripts:
        src = attrs.get("src")
        if not src:
            continue
        url = urlsplit(src)
        if url.netloc and url.hostname != origin_host:
            external.append((url, "integrity" in attrs))
    loaded = [attrs for attrs in parser.scripts if attrs.get("src")]
    if not loaded:
        report.add("sri", "sri-not-implemented-but-no-scripts-loaded")
    elif not external:
        report.add(
            "sri", "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"
        )
    elif all(ok and url.scheme == "https" for url, ok in external):
        report.add("sri", "sri-implemented-and-all-scripts-loaded-securely")
    elif all(url.scheme == "https" for url, _ok in external):
        report.add("sri", "sri-not-implemented-but-external-scripts-loaded-securely")
    else:
        report.add(
            "sri", "sri-not-implemented-and-external-scripts-not-loaded-securely"
        )


def score_nosniff(response, report: Report) -> None:
    header = response.headers.get("X-Content-Type-Options")
    if header is None:
        report.add("x-content-type-options", "x-content-type-options-not-implemented")
    elif header.strip().lower() == "nosniff":
        report.add("x-content-type-options", "x-content-type-options-nosniff")
    else:
        report.add("x-content-type-options", "x-content-type-options-header-invalid")


def score_xfo(response, report: Report, csp: dict | None) -> None:
    if csp and csp.get("frame-ancestors") in (["'none'"], ["'self'"]):
        report.add("x-frame-options", "x-frame-options-implemented-via-csp")
        return
    header = (response.headers.get("X-Frame-Options") or "").strip().lower()
    if not header:
        report.add("x-frame-options", "x-frame-options-not-implemented")
    elif header in {"deny", "sameorigin"}:
        report.add("x-frame-options", "x-frame-options-sameorigin-or-deny")
    else:
        report.add("x-frame-options", "x-frame-options-header-invalid")


def score_corp(response, report: Report) -> None:
    header = response.headers.get("Cross-Origin-Resource-Policy")
    value = (header or "").strip().lower()
    if header is None:
        result = "cross-origin-resource-policy-not-implemented"
    elif value in {"same-origin", "same-site", "cross-origin"}:
        result = f"cross-origin-resource-policy-implemented-with-{value}"
    else:
        result = "cross-origin-resource-policy-header-invalid"
    report.add("cross-origin-resource-policy", result)


def observatory_score(response, http_response=None, host="testserver") -> Report:
    """The Observatory's tests on one https response (and the plain-http answer
    for the same address, for the redirection test)."""
    report = Report()
    csp = score_csp(response, report)
    hsts = score_hsts(response, report)
    score_cookies(response, report, hsts)
    score_cors(response, report)
    score_redirection(http_response, report, host)
    score_referrer(response, report)
    score_sri(response, report, host)
    score_nosniff(response, report)
    score_xfo(response, report, csp)
    score_corp(response, report)
    report.score = report.total()
    return report
