import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { DUMMY_AWS_ENV } from './moto';
import { MANAGEMENT, seedDataRetention, seedGuardrail, seedPublicJob } from './organization';

/**
 * The account the Prowler comparison runs against (help/audit.md, "Side by side with Prowler"): one
 * resource of each kind both tools can see in the emulator, each non-compliant in one way.
 *   us-east-1: a customization job (and its model) without VPC or key; a guardrail without a prompt-attack
 *              filter at HIGH and without sensitive-information filters; a PUBLIC AgentCore runtime;
 *              no invocation logging.
 *   eu-west-1: no guardrail, no invocation logging.
 *   account:   data retention provider_data_share.
 */
export const COMPARISON_REGIONS = ['us-east-1', 'eu-west-1'] as const;
export const COMPARISON_ACCOUNT = MANAGEMENT;

export async function seedComparisonAccount(endpoint: string): Promise<void> {
  await seedPublicJob(endpoint, MANAGEMENT, 'us-east-1', 'public-tune');
  await seedGuardrail(endpoint, MANAGEMENT, 'us-east-1', false);
  await seedDataRetention(endpoint, MANAGEMENT, 'provider_data_share');
  const agentCore = new BedrockAgentCoreControlClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: DUMMY_AWS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: DUMMY_AWS_ENV.AWS_SECRET_ACCESS_KEY },
  });
  await agentCore.send(
    new CreateAgentRuntimeCommand({
      agentRuntimeName: 'public_agent',
      agentRuntimeArtifact: { containerConfiguration: { containerUri: `${MANAGEMENT}.dkr.ecr.us-east-1.amazonaws.com/agent:latest` } },
      roleArn: `arn:aws:iam::${MANAGEMENT}:role/agentcore`,
      networkConfiguration: { networkMode: 'PUBLIC' },
    }),
  );
  agentCore.destroy();
}

/** Seeds a fresh emulator given on the command line (for the Prowler run outside jest): `tsx prowler-seed.ts <endpoint>`. */
if (require.main === module) {
  void seedComparisonAccount(process.argv[2]).then(() => console.log('seeded'));
}
