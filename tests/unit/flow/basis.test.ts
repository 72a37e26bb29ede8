// The basis check: each passage must be in its source word for word (seed text or content-brief item), an
// item without passages or a URL outside the brief is only "not verifiable here", and a finding names the
// file and line of the passage.
import { describe, expect, it } from 'vitest';
import {
  checkBasis,
  containsPassage,
  judgePassage,
  parseContentBrief,
  withoutBasis,
  type BasisCorpus,
} from '../../../src/flow/basis';
import { loadFlow } from '../../../src/flow/load';
import { edited } from './fixture';

const brief = [
  '- S7 https://www.landelijksteunpuntextremisme.nl/dienstverlening/consultatie-en-advies',
  '| S49 | LSE advice is for professionals | "Deze vragen kunnen zowel gesteld worden door professionals" / "U kunt uw situatie (anoniem) voorleggen" | S7 (same page) |',
  '| S66 | Discriminatie.nl line | “Alle inwoners van Nederland kunnen vanaf nu het gratis telefoonnummer 0800-0880 bellen” | https://samentegenracisme.org/vanaf-vandaag |',
].join('\n');
const corpus: BasisCorpus = {
  seeds: { '000_x.txt': 'De ESS adviseert hoe gemeenten deze kennis kunnen inzetten,\n en met welke partijen.' },
  items: parseContentBrief(brief),
};

describe('containsPassage', () => {
  it('ignores whitespace, typographic quotes and the first letter’s case', () => {
    expect(containsPassage('Hij zei: “ja  nu”\nen toen', 'zei: "ja nu" en toen')).toBe(true);
    expect(containsPassage('de ESS adviseert', 'De ESS adviseert')).toBe(true);
  });
  it('lets an ellipsis stand for words left out, in order', () => {
    expect(containsPassage('een twee drie vier vijf', 'een twee … vijf')).toBe(true);
    expect(containsPassage('een twee drie vier vijf', 'vijf … een twee')).toBe(false);
  });
  it('does not accept a changed word', () => {
    expect(containsPassage('De ESS adviseert gemeenten', 'De ESS helpt gemeenten')).toBe(false);
  });
});

describe('judgePassage', () => {
  it('finds a seed passage across a line break', () => {
    expect(judgePassage({ source: 'seed:000_x.txt', quote: 'kennis kunnen inzetten, en met welke' }, corpus)).toEqual({
      ok: true,
    });
  });
  it('rejects a passage the seed does not contain, and an unknown seed', () => {
    expect(judgePassage({ source: 'seed:000_x.txt', quote: 'De ESS brengt u in contact' }, corpus)).toMatchObject({
      ok: false,
      severity: 'error',
    });
    expect(judgePassage({ source: 'seed:999.txt', quote: 'De ESS adviseert hoe' }, corpus)).toMatchObject({
      severity: 'error',
    });
  });
  it('finds an S-item passage in any column of its row', () => {
    expect(judgePassage({ source: 'S49', quote: 'U kunt uw situatie (anoniem) voorleggen' }, corpus).ok).toBe(true);
    expect(judgePassage({ source: 'S49', quote: 'U kunt altijd bellen' }, corpus)).toMatchObject({ severity: 'error' });
    expect(judgePassage({ source: 'S12', quote: 'Iets wat nergens staat' }, corpus)).toMatchObject({
      severity: 'error',
    });
  });
  it('reads a URL as the brief items that name it', () => {
    expect(
      judgePassage(
        { source: 'https://samentegenracisme.org/vanaf-vandaag/', quote: 'het gratis telefoonnummer 0800-0880 bellen' },
        corpus,
      ).ok,
    ).toBe(true);
  });
  it('warns, not fails, where the source holds no passage to check', () => {
    expect(judgePassage({ source: 'S7', quote: 'Wij geven advies aan iedereen' }, corpus)).toMatchObject({
      severity: 'warning',
    });
    expect(judgePassage({ source: 'https://example.org/page', quote: 'Wij geven advies' }, corpus)).toMatchObject({
      severity: 'warning',
    });
  });
  it('rejects a passage that copies more than a short quote', () => {
    const long = Array.from({ length: 60 }, (_, i) => `woord${i}`).join(' ');
    expect(
      judgePassage({ source: 'seed:000_x.txt', quote: long }, { ...corpus, seeds: { '000_x.txt': long } }),
    ).toMatchObject({
      severity: 'error',
    });
  });
});

describe('checkBasis on a flow', () => {
  const withBasis = (quote: string) =>
    loadFlow(
      edited('triage.yaml', [
        '  - id: bel-112\n',
        `  - id: bel-112\n    basis:\n      - source: seed:000_x.txt\n        quote: "${quote}"\n`,
      ]),
    );

  it('accepts a passage that is in its source', () => {
    const report = checkBasis(withBasis('De ESS adviseert hoe gemeenten'), corpus);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.found).toBe(1);
  });
  it('reports a planted passage at the file and line of its quote', () => {
    const report = checkBasis(withBasis('De ESS brengt u in contact met andere gemeenten'), corpus);
    const error = report.problems.find((p) => p.severity === 'error');
    expect(error).toMatchObject({ file: 'triage.yaml', line: 42 });
    expect(error?.message).toContain('not in seed:000_x.txt');
  });
  it('counts what has no basis, and judges nothing without the sources', () => {
    const report = checkBasis(withBasis('iets dat nergens staat'), undefined);
    expect(report.problems.every((p) => p.message.includes('has no basis'))).toBe(true);
    expect(report.missing).toBeGreaterThan(0);
  });
  it('leaves no basis in what the bundles carry', () => {
    const flow = withBasis('De ESS adviseert hoe gemeenten').flow!;
    expect(flow.results['bel-112']!.basis).toHaveLength(1);
    expect(JSON.stringify(withoutBasis(flow))).not.toContain('basis');
  });
});

describe('a word broken over two lines in a source', () => {
  it('is read as one word', () => {
    expect(containsPassage('het tegengaan van en omgaan met onge-\nwenst gedrag', 'omgaan met ongewenst gedrag')).toBe(
      true,
    );
    expect(containsPassage('(loco-)burgemeesters', '(loco-)burgemeesters')).toBe(true);
  });
});
