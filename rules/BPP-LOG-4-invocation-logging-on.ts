import { GuardrailRule, NOT_APPLICABLE, PASS, fail } from './types';

/** Interface endpoints whose calls model invocation logging records (bedrock-runtime and its FIPS twin). */
const LOGGED_SERVICES = /\.bedrock-runtime(-fips)?$/;

/**
 * A warning: Bedrock keeps one logging configuration per account and region, so an environment that
 * shares its account and region with another may rightly leave it to that one. Its report says so.
 */
export const InvocationLoggingOn: GuardrailRule = {
  id: 'BPP-LOG-4',
  description: 'A stack with a Bedrock runtime endpoint configures model invocation logging, so runtime calls leave a record',
  severity: 'warning',
  fix: 'Set invocationLogging in the environment file (help/invocation-logging.md), unless another environment of the same account and region already does.',
  resourceTypes: ['aws_vpc_endpoint'],
  evaluate(endpoint, stack) {
    if (typeof endpoint.config.service_name !== 'string' || !LOGGED_SERVICES.test(endpoint.config.service_name)) return NOT_APPLICABLE;
    return stack.ofType('aws_bedrock_model_invocation_logging_configuration').length > 0
      ? PASS
      : fail('no aws_bedrock_model_invocation_logging_configuration in this stack: calls through this endpoint leave no record of prompts and responses');
  },
};
