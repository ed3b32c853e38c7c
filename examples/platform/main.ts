// Every environment in config/environments, and the organization guardrails from config/organization.json,
// synthesized into cdktf.out by the package's stacks. Add constructs of your own with buildApp on an App
// you create instead (help/getting-started.md of the package).
import { synthesize } from 'bedrock-private-platform';

synthesize(__dirname);
