"""Local Bedrock emulator for the audit CLI's tests and benchmark: moto 5.2.5 in server mode, with the
fidelity fixes below applied here so the CLI can talk to it exactly as it talks to AWS.

  1. Timestamps: moto serializes Bedrock times as "2026-11-22 22:22:46" (naive local time); the SDK
     requires RFC 3339 ("Invalid RFC-3339 date-time value"). Responses are rewritten to UTC "...T...Z",
     and the creationTimeAfter/Before query filters are converted back to moto's stored format.
  2. GetModelCustomizationJob: moto looks a job up by name only; AWS accepts the name or the ARN.
  3. Output-model key: moto invents outputModelKmsKeyArn (and the custom model's modelKmsKeyArn) even
     when no customModelKmsKeyId was given; AWS returns one only for a customer-managed key.
  4. Bedrock listings moto does not implement at all (each is a 404 with an HTML page):
     ListModelInvocationJobs, ListModelImportJobs, ListImportedModels and ListModelCopyJobs. No account
     moto emulates can hold such a resource, so each listing answers as AWS does for an account
     without any: one empty, final page (no nextToken), with the member names of the Bedrock API
     reference (invocationJobSummaries, modelImportJobSummaries, modelSummaries,
     modelCopyJobSummaries). The resources themselves are tested with aws-sdk-client-mock and a
     wire-format fixture server instead (__tests__/audit/support/fixture-server.ts).
  5. Bedrock API keys: moto's IAM has no service-specific credentials, so ListServiceSpecificCredentials
     is a 404. It answers as IAM does for an account without Bedrock API keys: an empty
     ServiceSpecificCredentials list with IsTruncated false (IAM API reference,
     ListServiceSpecificCredentials response elements), in IAM's query-protocol XML.

Usage: python tools/moto_emulator.py [port]   (port 0 or absent = any free port)
Listens on 127.0.0.1 only and prints "listening <port>" on stdout once it accepts connections.
"""

import io
import json
import re
import sys
from datetime import datetime, timezone
from typing import Any, Callable, Iterable
from urllib.parse import parse_qsl, unquote, urlencode

from moto.bedrock import models as bedrock_models
from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server

MOTO_TIME = "%Y-%m-%d %H:%M:%S"
MOTO_TIME_IN_JSON = re.compile(rb'"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})"')
TIME_FILTERS = ("creationTimeAfter", "creationTimeBefore")


def _to_rfc3339(match: "re.Match[bytes]") -> bytes:
    # moto stamps with datetime.now(): naive local time, so convert through the local zone to UTC.
    local = datetime.strptime(match.group(1).decode(), MOTO_TIME).astimezone()
    return b'"' + local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ").encode() + b'"'


def _to_moto_time(value: str) -> str:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone().strftime(MOTO_TIME)


class Rfc3339Middleware:
    """Rewrites Bedrock time values between RFC 3339 (wire) and moto's naive format (storage)."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        query = parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if any(key in TIME_FILTERS for key, _ in query):
            environ["QUERY_STRING"] = urlencode(
                [(k, _to_moto_time(v) if k in TIME_FILTERS else v) for k, v in query]
            )
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[..., Any]:
            captured["status"], captured["headers"], captured["exc_info"] = status, headers, exc_info
            return lambda _data: None

        chunks = self.app(environ, capture)
        try:
            body = b"".join(chunks)
        finally:
            close = getattr(chunks, "close", None)
            if close:
                close()
        body = MOTO_TIME_IN_JSON.sub(_to_rfc3339, body)
        headers = [(k, v) for k, v in captured["headers"] if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(body))))
        start_response(captured["status"], headers, captured["exc_info"])
        return [body]


def _patch_bedrock() -> None:
    job_class = bedrock_models.ModelCustomizationJob
    original_init = job_class.__init__

    def init_with_real_key(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        # The custom model created alongside copies this attribute, so both responses become faithful.
        self.output_model_kms_key_arn = self.custom_model_kms_key_id

    job_class.__init__ = init_with_real_key  # type: ignore[method-assign]

    backend_class = bedrock_models.BedrockBackend
    original_get = backend_class.get_model_customization_job

    def get_by_name_or_arn(self: Any, job_identifier: str) -> Any:
        # moto's handler passes the raw path segment, so an ARN arrives percent-encoded.
        wanted = unquote(job_identifier)
        for job in self.model_customization_jobs.values():
            if job.job_arn == wanted:
                return job
        return original_get(self, job_identifier)

    backend_class.get_model_customization_job = get_by_name_or_arn  # type: ignore[method-assign]


# Fix 4: Bedrock listings moto lacks, by request path -> the empty, final page AWS returns.
EMPTY_BEDROCK_LISTINGS: dict[str, bytes] = {
    "/model-invocation-jobs": b'{"invocationJobSummaries": []}',
    "/model-import-jobs": b'{"modelImportJobSummaries": []}',
    "/imported-models": b'{"modelSummaries": []}',
    "/model-copy-jobs": b'{"modelCopyJobSummaries": []}',
}

# Fix 5: IAM's answer for an account without Bedrock API keys (query protocol, 2010-05-08).
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


def _bedrock_missing_listing(environ: dict[str, Any]) -> tuple[bytes, str] | None:
    """Fixes 4 and 5: the body and content type to answer with, or None to let moto answer."""
    if environ.get("REQUEST_METHOD") == "GET" and environ.get("PATH_INFO") in EMPTY_BEDROCK_LISTINGS:
        return EMPTY_BEDROCK_LISTINGS[environ["PATH_INFO"]], "application/json"
    if environ.get("REQUEST_METHOD") == "POST" and _iam_action(environ) == "ListServiceSpecificCredentials":
        return EMPTY_SERVICE_SPECIFIC_CREDENTIALS, "text/xml"
    return None


class BedrockMissingListingsMiddleware:
    """Answers the listings moto does not implement (fixes 4 and 5); everything else goes to moto."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        answer = _bedrock_missing_listing(environ)
        if answer is None:
            return self.app(environ, start_response)
        body, content_type = answer
        start_response("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))])
        return [body]


class QuietRequestHandler(MotoRequestHandler):
    """No access log per request: the parent may not be draining stderr (a blocked pipe stalls the server)."""

    def log_request(self, *args: Any, **kwargs: Any) -> None:
        pass


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    _patch_bedrock()
    app = BedrockMissingListingsMiddleware(Rfc3339Middleware(DomainDispatcherApplication(create_backend_app)))
    server = make_server("127.0.0.1", port, app, threaded=True, request_handler=QuietRequestHandler)
    print(f"listening {server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
