import { closest, closestOption, closestRegion, editDistance } from '../../catalog/did-you-mean';
import { enclosingBlock, firstFreeBlock, formatCidr, parseCidr } from '../../config/cidr';

describe('did you mean', () => {
  it.each([
    ['region', 'region', 0],
    ['regoin', 'region', 1], // a swap of neighbours is one edit
    ['us-eats-1', 'us-east-1', 1],
    ['vpcCidr', 'vpcCidrs', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('counts %s → %s as %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('suggests the closest candidate only when it is close enough to be a typo', () => {
    expect(closest('eu-wset-1', ['eu-west-1', 'eu-west-2', 'us-west-1'])).toBe('eu-west-1');
    expect(closest('Region', ['region'])).toBe('region');
    expect(closest('mars-north-1', ['us-east-1', 'eu-north-1'])).toBeUndefined();
    expect(closest('us-gov-west-1', ['us-west-1'])).toBeUndefined(); // four edits: another partition, not a typo
  });
});

describe('did you mean, for regions', () => {
  const regions = ['ap-south-1', 'eu-west-1', 'us-east-1', 'us-west-2'];

  it('suggests only a region of the geography typed: af-south-1 is Cape Town, not a typo of ap-south-1', () => {
    expect(closest('af-south-1', regions)).toBe('ap-south-1'); // what plain edit distance says
    expect(closestRegion('af-south-1', regions)).toBeUndefined();
    expect(closestRegion('ap-sotuh-1', regions)).toBe('ap-south-1');
    expect(closestRegion('us-esat-1', regions)).toBe('us-east-1');
  });

  it('considers every region when the geography itself is the typo', () => {
    expect(closestRegion('ue-west-1', regions)).toBe('eu-west-1');
  });
});

describe('did you mean, for command-line options', () => {
  const options = ['region', 'profile', 'expect-from', 'summary', 'h'];

  it('suggests the long option closest to a mistyped one', () => {
    expect(closestOption('--regoin', options)).toBe('--region');
    expect(closestOption('--expect-form', options)).toBe('--expect-from');
    expect(closestOption('--sumary', options)).toBe('--summary');
  });

  it('suggests nothing for a word that is not a typo of any option, nor a one-letter short option', () => {
    expect(closestOption('--colour', options)).toBeUndefined();
    expect(closestOption('--x', options)).toBeUndefined();
  });
});

describe('CIDR suggestions', () => {
  it('finds the block an address with host bits belongs to', () => {
    expect(formatCidr(enclosingBlock('10.0.1.0/20')!)).toBe('10.0.0.0/20');
    expect(formatCidr(enclosingBlock('10.40.13.7/16')!)).toBe('10.40.0.0/16');
    expect(enclosingBlock('10.0.0/20')).toBeUndefined();
  });

  it('finds the first free block of the same size in the same /8', () => {
    const taken = ['10.0.0.0/20', '10.0.16.0/21'].map((c) => parseCidr(c)!);
    expect(formatCidr(firstFreeBlock(parseCidr('10.0.0.0/20')!, taken)!)).toBe('10.0.32.0/20');
    expect(firstFreeBlock(parseCidr('10.0.0.0/8')!, [parseCidr('10.0.0.0/8')!])).toBeUndefined();
  });
});
