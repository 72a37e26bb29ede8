import { describe, expect, it } from 'vitest';
import type { ResultModel } from '../../../../src/app/page-model';
import { otherContacts } from '../../../../src/pages/Result/ResultPage';

// Contacts as the page model holds them; only id and hours matter here.
const contact = (id: string, alwaysOpen = false) =>
  ({
    id,
    name: id,
    description: id,
    audience: [],
    themes: [],
    source: 'x',
    hours: {
      open: alwaysOpen
        ? [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00' }]
        : [{ days: ['mon'], from: '09:00', to: '17:00' }],
      publicHolidays: alwaysOpen ? 'open' : 'closed',
      source: 'x',
      sourceDate: 'undated',
      checked: '2026-11-23',
    },
  }) as unknown as ResultModel['others'][number];

const result = (primary: ResultModel['primary'], others: ResultModel['others']) => ({ primary, others }) as ResultModel;

describe('otherContacts: each contact once on a result page', () => {
  it('leaves out the fallback the call block already names', () => {
    const lse = contact('lse');
    const politie = contact('politie', true);
    const ess = contact('ess');
    expect(otherContacts(result({ contact: lse, fallback: politie }, [politie, ess])).map((c) => c.id)).toEqual([
      'ess',
    ]);
  });

  it('leaves out the advised contact itself', () => {
    const lse = contact('lse');
    expect(otherContacts(result({ contact: lse }, [lse, contact('ess')])).map((c) => c.id)).toEqual(['ess']);
  });

  it('keeps the fallback among the others when the advised line is always open (then the block does not name it)', () => {
    const politie = contact('politie', true);
    const lse = contact('lse');
    expect(otherContacts(result({ contact: politie, fallback: lse }, [lse])).map((c) => c.id)).toEqual(['lse']);
  });
});
