"""CKV_BPP_1: checkov ships no check that reads aws_vpc_endpoint policies, so this one does.

Fails an endpoint with no policy (AWS then applies the full-access default), a policy that is not
literal JSON, or an Allow statement with a wildcard action, NotAction, or any principal on every
resource without a condition. Same requirement as the synth-time rule BPP-VPCE-2, checked
independently. An unconditioned any-principal statement on named resources is AgentCore's OAuth shape:
it passes here and is reported, with the environment's justification, by the guardrail BPP-VPCE-4.
"""
import json

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
            if "NotAction" in statement:
                return CheckResult.FAILED
            if any(a == "*" or a.endswith(":*") for a in _as_list(statement.get("Action"))):
                return CheckResult.FAILED
            if _any_principal(statement.get("Principal")) and not statement.get("Condition") and "*" in _as_list(statement.get("Resource")):
                return CheckResult.FAILED
        return CheckResult.PASSED


check = VpcEndpointPolicy()
