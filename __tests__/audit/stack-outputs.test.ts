import { parseStackOutputs } from '../../cli/shared/stack-outputs';

const full = {
  region: 'eu-west-1',
  subnet_ids: ['subnet-0a', 'subnet-0b'],
  job_security_group_id: 'sg-0a',
  custom_model_kms_key_arn: 'arn:aws:kms:eu-west-1:1:key/k',
  bucket_names: { training: 't', validation: 'v', customizationOutput: 'o', batchInput: 'bi', batchOutput: 'bo', accessLogs: 'l' },
  not_in_the_contract: 42,
};
const parse = (doc: unknown, stack?: string) =>
  parseStackOutputs(JSON.stringify(doc), 'f.json', { stack, required: ['region', 'subnet_ids', 'job_security_group_id'] });

describe('stack outputs file', () => {
  it('reads a cdktf outputs file and picks the only stack', () => {
    const out = parse({ 'bedrock-dev': full });
    expect(out.stackName).toBe('bedrock-dev');
    expect(out.values.subnet_ids).toEqual(['subnet-0a', 'subnet-0b']);
    expect(out.values.bucket_names?.customizationOutput).toBe('o');
    expect(out.values).not.toHaveProperty('not_in_the_contract');
  });

  it('reads the stack named by --stack from a file with several', () => {
    const out = parse({ 'bedrock-dev': full, 'bedrock-prod': { ...full, region: 'us-east-1' } }, 'bedrock-prod');
    expect(out.values.region).toBe('us-east-1');
  });

  it('reads `terraform output -json` (value/type/sensitive wrappers)', () => {
    const wrapped = Object.fromEntries(Object.entries(full).map(([k, v]) => [k, { value: v, type: 'string', sensitive: false }]));
    const out = parse(wrapped);
    expect(out.stackName).toBeUndefined();
    expect(out.values.job_security_group_id).toBe('sg-0a');
  });

  it('fails naming a required output that is missing', () => {
    const rest: Record<string, unknown> = { ...full };
    delete rest.subnet_ids;
    expect(() => parse({ 'bedrock-dev': rest })).toThrow('f.json (stack "bedrock-dev"): missing output "subnet_ids" (non-empty string[])');
  });

  it('fails naming an output of the wrong type, down to the nested key', () => {
    expect(() => parse({ s: { ...full, subnet_ids: 'subnet-0a' } })).toThrow('output "subnet_ids" should be non-empty string[]');
    expect(() => parse({ s: { ...full, bucket_names: { ...full.bucket_names, training: 7 } } })).toThrow('bucket_names.training');
  });

  it('fails on a stack name the file does not hold, listing the ones it does', () => {
    expect(() => parse({ 'bedrock-dev': full }, 'bedrock-qa')).toThrow('no stack named "bedrock-qa"; the file holds: bedrock-dev');
  });

  it('fails on text that is not JSON, naming the line and column', () => {
    expect(() => parseStackOutputs('{\n  "bedrock-dev": {\n    "region": "us-east-1",\n  }\n}\n', 'f.json', { required: [] })).toThrow(
      'f.json: not valid JSON (line 4, column 3: Expected double-quoted property name). Write it with "cdktf output --outputs-file <file>" or "terraform output -json > <file>".',
    );
  });
});
