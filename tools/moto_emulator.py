"""Local AWS emulator for the tests, the audit benchmark and the emulator deploy loop: moto 5.2.5 in server
mode, with the fidelity fixes below, so the audit CLI and Terraform's AWS provider talk to it as they talk to AWS.

Usage: python tools/moto_emulator.py [port]   (port 0 or absent = any free port)
Listens on 127.0.0.1 only and prints "listening <port>" on stdout once it accepts connections. It answers as
the account in MOTO_ACCOUNT_ID (moto reads it per request, before the request's headers or access key), so the
deploy loop starts one emulator per AWS account and Terraform's allowed_account_ids check stays meaningful.

Gaps: every place moto 5.2.5 departs from AWS in a way this project meets. This is the one list (help/emulator.md
summarizes it). Each fix is small and named, applied at start-up, and verified by tools/test_moto_emulator.py,
which also fails once moto itself no longer has the gap (the fix is then obsolete). The product is never bent to
the emulator.

Fixed here:
  1. Bedrock timestamps (Rfc3339Middleware). moto writes "2026-11-22 22:22:46" (naive local time); AWS sends
     RFC 3339 date-times, and the SDK rejects anything else ("Invalid RFC-3339 date-time value"). Bedrock
     responses are rewritten to UTC "...T...Z"; the creationTimeAfter/Before filters are converted back.
  2. GetModelCustomizationJob by ARN (emulator_patches.bedrock.customization_job_by_name_or_arn). AWS takes the
     name or the ARN as jobIdentifier (Bedrock API Reference, GetModelCustomizationJob); moto the name only.
  3. Output-model key (emulator_patches.bedrock.output_model_key_only_when_given). moto invents
     outputModelKmsKeyArn when no customModelKmsKeyId was given; AWS returns it only for a customer-managed key.
  4. Bedrock listings moto does not implement at all (emulator_patches.listings.MissingListingsMiddleware; each
     is a 404 with an HTML page): ListModelInvocationJobs, ListModelImportJobs, ListImportedModels and
     ListModelCopyJobs. No account moto emulates can hold such a resource, so each listing answers as AWS does
     for an account without any: one empty, final page (no nextToken), with the member names of the Bedrock API
     reference (invocationJobSummaries, modelImportJobSummaries, modelSummaries, modelCopyJobSummaries;
     https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListModelImportJobs.html, API_ListModelCopyJobs.html).
     The resources themselves are tested with aws-sdk-client-mock and a wire-format fixture server instead
     (__tests__/audit/support/fixture-server.ts).
  5. S3 PutBucketLogging (emulator_patches.s3.logging_target_permissions_checked_at_delivery). moto checks the
     target bucket's policy or ACL at the API call, and crashes with HTTP 500 (AttributeError) on any statement
     whose Principal is the string "*", a valid principal ("Principal": "*", IAM User Guide, "AWS JSON policy
     elements: Principal", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html);
     the provider then retries for minutes. AWS requires only a target bucket of the same account and Region;
     the log-delivery permission is a separate step that governs delivery: "Amazon S3 uses a special log
     delivery account to write server access logs. These writes are subject to the usual access control
     restrictions" (Amazon S3 User Guide, "Enabling Amazon S3 server access logging",
     https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html; the steps in
     "Logging requests with server access logging", https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html).
     moto's existence and same-Region checks stay.
  6. Security-group rule descriptions (emulator_patches.ec2.rule_description_for_every_source).
     DescribeSecurityGroupRules returns each rule's description whatever the rule references (EC2 API Reference,
     SecurityGroupRule: description, prefixListId, referencedGroupInfo,
     https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SecurityGroupRule.html; the description is set
     per source in UserIdGroupPair and PrefixListId). moto keeps it only for CIDR rules, so rules that reference
     a security group or a prefix list come back without it, and every plan wants to set it again (3 rules per
     environment stack: "+ description = ..." on each re-plan).
  7. Bedrock API keys (emulator_patches.listings.MissingListingsMiddleware): moto's IAM has no service-specific
     credentials, so ListServiceSpecificCredentials is a 404. It answers as IAM does for an account without
     Bedrock API keys: an empty ServiceSpecificCredentials list with IsTruncated false, in IAM's query-protocol
     XML (IAM API Reference, ListServiceSpecificCredentials response elements,
     https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServiceSpecificCredentials.html).
  8. Newer Bedrock endpoint services (emulator_patches.ec2.newer_bedrock_endpoint_services_offered).
     DescribeVpcEndpointServices in moto knows only bedrock, bedrock-runtime, bedrock-agent and
     bedrock-agent-runtime, so the stacks' endpoint-service data source fails with InvalidServiceName for
     com.amazonaws.<region>.bedrock-mantle, bedrock-fips, bedrock-runtime-fips, bedrock-agentcore,
     bedrock-agentcore-control, bedrock-agentcore.gateway, bedrock-data-automation and
     bedrock-data-automation-runtime, which AWS offers as interface endpoint services (AWS PrivateLink Guide,
     "AWS services that integrate with AWS PrivateLink",
     https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html; Bedrock User
     Guide, "Use interface VPC endpoints", https://docs.aws.amazon.com/bedrock/latest/userguide/vpc-interface-endpoints.html;
     AgentCore Developer Guide, https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/vpc-interface-endpoints.html).
     They join moto's service list like its others (every zone, private DNS, endpoint policies); which
     regions really offer each (FIPS: US and GovCloud only) is for the stacks' plan-time checks.

  9. Bedrock governance APIs (emulator_patches.governance.GovernanceMiddleware; moto has none of them, a 404 or a
     500): ListCustomModelDeployments, ListProvisionedModelThroughputs and ListEvaluationJobs answer the empty,
     final page of an account without any; CreateGuardrail/ListGuardrails/GetGuardrail keep guardrails per
     account and region (working draft only); Get/PutAccountDataRetention keep the mode per account ("default"
     until set); Put/Get/DeleteResourcePolicy keep resource policies per ARN (Bedrock API Reference for each).
 10. STS AssumeRole into a role that does not exist, or whose trust policy asks for another sts:ExternalId
     (emulator_patches.sts.assume_role_only_into_existing_roles). moto 5.2.5 hands out credentials for any role
     ARN ("the role does not need to exist"); AWS answers AccessDenied ("is not authorized to perform:
     sts:AssumeRole on resource"). The organization audit's "not checked" account depends on it.
 11. CloudWatch Logs data-protection policies (emulator_patches.logs.data_protection_policies). moto answers
     PutDataProtectionPolicy, GetDataProtectionPolicy and DeleteDataProtectionPolicy with an error (it implements
     none of them), so aws_cloudwatch_log_data_protection_policy on the invocation log group cannot be created.
     AWS keeps one policy per log group, addressed by name or ARN; Get on a group without one returns the
     identifier and no policyDocument; deleting the group deletes it (CloudWatch Logs API Reference,
     https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDataProtectionPolicy.html,
     API_GetDataProtectionPolicy.html, API_DeleteDataProtectionPolicy.html). Masking is not emulated.

Known and left alone (they change no result the tests assert):
  - moto writes S3 server access logs at once, on every request to a source bucket; AWS delivers them in
    batches, best effort, within hours. Only the timing differs: a bucket that receives logs is not empty.
  - moto does not evaluate IAM, bucket, key or endpoint policies (moto server runs without IAM
    authorization): the loop proves Terraform round trips, not access. Policies are proved by the
    iam-simulate suite (__tests__/simulation).
  - DescribeSecurityGroups' grouped IpPermissions still drop a prefix-list entry's Description; the stacks
    manage rules as aws_vpc_security_group_*_rule resources, read through DescribeSecurityGroupRules.

Fixtures (emulator_fixtures.py), not gaps: MOTO_ORGANIZATION_TARGETS gives the account an organization with the
roots and OUs a stack attaches organization policies to, as the real management account already has them.

Checked, not gaps in 5.2.5: the AZ IDs the environments use (use1-az1/az2/az4, usw2-az1/az2/az3) exist with
their zone names (so data.aws_availability_zone by zone_id resolves), and DescribeVpcEndpointServices lists
com.amazonaws.<region>.bedrock, bedrock-runtime, bedrock-agent and bedrock-agent-runtime.
"""

import json
import re
import sys
from datetime import datetime, timezone
from typing import Any, Callable, Iterable
from urllib.parse import parse_qsl, urlencode

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server

from emulator_patches import bedrock as bedrock_patches
from emulator_patches import ec2 as ec2_patches
from emulator_patches import logs as logs_patches
from emulator_patches import s3 as s3_patches
from emulator_patches import sts as sts_patches
from emulator_patches.governance import GovernanceMiddleware
from emulator_patches.listings import MissingListingsMiddleware
from emulator_fixtures import seed_organization_from_environment

MOTO_TIME = "%Y-%m-%d %H:%M:%S"
MOTO_TIME_IN_JSON = re.compile(rb'"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})"')
TIME_FILTERS = ("creationTimeAfter", "creationTimeBefore")
SIGNED_SERVICE = re.compile(r"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/aws4_request")
PATCHES = (*bedrock_patches.PATCHES, *s3_patches.PATCHES, *ec2_patches.PATCHES, *sts_patches.PATCHES, *logs_patches.PATCHES)


def _to_rfc3339(match: "re.Match[bytes]") -> bytes:
    # moto stamps with datetime.now(): naive local time, so convert through the local zone to UTC.
    local = datetime.strptime(match.group(1).decode(), MOTO_TIME).astimezone()
    return b'"' + local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ").encode() + b'"'


def _to_moto_time(value: str) -> str:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone().strftime(MOTO_TIME)


def _signed_service(environ: dict[str, Any]) -> str | None:
    """The service a SigV4 request is signed for (its credential scope), e.g. "bedrock" or "s3"."""
    match = SIGNED_SERVICE.search(environ.get("HTTP_AUTHORIZATION", ""))
    return match.group(1) if match else None


class Rfc3339Middleware:
    """Rewrites Bedrock time values between RFC 3339 (wire) and moto's naive format (storage). Requests for any
    other service pass through untouched (and unbuffered): their timestamps are already in AWS's formats."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if _signed_service(environ) != "bedrock":
            return self.app(environ, start_response)
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


class QuietRequestHandler(MotoRequestHandler):
    """No access log per request: the parent may not be draining stderr (a blocked pipe stalls the server)."""

    def log_request(self, *args: Any, **kwargs: Any) -> None:
        pass


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    for patch in PATCHES:
        patch()
    seed_organization_from_environment()
    app = GovernanceMiddleware(MissingListingsMiddleware(Rfc3339Middleware(DomainDispatcherApplication(create_backend_app))))
    server = make_server("127.0.0.1", port, app, threaded=True, request_handler=QuietRequestHandler)
    print(f"listening {server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
