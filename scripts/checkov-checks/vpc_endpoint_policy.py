"""CKV_BPP_1: checkov ships no check that reads aws_vpc_endpoint policies, so this one does.

Fails an endpoint with no policy (AWS then applies the full-access default), a policy that is not
literal JSON, or an Allow statement with a wildcard action, NotAction, NotResource or NotPrincipal,
or any principal without a condition. Same requirement as the synth-time rule BPP-VPCE-2, checked
independently. The one unconditioned any-principal Allow that passes is AgentCore's OAuth shape, and
only exactly that: the runtime or gateway invoke action on named runtimes or gateways (not "*", not
"runtime/*"). It is reported, with the environment's justification, by the guardrail BPP-VPCE-4.
"""
import json
import re

from checkov.common.models.enums import CheckCategories, CheckResult
from checkov.terraform.checks.resource.base_resource_check import BaseResourceCheck


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _any_principal(principal):
    if principal == "*":
        return True
    return isinstance(principal, dict) and "*" in _as_list(principal.get("AWS"))


# catalog/bedrock-services.ts: the oauthIngress action of each AgentCore endpoint and its resource type.
OAUTH_INVOKE = {
    "bedrock-agentcore:InvokeAgentRuntime": "runtime",
    "bedrock-agentcore:InvokeGateway": "gateway",
}
# A named runtime or gateway: an id with at least one character that is not a wildcard.
NAMED_AGENTCORE_RESOURCE = re.compile(r"^arn:aws:bedrock-agentcore:[a-z0-9-]+:\d{12}:(runtime|gateway)/(?!\*+(/|$))[A-Za-z0-9_*-]+(/[a-z-]+/[A-Za-z0-9_*-]+)?$")


def _oauth_shape(statement):
    """True only for the invoke action(s) on named runtimes or gateways of the matching type."""
    actions = _as_list(statement.get("Action"))
    resources = _as_list(statement.get("Resource"))
    if not actions or not resources or any(a not in OAUTH_INVOKE for a in actions):
        return False
    types = {OAUTH_INVOKE[a] for a in actions}
    for resource in resources:
        match = NAMED_AGENTCORE_RESOURCE.match(resource) if isinstance(resource, str) else None
        if not match or match.group(1) not in types:
            return False
    return True


class VpcEndpointPolicy(BaseResourceCheck):
    def __init__(self):
        super().__init__(
            name="Ensure a VPC endpoint has its own least-privilege policy (no wildcard actions, no unconditioned any-principal allow on every resource)",
            id="CKV_BPP_1",
            categories=[CheckCategories.IAM],
            supported_resources=["aws_vpc_endpoint"],
        )

    def scan_resource_conf(self, conf):
        self.evaluated_keys = ["policy"]
        policy = conf.get("policy")
        if isinstance(policy, list):
            policy = policy[0] if policy else None
        if policy is None:
            return CheckResult.FAILED
        if isinstance(policy, str):
            try:
                policy = json.loads(policy)
            except ValueError:
                return CheckResult.FAILED
        for statement in _as_list(policy.get("Statement")):
            if statement.get("Effect") != "Allow":
                continue
            if "NotAction" in statement or "NotResource" in statement or "NotPrincipal" in statement:
                return CheckResult.FAILED
            if any(a == "*" or a.endswith(":*") for a in _as_list(statement.get("Action"))):
                return CheckResult.FAILED
            if _any_principal(statement.get("Principal")) and not statement.get("Condition") and not _oauth_shape(statement):
                return CheckResult.FAILED
        return CheckResult.PASSED


check = VpcEndpointPolicy()
