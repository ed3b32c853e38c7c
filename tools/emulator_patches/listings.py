"""Listings moto 5.2.5 does not implement (gaps 4 and 7 in tools/moto_emulator.py): answered as AWS answers an
account that holds none of the resource, so the audit sees an empty, final page instead of a 404."""

import io
from typing import Any, Callable, Iterable
from urllib.parse import parse_qsl

# Gap 4: Bedrock listings by request path -> the empty, final page AWS returns.
EMPTY_BEDROCK_LISTINGS: dict[str, bytes] = {
    "/model-invocation-jobs": b'{"invocationJobSummaries": []}',
    "/model-import-jobs": b'{"modelImportJobSummaries": []}',
    "/imported-models": b'{"modelSummaries": []}',
    "/model-copy-jobs": b'{"modelCopyJobSummaries": []}',
}

# Gap 7: IAM's answer for an account without Bedrock API keys (query protocol, 2010-05-08).
EMPTY_SERVICE_SPECIFIC_CREDENTIALS = (
    b'<ListServiceSpecificCredentialsResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">'
    b"<ListServiceSpecificCredentialsResult><ServiceSpecificCredentials/><IsTruncated>false</IsTruncated>"
    b"</ListServiceSpecificCredentialsResult><ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>"
    b"</ResponseMetadata></ListServiceSpecificCredentialsResponse>"
)


def _iam_action(environ: dict[str, Any]) -> str | None:
    """The Action of an IAM query-protocol request (form body); the body is put back for moto."""
    if "/iam/aws4_request" not in environ.get("HTTP_AUTHORIZATION", ""):
        return None
    raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    environ["wsgi.input"] = io.BytesIO(raw)
    return dict(parse_qsl(raw.decode("utf-8"))).get("Action")


def _missing_listing(environ: dict[str, Any]) -> tuple[bytes, str] | None:
    """The body and content type to answer with, or None to let moto answer."""
    if environ.get("REQUEST_METHOD") == "GET" and environ.get("PATH_INFO") in EMPTY_BEDROCK_LISTINGS:
        if "/bedrock/aws4_request" in environ.get("HTTP_AUTHORIZATION", ""):
            return EMPTY_BEDROCK_LISTINGS[environ["PATH_INFO"]], "application/json"
    if environ.get("REQUEST_METHOD") == "POST" and _iam_action(environ) == "ListServiceSpecificCredentials":
        return EMPTY_SERVICE_SPECIFIC_CREDENTIALS, "text/xml"
    return None


class MissingListingsMiddleware:
    """Answers the listings moto does not implement; everything else goes to moto."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        answer = _missing_listing(environ)
        if answer is None:
            return self.app(environ, start_response)
        body, content_type = answer
        start_response("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))])
        return [body]
