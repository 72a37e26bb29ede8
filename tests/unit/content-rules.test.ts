// The product rules for the national content (from the product and content briefs, kept outside this
// repository), checked over the loaded flow rather than by reading YAML: urgency first, 112 in one click and
// every urgent line within three, at most five questions (median four), a way out on every question, sourced
// contact facts, and nothing in the directory that no result uses.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowDir } from '../../src/flow/read-dir';
import { allPaths, checkFlow, formatProblem, walkMachine } from '../../src/flow/index';
import type { Contact } from '../../src/flow/schema';
import { isAlwaysOpen } from '../../src/flow/fallback';
import { median } from '../../scripts/median.mjs';

// Pinned to the day the facts were checked: the age of facts is `flows check`'s warning to give, not a
// reason for this test to start failing on its own a year from now.
const today = new Date('2026-11-23T12:00:00Z');
const checked = checkFlow(readFlowDir(join(process.cwd(), 'flows')), { today });
const flow = checked.flow!;
const paths = allPaths(flow);

/** The agreed id of every question's way out: "<question id>-weet-niet". */
const wayOut = (questionId: string) => `${questionId}-weet-niet`;
/**
 * The general entry points a way out may end on (the content brief: ESS, LSE; SSV for schools; police when urgent;
 * for a (deputy) mayor in an urgent case, the NGB's 24/7 on-call line).
 */
const GENERAL_ENTRIES = ['ess', 'lse', 'ssv', 'politie', 'ngb'];

/** Open day and night, by the rule the checker and the pages use (src/flow/fallback.ts). */
const open24x7 = (c: Contact) => c.hours !== undefined && isAlwaysOpen(c.hours);

describe('the flow', () => {
  it('has no errors and no warnings', () => {
    expect(checked.errors.map(formatProblem)).toEqual([]);
    expect(checked.warnings.map(formatProblem)).toEqual([]);
    expect(flow).toBeDefined();
  });

  it('asks at most five questions on every path, and four or fewer on the median path', () => {
    const long = paths.filter((p) => p.answers.length > 5).map((p) => p.answers.map(([, o]) => o).join('/'));
    expect(long).toEqual([]);
    expect(median(paths.map((p) => p.answers.length))).toBeLessThanOrEqual(4);
  });

  it('every result can be reached', () => {
    const reached = new Set(paths.map((p) => p.result));
    expect(Object.keys(flow.results).filter((r) => !reached.has(r))).toEqual([]);
  });
});

describe('urgency comes first', () => {
  it('the start question is urgency, asked on every path', () => {
    expect(flow.start).toBe('urgentie');
    expect(paths.every((p) => p.answers[0]![0] === 'urgentie')).toBe(true);
  });

  it('acute danger leads straight to a result whose primary contact is 112', () => {
    const next = paths.find((p) => p.answers[0]![1] === 'direct-gevaar')?.result;
    expect(paths.filter((p) => p.answers[0]![1] === 'direct-gevaar').map((p) => p.answers.length)).toEqual([1]);
    const result = flow.results[next!];
    expect(result, `"direct-gevaar" leads to "${next}", which is not a result`).toBeDefined();
    expect(result!.urgent).toBe(true);
    expect(flow.contacts[result!.primary]!.phone?.number).toBe('112');
  });

  it('every urgent result is reachable within three answers: urgency, role, topic', () => {
    const quick = new Set(paths.filter((p) => p.answers.length <= 3).map((p) => p.result));
    const slow = Object.values(flow.results)
      .filter((r) => r.urgent && !quick.has(r.id))
      .map((r) => r.id);
    expect(slow).toEqual([]);
  });

  it('"must act today" ends on an urgent result for every role', () => {
    const today = paths.filter((p) => p.answers[0]![1] === 'vandaag-nog');
    expect(today.length).toBeGreaterThan(0);
    const notUrgent = today.filter((p) => !flow.results[p.result]!.urgent || p.answers.length > 3).map((p) => p.result);
    expect(notUrgent).toEqual([]);
  });

  it('every urgent result can be acted on now: a 24/7 line, or a fallback for when it is closed or has no number', () => {
    const problems: string[] = [];
    for (const r of Object.values(flow.results).filter((x) => x.urgent)) {
      const c = flow.contacts[r.primary]!;
      if (!open24x7(c) && !c.whenClosed) problems.push(`${r.id}: ${c.id} is not open 24/7 and has no whenClosed`);
      if (!c.phone && !c.instead) problems.push(`${r.id}: ${c.id} has no phone and no "instead" text`);
      if (c.whenClosed && !open24x7(flow.contacts[c.whenClosed]!))
        problems.push(`${r.id}: fallback ${c.whenClosed} is not open 24/7`);
    }
    expect(problems).toEqual([]);
  });
});

describe('urgency sets how fast; role and topic still set where', () => {
  const primaryOf = (answers: string[]) => {
    const p = paths.find((x) => x.answers.map(([, o]) => o).join('/') === answers.join('/'));
    expect(p, answers.join('/')).toBeDefined();
    return p!.primary;
  };

  it('threats, unrest, communication and a person with a plan reach at least four different lines for a municipality and administrators', () => {
    const asked = [
      ['dringend-gemeente', 'dringend-gemeente-bedreiging-bestuurder'],
      ['dringend-gemeente', 'dringend-gemeente-bedreiging-medewerker'],
      ['dringend-gemeente', 'dringend-gemeente-onrust'],
      ['dringend-gemeente', 'dringend-gemeente-communicatie'],
      ['dringend-gemeente', 'dringend-gemeente-persoon'],
      ...['dringend-burgemeester', 'dringend-bestuurder'].flatMap((role) =>
        [
          'dringend-bestuur-bedreiging',
          'dringend-bestuur-onrust',
          'dringend-bestuur-communicatie',
          'dringend-bestuur-persoon',
        ].map((t) => [role, t]),
      ),
    ];
    const primaries = new Set(asked.map((a) => primaryOf(['vandaag-nog', ...a])));
    expect(primaries.size, [...primaries].join(', ')).toBeGreaterThanOrEqual(4);
  });

  it('a threatened administrator reaches the Ondersteuningsteam (S47); a threatened official the police (S40, S44)', () => {
    expect(primaryOf(['vandaag-nog', 'dringend-bestuurder', 'dringend-bestuur-bedreiging'])).toBe(
      'ondersteuningsteam-weerbaar-bestuur',
    );
    expect(primaryOf(['vandaag-nog', 'dringend-gemeente', 'dringend-gemeente-bedreiging-medewerker'])).toBe('politie');
  });

  it('the 112 result gives a mayor the NGB line as a call of its own, not as an "other contact" for everyone', () => {
    expect(flow.results['bel-112']!.alsoCall?.contact).toBe('ngb');
    expect(flow.results['bel-112']!.alsoCall?.for.nl).toBe('(loco-)burgemeester');
    expect(flow.results['bel-112']!.others).not.toContain('ngb');
  });

  it('every urgent result, and every result for someone who needs to talk, has a primary with a phone or e-mail', () => {
    const bad = Object.values(flow.results)
      .filter((r) => r.urgent || r.needs === 'talk')
      .filter((r) => !flow.contacts[r.primary]!.phone && !flow.contacts[r.primary]!.email)
      .map((r) => r.id);
    expect(bad).toEqual([]);
  });

  it('every resource links to its page, or names the contact whose website has it', () => {
    const bad = Object.values(flow.resources)
      .filter((r) => !r.url && !(r.availableFrom && flow.contacts[r.availableFrom]?.website))
      .map((r) => r.id);
    expect(bad).toEqual([]);
  });
});

describe('every question has a way out', () => {
  it.each(Object.keys(flow.questions))(
    '%s has an option "<question>-weet-niet" labelled "Iets anders / weet ik niet"',
    (id) => {
      const option = flow.questions[id]!.options.find((o) => o.id === wayOut(id));
      expect(option, `question "${id}" needs an option "${wayOut(id)}"`).toBeDefined();
      expect(option!.label.nl).toMatch(/iets anders|weet ik niet/i);
      expect(option!.label.en).toMatch(/something else|don't know/i);
    },
  );

  it('that way out ends on a general entry point (ESS, LSE, SSV for schools, police when urgent)', () => {
    const wayOuts = new Set(Object.keys(flow.questions).map(wayOut));
    const wrong = paths
      .filter((p) => wayOuts.has(p.answers.at(-1)![1]))
      .filter((p) => !GENERAL_ENTRIES.includes(p.primary))
      .map((p) => `${p.answers.map(([, o]) => o).join('/')} → ${p.result} (${p.primary})`);
    expect(wrong).toEqual([]);
  });
});

describe('contacts', () => {
  it('every phone number, e-mail address and opening hours has a source, a source date and a checked date', () => {
    const missing: string[] = [];
    for (const c of Object.values(flow.contacts)) {
      for (const fact of ['phone', 'email', 'hours'] as const) {
        const f = c[fact];
        if (!f) continue;
        if (!/^(https?:\/\/\S+|seed:\S+)$/.test(f.source)) missing.push(`${c.id}.${fact}.source`);
        if (!/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/.test(f.sourceDate)) missing.push(`${c.id}.${fact}.sourceDate`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(f.checked)) missing.push(`${c.id}.${fact}.checked`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every contact names its source', () => {
    expect(
      Object.values(flow.contacts)
        .filter((c) => !/(seed:|https?:\/\/)/.test(c.source))
        .map((c) => c.id),
    ).toEqual([]);
  });

  it('the numbers the brief names are the ones published', () => {
    const phone = (id: string) => flow.contacts[id]?.phone?.number;
    expect(phone('alarmnummer-112')).toBe('112');
    expect(phone('politie')).toBe('0900 8844');
    expect(phone('lse')).toBe('088 20 80 080');
    expect(phone('ngb')).toBe('06 2940 1416');
    // Two sources disagree; the newer (2023) is published.
    expect(phone('ess')).toBe('070 333 4558');
    // No trustworthy source: no number, but words on what to do instead.
    expect(phone('nctv')).toBeUndefined();
    expect(flow.contacts.nctv!.instead).toBeDefined();
  });

  it('opening hours: LSE on weekdays 09–17, SSV on weekdays 09–16, NGB, 112 and the police 24/7', () => {
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];
    expect(flow.contacts.lse!.hours!.open).toEqual([{ days: weekdays, from: '09:00', to: '17:00' }]);
    expect(flow.contacts.ssv!.hours!.open).toEqual([{ days: weekdays, from: '09:00', to: '16:00' }]);
    for (const id of ['ngb', 'alarmnummer-112', 'politie']) expect(open24x7(flow.contacts[id]!), id).toBe(true);
  });

  // A Set visits what is added while iterating, so fallbacks of fallbacks count too.
  it('every contact with a channel is used by a result, or is the fallback of a contact that is', () => {
    const used = new Set(
      Object.values(flow.results).flatMap((r) => [
        r.primary,
        ...r.others,
        ...r.localSteps,
        ...(r.alsoCall ? [r.alsoCall.contact] : []),
      ]),
    );
    // A Set visits what is added while iterating, so fallbacks of fallbacks count too.
    for (const id of used) {
      const fallback = flow.contacts[id]?.whenClosed;
      if (fallback) used.add(fallback);
    }
    // An organisation a seed names but that has no channel of its own is in the directory only (issue 23).
    const unused = Object.values(flow.contacts).filter((c) => !used.has(c.id));
    expect(unused.filter((c) => c.phone || c.email || c.website).map((c) => c.id)).toEqual([]);
  });

  it('every primary contact can be reached: a phone, e-mail, website or words on what to do', () => {
    const unreachable = Object.values(flow.results)
      .map((r) => flow.contacts[r.primary]!)
      .filter((c) => !c.phone && !c.email && !c.website && !c.instead)
      .map((c) => c.id);
    expect([...new Set(unreachable)]).toEqual([]);
  });

  it('a contact without a website, number or e-mail says what to do instead, or is a knowledge partner beside another', () => {
    // A knowledge partner reached through others: the directory shows its description; a result may name it
    // beside the contact it advises, never as the one to turn to (primary) or the line for when one is closed.
    const primaries = new Set(Object.values(flow.results).map((r) => r.primary));
    const fallbacks = new Set(Object.values(flow.contacts).map((c) => c.whenClosed));
    const bad = Object.values(flow.contacts)
      .filter((c) => !c.website && !c.phone && !c.email && !c.instead)
      .filter((c) => primaries.has(c.id) || fallbacks.has(c.id) || !c.description.nl || !c.description.en)
      .map((c) => c.id);
    expect(bad).toEqual([]);
  });
});

describe('resources', () => {
  it('every resource is used by at least one result', () => {
    const used = new Set(Object.values(flow.results).flatMap((r) => r.resources));
    expect(Object.keys(flow.resources).filter((id) => !used.has(id))).toEqual([]);
  });

  it('every publisher is a contact', () => {
    const bad = Object.values(flow.resources)
      .filter((r) => r.publisher && !flow.contacts[r.publisher])
      .map((r) => r.id);
    expect(bad).toEqual([]);
  });
});

describe('results', () => {
  it('every result says why, names a theme and at most two other contacts and three resources', () => {
    const bad = Object.values(flow.results)
      .filter((r) => !r.why.nl || !r.why.en || !r.theme || r.others.length > 2 || r.resources.length > 3)
      .map((r) => r.id);
    expect(bad).toEqual([]);
  });

  it('every result for knowledge or a report lists one to three guides or tools; one about talking may list none', () => {
    // Acute danger, a call to the police or Veilig Thuis today, leaving extremism: the person is helped by the
    // line they call, and the seeds name no guide for them. Someone who wants to know or report is given one.
    const bare = Object.values(flow.results)
      .filter((r) => r.resources.length === 0 && r.needs !== 'talk')
      .map((r) => `${r.id} (needs: ${r.needs})`);
    expect(bare).toEqual([]);
  });

  it('each concern has its own result: no single catch-all behind the concern questions', () => {
    for (const q of ['zorg-gemeente', 'zorg-professional']) {
      // Where the machine goes with each answer, on every path through the question.
      const targets = new Set<string>();
      walkMachine(flow, (steps) => {
        const last = steps.at(-1);
        if (last?.question === q && last.option !== wayOut(q)) targets.add(`${last.option} ${last.to}`);
      });
      const counts = new Map<string, number>();
      for (const t of targets) counts.set(t.split(' ')[1]!, (counts.get(t.split(' ')[1]!) ?? 0) + 1);
      expect(
        [...counts.values()].every((n) => n === 1),
        `${q}: ${JSON.stringify([...counts])}`,
      ).toBe(true);
    }
  });
});
