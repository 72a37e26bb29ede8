// The content checks that read more than flows/: plain language (flows/language.yaml) and quotations
// against the source texts, which live outside the repository (../shared/seeds/ and the content brief).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkBasis, parseContentBrief, type BasisCorpus, type BasisReport } from '../flow/basis';
import { checkLanguage, NO_FIGURES, type LanguageReport } from '../flow/language';
import { loadFlow, parseSources } from '../flow/load';
import { checkQuotes, type QuoteReport } from '../flow/quotes';
import { readFlowDir } from '../flow/read-dir';

/** Where the source texts are: ../shared from the project root, or WEGWIJZER_SOURCES. */
export function sourceTexts(root = process.cwd()): string[] | undefined {
  const shared = process.env.WEGWIJZER_SOURCES ?? resolve(root, '../shared');
  const seeds = join(shared, 'seeds');
  if (!existsSync(seeds)) return undefined;
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seeds, f), 'utf8'));
  const brief = join(shared, 'docs/content.md');
  if (existsSync(brief)) texts.push(readFileSync(brief, 'utf8'));
  return texts;
}

/** The seeds by file name and the content brief's items by id, for checking each basis passage. */
export function basisCorpus(root = process.cwd()): BasisCorpus | undefined {
  const shared = process.env.WEGWIJZER_SOURCES ?? resolve(root, '../shared');
  const seeds = join(shared, 'seeds');
  const brief = join(shared, 'docs/content.md');
  if (!existsSync(seeds) || !existsSync(brief)) return undefined;
  return {
    seeds: Object.fromEntries(
      readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f, readFileSync(join(seeds, f), 'utf8')]),
    ),
    items: parseContentBrief(readFileSync(brief, 'utf8')),
  };
}

export interface ContentChecks {
  language: LanguageReport;
  quotes: QuoteReport & { verified: boolean };
  basis: BasisReport & { verified: boolean };
}

export function runContentChecks(dir: string): ContentChecks {
  // Parsed once for both checks: parsing the YAML is the slow part of loading a flow.
  const sources = parseSources(readFlowDir(dir));
  const languageFile = join(dir, 'language.yaml');
  // A flow without language.yaml (a test fixture, a new flow) has no plain-language rules to hold it to.
  const language = existsSync(languageFile)
    ? checkLanguage(sources, readFileSync(languageFile, 'utf8'), relative(dir, languageFile))
    : { problems: [], figures: NO_FIGURES };
  const corpus = sourceTexts();
  const quotes = { ...checkQuotes(sources, corpus), verified: corpus !== undefined };
  const passages = basisCorpus();
  const basis = { ...checkBasis(loadFlow(sources), passages), verified: passages !== undefined };
  return { language, quotes, basis };
}

export function formatFigures(r: LanguageReport): string {
  const f = r.figures;
  const count = (severity: 'error' | 'warning') => r.problems.filter((p) => p.severity === severity).length;
  return [
    `texts: ${f.texts.lay} for residents and families, ${f.texts.professional} for professionals ` +
      '(each in every language)',
    `sentences: ${f.sentences}, mean ${f.meanWords} words, longest ${f.longest.words} words (${f.longest.where})`,
    `sentences of 20–29 words: ${f.over.warn}; of 30 or more: ${f.over.error}`,
    `jargon on any page: ${f.jargon}; abbreviations not written out: ${f.abbreviations}`,
    `errors: ${count('error')}, warnings: ${count('warning')}`,
  ].join('\n');
}
