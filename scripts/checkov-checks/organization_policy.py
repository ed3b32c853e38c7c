"""CKV_BPP_2: checkov ships no check that reads aws_organizations_policy content, so this one does.

Fails a policy that is not literal JSON or holds any statement that is not a Deny: an SCP Allow grants
nothing beside FullAWSAccess and an RCP may not allow at all, so an Allow is a misreading waiting to
happen. Same requirement as the synth-time rule BPP-ORG-1, checked independently.
"""
import json

from checkov.common.models.enums import CheckCategories, CheckResult
from checkov.terraform.checks.resource.base_resource_check import BaseResourceCheck


class OrganizationPolicyDenyOnly(BaseResourceCheck):
    def __init__(self):
        super().__init__(
            name="Ensure an organization policy (SCP or RCP) holds Deny statements only",
            id="CKV_BPP_2",
            categories=[CheckCategories.IAM],
            supported_resources=["aws_organizations_policy"],
        )

    def scan_resource_conf(self, conf):
        self.evaluated_keys = ["content"]
        content = conf.get("content")
        if isinstance(content, list):
            content = content[0] if content else None
        if not isinstance(content, str):
            return CheckResult.FAILED
        try:
            policy = json.loads(content)
        except ValueError:
            return CheckResult.FAILED
        statements = policy.get("Statement")
        statements = statements if isinstance(statements, list) else [statements]
        if not statements or any(not isinstance(s, dict) or s.get("Effect") != "Deny" for s in statements):
            return CheckResult.FAILED
        return CheckResult.PASSED


check = OrganizationPolicyDenyOnly()
