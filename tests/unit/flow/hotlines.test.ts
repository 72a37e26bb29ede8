// The numbers every page shows come from the contacts in the flow, with their sources.
import { describe, expect, it } from 'vitest';
import { checkFlow } from '../../../src/flow/validate';
import { readFlowDir } from '../../../src/flow/read-dir';
import { hotlines } from '../../../src/flow/hotlines';
import { base } from './fixture';

describe('hotlines', () => {
  it('reads 112 and the police number, with their sources, from flows/contacts.yaml', () => {
    const flow = checkFlow(readFlowDir('flows')).flow!;
    expect(hotlines(flow)).toEqual({
      emergency: { number: '112', source: flow.contacts['alarmnummer-112']!.phone!.source },
      police: { number: '0900 8844', source: flow.contacts['politie']!.phone!.source },
    });
  });
  it('fails loudly when a hotline contact is missing (the base fixture has no police contact)', () => {
    const flow = checkFlow(base, { today: new Date('2026-11-23') }).flow!;
    expect(() => hotlines(flow)).toThrow(
      'contacts.yaml: the emergency bar needs contact "politie" with a phone number',
    );
  });
});
