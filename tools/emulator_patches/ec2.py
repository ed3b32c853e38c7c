"""EC2 fidelity patches (see the gap list in tools/moto_emulator.py)."""

from typing import Any

from moto.ec2.models.security_groups import SecurityGroupRule


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


PATCHES = (rule_description_for_every_source,)
