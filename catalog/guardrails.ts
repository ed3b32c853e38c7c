/**
 * Amazon Bedrock Guardrails facts the baseline guardrail is built from (modules/guardrail).
 * Source: Amazon Bedrock API Reference, GuardrailPiiEntityConfig (type values) and
 * GuardrailContentFilterConfig (PROMPT_ATTACK takes outputStrength NONE), read 2026-12-05:
 * https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GuardrailPiiEntityConfig.html
 */

/** Every PII entity type the sensitive-information filter knows. */
export const GUARDRAIL_PII_ENTITY_TYPES = [
  'ADDRESS',
  'AGE',
  'AWS_ACCESS_KEY',
  'AWS_SECRET_KEY',
  'CA_HEALTH_NUMBER',
  'CA_SOCIAL_INSURANCE_NUMBER',
  'CREDIT_DEBIT_CARD_CVV',
  'CREDIT_DEBIT_CARD_EXPIRY',
  'CREDIT_DEBIT_CARD_NUMBER',
  'DRIVER_ID',
  'EMAIL',
  'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
  'IP_ADDRESS',
  'LICENSE_PLATE',
  'MAC_ADDRESS',
  'NAME',
  'PASSWORD',
  'PHONE',
  'PIN',
  'SWIFT_CODE',
  'UK_NATIONAL_HEALTH_SERVICE_NUMBER',
  'UK_NATIONAL_INSURANCE_NUMBER',
  'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER',
  'URL',
  'USERNAME',
  'US_BANK_ACCOUNT_NUMBER',
  'US_BANK_ROUTING_NUMBER',
  'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER',
  'US_PASSPORT_NUMBER',
  'US_SOCIAL_SECURITY_NUMBER',
  'VEHICLE_IDENTIFICATION_NUMBER',
] as const;

export type GuardrailPiiEntityType = (typeof GUARDRAIL_PII_ENTITY_TYPES)[number];

/** The baseline's default: credentials and financial and national identifiers, the data a bank must not leak either way. */
export const DEFAULT_GUARDRAIL_PII_ENTITIES: readonly GuardrailPiiEntityType[] = [
  'AWS_ACCESS_KEY',
  'AWS_SECRET_KEY',
  'PASSWORD',
  'CREDIT_DEBIT_CARD_NUMBER',
  'CREDIT_DEBIT_CARD_CVV',
  'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
  'US_BANK_ACCOUNT_NUMBER',
  'US_SOCIAL_SECURITY_NUMBER',
];

/** BLOCK refuses the request or response; ANONYMIZE masks the entity ({EMAIL}) and lets the rest through. */
export const GUARDRAIL_PII_ACTIONS = ['BLOCK', 'ANONYMIZE'] as const;
export type GuardrailPiiAction = (typeof GUARDRAIL_PII_ACTIONS)[number];
