"""Fixtures: what a real account already holds before the stacks deploy into it, created in the emulator at
start-up. Not fidelity fixes (those are the gaps in moto_emulator.py): a management account that receives the
organization-guardrails stack already has its organization and the roots and OUs the policies attach to.

MOTO_ORGANIZATION_TARGETS="ou-ab12-34cd56ef,r-ab12": an organization of MOTO_ACCOUNT_ID (all features, so SCPs
and RCPs can attach) whose OUs (under the root) and root carry exactly these ids. moto makes random ids; the
stacks name the organization's real ones, so the fixture gives the emulated ones the configured values.
"""

import os

from moto.organizations.models import organizations_backends


def seed_organization_from_environment() -> None:
    targets = [t for t in os.environ.get("MOTO_ORGANIZATION_TARGETS", "").split(",") if t]
    if not targets:
        return
    backend = organizations_backends[os.environ["MOTO_ACCOUNT_ID"]]["aws"]
    backend.create_organization(region="us-east-1", FeatureSet="ALL")
    root = backend.ou[0]
    for target in targets:
        if target.startswith("r-"):
            # The root: moto keeps its id on the organization and on the root object.
            backend.org.root_id = target
            root.id = target
        elif target.startswith("ou-"):
            backend.create_organizational_unit(Name=target, ParentId=root.id)
            backend.ou[-1].id = target
        else:
            raise ValueError(f"MOTO_ORGANIZATION_TARGETS: {target!r} is neither a root (r-...) nor an OU (ou-...)")
