"""EC2 fidelity patches (see the gap list in tools/moto_emulator.py)."""

from typing import Any

from moto.ec2.models import vpcs
from moto.ec2.models.security_groups import SecurityGroupRule

# Interface endpoint services of Bedrock that AWS lists and moto 5.2.5 does not (gap 8).
NEWER_BEDROCK_ENDPOINT_SERVICES = (
    "bedrock-mantle",
    "bedrock-fips",
    "bedrock-runtime-fips",
    "bedrock-agentcore",
    "bedrock-agentcore-control",
    "bedrock-agentcore.gateway",
    "bedrock-data-automation",
    "bedrock-data-automation-runtime",
)


def rule_description_for_every_source() -> None:
    """DescribeSecurityGroupRules returns a rule's Description whatever it references. moto 5.2.5 reads it from
    the CIDR range only, so a rule that references another security group or a prefix list comes back without
    its description, and Terraform plans to set it again on every run."""
    original_init = SecurityGroupRule.__init__

    def init_keeping_prefix_list_description(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        prefix_list = kwargs.get("prefix_list_id", args[7] if len(args) > 7 else None)
        self.prefix_list_description = (prefix_list or {}).get("Description")

    def description(self: Any) -> Any:
        for source in (self.ip_range, self.source_group):
            if source.get("Description") is not None:
                return source["Description"]
        return getattr(self, "prefix_list_description", None)

    SecurityGroupRule.__init__ = init_keeping_prefix_list_description  # type: ignore[method-assign]
    SecurityGroupRule.description = property(description)  # type: ignore[assignment,method-assign]


def newer_bedrock_endpoint_services_offered() -> None:
    """DescribeVpcEndpointServices: AWS offers PrivateLink endpoint services for Bedrock Mantle, the FIPS control
    plane and runtime, AgentCore (data plane, control plane, gateway) and Data Automation (control and runtime);
    moto 5.2.5 knows only bedrock, bedrock-runtime, bedrock-agent and bedrock-agent-runtime, so the endpoint
    service data source of every newer one fails with InvalidServiceName. They join moto's list of AWS services,
    offered (like moto's others) in every zone of the region, with an interface endpoint, a private DNS name and
    endpoint policies supported; the per-region availability of the real services is the stacks' plan-time
    check to make, not the emulator's."""
    for service in NEWER_BEDROCK_ENDPOINT_SERVICES:
        if service not in vpcs.AWS_ENDPOINT_SERVICES:
            vpcs.AWS_ENDPOINT_SERVICES.append(service)
    vpcs.DEFAULT_VPC_ENDPOINT_SERVICES.clear()  # computed once per region: compute again with the services added


PATCHES = (rule_description_for_every_source, newer_bedrock_endpoint_services_offered)
