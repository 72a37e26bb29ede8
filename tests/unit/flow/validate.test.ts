// One small broken fixture per kind of error: each must be reported in plain words at its file:line:col.
import { describe, expect, it } from 'vitest';
import { checkFlow } from '../../../src/flow/validate';
import { formatProblem } from '../../../src/flow/problems';
import { base, edited } from './fixture';
import type { Sources } from '../../../src/flow/load';

const today = new Date('2026-11-23T12:00:00Z');
const errorsOf = (s: Sources) => checkFlow(s, { today }).errors.map(formatProblem);

describe('the base fixture', () => {
  it('is valid, without warnings', () => {
    const r = checkFlow(base, { today });
    expect(r.errors.map(formatProblem)).toEqual([]);
    expect(r.warnings.map(formatProblem)).toEqual([]);
    expect(r.flow).toBeDefined();
  });
});

describe('search words are not texts a person reads', () => {
  // A number, a clock time or an organisation's variant spelling is exactly what people type, so the text
  // checks that keep them out of shown texts must not reach search words.
  it('accepts a phone number, a clock time and a variant spelling as search words', () => {
    const sources = edited('triage.yaml', [
      '    primary: alarmnummer-112\n',
      '    primary: alarmnummer-112\n    search: { nl: [gevaar, 0900 8844, 17:00], en: [danger, Het Landelijk Steunpunt] }\n',
    ]);
    expect(errorsOf(sources)).toEqual([]);
  });
});

describe('validation errors name file, line, column and what is wrong', () => {
  const cases: { name: string; sources: Sources; expected: string }[] = [
    {
      name: 'YAML syntax',
      sources: edited('triage.yaml', ['start: urgentie', 'start: [urgentie']),
      expected:
        'triage.yaml:4:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    },
    {
      name: 'unknown field',
      sources: edited('triage.yaml', ['    otherwise: zorg', '    otherwise: zorg\n    colour: red']),
      expected: 'triage.yaml:26:5 unknown field "colour"',
    },
    {
      name: 'duplicate question id',
      sources: edited('triage.yaml', ['  - id: zorg', '  - id: rol']),
      expected: 'triage.yaml:26:9 duplicate id "rol": question "rol" at triage.yaml:17 already uses it',
    },
    {
      name: 'an option id used twice',
      sources: edited('triage.yaml', ['      - id: familie', '      - id: spanningen']),
      expected:
        'triage.yaml:29:13 duplicate id "spanningen": option "spanningen" of question "rol" at triage.yaml:22 already uses it',
    },
    {
      name: 'a reference to an unknown node',
      sources: edited('triage.yaml', ['    otherwise: zorg', '    otherwise: zorgen']),
      expected: 'triage.yaml:25:16 otherwise: "zorgen" is not a question or result in this flow',
    },
    {
      name: 'a reference to an unknown contact',
      sources: edited('triage.yaml', ['    primary: ess\n', '    primary: ess-nl\n']),
      expected: 'triage.yaml:68:14 primary: there is no contact "ess-nl" in contacts.yaml',
    },
    {
      name: 'a reference to an unknown resource',
      sources: edited('triage.yaml', [
        'resources: [handreiking-depolarisatie]',
        'resources: [handreiking-polarisatie]',
      ]),
      expected: 'triage.yaml:70:17 resources: there is no resource "handreiking-polarisatie" in resources.yaml',
    },
    {
      name: 'an unreachable node',
      sources: edited('triage.yaml', ['        to: lse-familie', '        to: lse-advies']),
      expected: 'triage.yaml:49:9 "lse-familie" can never be reached from the start question "urgentie"',
    },
    {
      name: 'a node from which no result can be reached (and the cycle that causes it)',
      sources: edited(
        'triage.yaml',
        ['        to: ess-spanningen', '        to: zorg'],
        [
          '    next:\n      - when: { answer: rol, is: gemeente }\n        to: lse-advies\n    otherwise: lse-advies',
          '    otherwise: zorg',
        ],
      ),
      expected: 'triage.yaml:26:9 no result can be reached from question "zorg"',
    },
    {
      name: 'a cycle',
      sources: edited('triage.yaml', ['        to: ess-spanningen', '        to: urgentie']),
      expected:
        'triage.yaml:26:9 cycle: question "zorg" leads back to "urgentie", which was already asked on the way here',
    },
    {
      name: 'a result without a primary contact',
      sources: edited('triage.yaml', [
        '    primary: lse\n    needs: talk\n    theme: radicalisering\n',
        '    needs: talk\n    theme: radicalisering\n',
      ]),
      expected: 'triage.yaml:49:5 result "lse-familie" has no primary contact: add "primary: <contact id>"',
    },
    {
      name: 'a condition on a question not answered on every path before it',
      sources: edited('triage.yaml', [
        '      - id: niet-dringend\n',
        "      - id: weet-niet\n        label: { nl: Weet ik niet, en: I don't know }\n        to: zorg\n      - id: niet-dringend\n",
      ]),
      expected: 'the condition on "rol" is not safe here: some paths reach "zorg" without answering "rol"',
    },
    {
      name: 'a text missing in a language',
      sources: edited('triage.yaml', [
        'text: { nl: Wat is uw rol?, en: What is your role? }',
        'text: { nl: Wat is uw rol? }',
      ]),
      expected: 'triage.yaml:18:11 text: the English (en) text is missing',
    },
    {
      name: 'a contact fact without a source',
      sources: edited('contacts.yaml', [
        '      number: "088 20 80 080"\n      source: seed:000_de374f18f303f2dd.txt\n',
        '      number: "088 20 80 080"\n',
      ]),
      expected: 'contacts.yaml:30:7 source: a contact fact needs a source (a URL or seed:<file>)',
    },
    {
      name: 'a source naming a seed text that taxonomy.yaml does not list',
      sources: edited('contacts.yaml', [
        '    themes: [radicalisering]\n    source: seed:000_de374f18f303f2dd.txt',
        '    themes: [radicalisering]\n    source: https://example.nl seed:999_onbekend.txt',
      ]),
      expected:
        'contacts.yaml:36:13 source: "seed:999_onbekend.txt" is not a source text in taxonomy.yaml (add it under sourceTexts, with a title)',
    },
    {
      name: 'a source text listed twice',
      sources: edited('taxonomy.yaml', ['  - id: 003_34e71d5202aab991.txt', '  - id: 000_de374f18f303f2dd.txt']),
      expected:
        'taxonomy.yaml:26:9 duplicate id "000_de374f18f303f2dd.txt": source text "000_de374f18f303f2dd.txt" at taxonomy.yaml:24 already uses it',
    },
    {
      name: 'a source text that is not named by its file',
      sources: edited('taxonomy.yaml', ['  - id: 003_34e71d5202aab991.txt', '  - id: hulpmiddelen']),
      expected: 'taxonomy.yaml:26:9 id: a source text is named by its file name (000_….txt)',
    },
    {
      name: 'search words in one language only',
      sources: edited('triage.yaml', [
        '    primary: alarmnummer-112\n',
        '    primary: alarmnummer-112\n    search: { nl: [gevaar, wapen] }\n',
      ]),
      expected: 'triage.yaml:42:13 search: the English (en) search words are missing',
    },
    {
      name: 'a search word listed twice in one language (case does not make it another word)',
      sources: edited('triage.yaml', [
        '    primary: alarmnummer-112\n',
        '    primary: alarmnummer-112\n    search: { nl: [gevaar, Wapen, wapen], en: [danger] }\n',
      ]),
      expected: 'triage.yaml:42:35 search: the search word "wapen" is listed twice',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const errors = errorsOf(c.sources);
      expect(errors.join('\n')).toContain(c.expected);
    });
  }
});

// Each rule of the content issue, planted one at a time in the valid base fixture.
describe('reachable contacts, linked resources, facts written once, names spelled one way', () => {
  const cases: { name: string; sources: Sources; expected: string }[] = [
    {
      name: 'a result for someone who needs to talk, whose primary has only a website',
      sources: edited('triage.yaml', ['    primary: ess\n    needs: knowledge', '    primary: ess\n    needs: talk']),
      expected:
        'primary: "ess" has no sourced phone number or e-mail address, but this result is for someone who needs to talk to a person (needs: talk)',
    },
    {
      name: 'an urgent result whose primary has only a website',
      sources: edited('triage.yaml', [
        '    primary: ess\n    needs: knowledge',
        '    primary: ess\n    urgent: true\n    needs: knowledge',
      ]),
      expected: 'primary: "ess" has no sourced phone number or e-mail address, but this result is urgent',
    },
    {
      name: 'a primary contact without any channel',
      sources: edited('contacts.yaml', [
        '    website: { url: "https://www.socialestabiliteit.nl/", dutchOnly: true }\n',
        '',
      ]),
      expected: 'primary: "ess" has no phone, e-mail or website, so nobody can reach it',
    },
    {
      name: 'a local-chain contact as primary',
      sources: edited('contacts.yaml', [
        '    website: { url: "https://www.socialestabiliteit.nl/", dutchOnly: true }\n',
        '    local: true\n',
      ]),
      expected: 'primary: "ess" is a local-chain contact with no channel we can publish',
    },
    {
      name: 'a resource without a url and without availableFrom',
      sources: edited('resources.yaml', ['    url: https://example.org/handreiking-depolarisatie\n', '']),
      expected: 'resources.yaml:3:5 resource "handreiking-depolarisatie" has no url',
    },
    {
      name: 'availableFrom a contact without a website',
      sources: edited('resources.yaml', [
        '    url: https://example.org/handreiking-depolarisatie\n',
        '    availableFrom: alarmnummer-112\n',
      ]),
      expected: 'availableFrom: "alarmnummer-112" has no website to find it on',
    },
    {
      name: 'a phone number written out in a text',
      sources: edited('triage.yaml', [
        '      nl: Het LSE helpt families',
        '      nl: Bel 088 20 80 080. Het LSE helpt families',
      ]),
      expected: 'triage.yaml:55:11 "088 20 80 080" is a phone number written out: refer to the contact\'s fact instead',
    },
    {
      name: 'opening hours written out in a text',
      sources: edited('triage.yaml', [
        '      nl: Het LSE helpt families',
        '      nl: Open van 9 tot 17 uur. Het LSE helpt families',
      ]),
      expected: '"9 tot 17 uur" is a clock time written out',
    },
    {
      name: 'an e-mail address written out in a text',
      sources: edited('triage.yaml', [
        '      en: The LSE helps families',
        '      en: Mail info@hetlse.nl. The LSE helps families',
      ]),
      expected: '"info@hetlse.nl" is an e-mail address written out',
    },
    {
      name: 'a reference to a fact the contact does not have',
      sources: edited('triage.yaml', [
        '      nl: Het LSE helpt families',
        '      nl: Mail {email:lse}. Het LSE helpt families',
      ]),
      expected: '{email:lse}: contact "lse" has no email',
    },
    {
      name: 'another spelling of an organisation',
      sources: {
        ...edited('contacts.yaml', [
          '    short: LSE\n',
          '    short: LSE\n    variants: [Landelijk Steunpunt Radicalisering]\n',
        ]),
        'triage.yaml': edited('triage.yaml', [
          '      nl: Het LSE helpt families',
          '      nl: Het Landelijk Steunpunt Radicalisering helpt families',
        ])['triage.yaml'],
      },
      expected:
        '"Landelijk Steunpunt Radicalisering" is another spelling of Landelijk Steunpunt Extremisme (LSE): write "LSE" or its full name',
    },
    {
      name: 'a fallback chain that goes round in a circle',
      sources: edited(
        'contacts.yaml',
        ['    short: LSE\n', '    short: LSE\n    whenClosed: ess\n'],
        ['    short: ESS\n', '    short: ESS\n    whenClosed: lse\n'],
      ),
      expected: 'whenClosed: the fallbacks of "lse" go round in a circle',
    },
    {
      name: 'a fallback chain that ends on a line that closes',
      sources: edited('contacts.yaml', ['    short: LSE\n', '    short: LSE\n    whenClosed: ess\n']),
      expected: 'whenClosed: the fallbacks of "lse" end on "ess", which is not open day and night',
    },
  ];
  it.each(cases)('$name', (c) => {
    expect(errorsOf(c.sources).join('\n')).toContain(c.expected);
    // The base fixture itself is clean: the planted line is what the check found.
    expect(errorsOf(base).join('\n')).not.toContain(c.expected);
  });

  it('fills in referenced facts per language when the texts are split', async () => {
    const { splitTexts } = await import('../../../src/flow/texts');
    const flow = checkFlow(
      edited('triage.yaml', ['      nl: Het LSE helpt families', '      nl: Bel {phone:lse}. Het LSE helpt families']),
      { today },
    ).flow!;
    const { texts } = splitTexts(flow);
    expect(texts.nl['results.lse-familie.why']).toBe(
      'Bel 088 20 80 080. Het LSE helpt families die zich zorgen maken over radicalisering.',
    );
  });
});

describe('more checks', () => {
  it('reports a condition that names an option of another question', () => {
    const errors = errorsOf(
      edited('triage.yaml', [
        '      - when: { answer: rol, is: gemeente }',
        '      - when: { answer: rol, is: spanningen }',
      ]),
    );
    expect(errors).toContain(
      'triage.yaml:35:15 the condition expects option "spanningen" for question "rol", but that option belongs to "zorg"',
    );
  });
  it('reports a question without a way out for some options', () => {
    const errors = errorsOf(edited('triage.yaml', ['    otherwise: zorg\n', '']));
    expect(errors).toContain(
      'triage.yaml:17:5 question "rol" has no "otherwise", so option "gemeente" may lead nowhere: add "to" on the option or an "otherwise"',
    );
  });
  it('warns (without failing) when a fact was checked more than 12 months ago', () => {
    const r = checkFlow(
      edited('contacts.yaml', [
        '      checked: 2026-11-23\n    audience: [professional',
        '      checked: 2025-10-01\n    audience: [professional',
      ]),
      { today },
    );
    expect(r.errors).toEqual([]);
    expect(r.flow).toBeDefined();
    expect(r.warnings.map(formatProblem)).toEqual([
      'contacts.yaml:33:16 warning: phone of "lse" was last checked on 2025-10-01, more than 12 months ago: check it against its source',
    ]);
  });
  it('reports a missing file', () => {
    const { ['resources.yaml']: _, ...rest } = base;
    expect(errorsOf(rest)).toContain('resources.yaml:1:1 the file resources.yaml is missing');
  });
});
