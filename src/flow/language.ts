// Plain language, measured. Pages for residents and families must be readable at B1: short sentences, no
// jargon without its plain alternative, no abbreviation that is not written out. Professionals may read
// professional terms, so their pages only get warnings. What counts as jargon and which answers make a page
// one for residents and families is data: flows/language.yaml.
import { parseDocument, LineCounter } from 'yaml';
import { z } from 'zod';
import { LANGUAGES, type Language } from './languages.ts';
import { loadFlow, type ParsedSources, type Sources } from './load.ts';
import { sentences } from '../content/sentences.ts';
import { allPaths } from './paths.ts';
import { byPosition, type Problem } from './problems.ts';
import { LocalizedText } from './schema.ts';
import { flowTexts } from './text-walk.ts';
import type { Flow } from './model.ts';

export const LanguageFile = z.strictObject({
  $schema: z.string().optional(),
  /** Answers (option ids) that make every page on their path one for residents and families. */
  layRoles: z.array(z.string()).min(1),
  limits: z.strictObject({ warnWords: z.number().int().positive(), errorWords: z.number().int().positive() }),
  /** Words to avoid or explain on pages for residents and families, with the plain alternative. */
  jargon: z.array(
    z.strictObject({
      term: z.string().min(2),
      lang: z.enum(LANGUAGES as unknown as [Language, ...Language[]]),
      plain: z.string().min(2),
    }),
  ),
  /** Abbreviations that must be written out on first use in a text. */
  abbreviations: z.array(z.strictObject({ short: z.string().min(2), full: LocalizedText })),
});
export type LanguageFile = z.infer<typeof LanguageFile>;

export interface LanguageFigures {
  texts: { lay: number; professional: number };
  sentences: number;
  meanWords: number;
  longest: { words: number; where: string };
  over: { warn: number; error: number };
  jargon: number;
  abbreviations: number;
}
export interface LanguageReport {
  problems: Problem[];
  figures: LanguageFigures;
}

const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/** Figures of a report that measured nothing. */
export const NO_FIGURES: LanguageFigures = {
  texts: { lay: 0, professional: 0 },
  sentences: 0,
  meanWords: 0,
  longest: { words: 0, where: '' },
  over: { warn: 0, error: 0 },
  jargon: 0,
  abbreviations: 0,
};

/** `flowSources` may come parsed already (parseSources), so a caller that runs several checks parses once. */
export function checkLanguage(
  flowSources: Sources | ParsedSources,
  languageYaml: string,
  file = 'language.yaml',
): LanguageReport {
  const problems: Problem[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(languageYaml, { lineCounter: lines });
  const parsed = LanguageFile.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ file, line: 1, col: 1, message: `${issue.path.join('.')}: ${issue.message}`, severity: 'error' });
    return { problems, figures: NO_FIGURES };
  }
  const rules = parsed.data;
  const loaded = loadFlow(flowSources);
  if (!loaded.flow)
    return {
      problems: [
        { file, line: 1, col: 1, message: 'the flow is invalid: run npm run flows -- check first', severity: 'error' },
      ],
      figures: NO_FIGURES,
    };
  const flow = loaded.flow;
  const lay = layOwners(flow, rules);
  const f = {
    ...NO_FIGURES,
    texts: { lay: 0, professional: 0 },
    longest: { words: 0, where: '' },
    over: { warn: 0, error: 0 },
  };
  let totalWords = 0;
  for (const t of flowTexts(flow, loaded.paths)) {
    const forLay = lay.has(`${t.owner.kind}:${t.owner.id}`);
    f.texts[forLay ? 'lay' : 'professional']++;
    for (const lang of LANGUAGES) {
      const say: Say = (message, severity) =>
        problems.push({ file: t.file, ...loaded.locate(t.file, [...t.path, lang]), message, severity });
      const text = { value: t.text[lang], lang, forLay, where: `${t.owner.kind} ${t.owner.id} (${lang})` };
      totalWords += checkSentences(text, rules, f, say);
      checkJargon(text, rules, f, say);
      checkAbbreviations(text, rules, f, say);
    }
  }
  f.meanWords = f.sentences ? Math.round((totalWords / f.sentences) * 10) / 10 : 0;
  problems.sort(byPosition);
  return { problems, figures: f };
}

/** Records a problem in the text being checked. */
type Say = (message: string, severity: Problem['severity']) => void;
/** One language of one text, whether a resident or relative can meet it, and where it is for the figures. */
interface Text {
  value: string;
  lang: Language;
  forLay: boolean;
  where: string;
}

/** Which questions, results, contacts and resources a resident or relative can meet, as "kind:id". */
function layOwners(flow: Flow, rules: LanguageFile): Set<string> {
  const lay = new Set<string>();
  for (const p of allPaths(flow)) {
    if (!p.answers.some(([, o]) => rules.layRoles.includes(o))) continue;
    for (const [q] of p.answers) lay.add(`question:${q}`);
    const r = flow.results[p.result]!;
    lay.add(`result:${r.id}`);
    for (const c of [r.primary, ...r.others, ...r.localSteps]) lay.add(`contact:${c}`);
    for (const x of r.resources) lay.add(`resource:${x}`);
  }
  return lay;
}

/** Counts the text's sentences and their length into the figures; returns the number of words. */
function checkSentences(t: Text, rules: LanguageFile, f: LanguageFigures, say: Say): number {
  let totalWords = 0;
  for (const s of sentences(t.value)) {
    const n = words(s);
    f.sentences++;
    totalWords += n;
    if (n > f.longest.words) f.longest = { words: n, where: t.where };
    if (n >= rules.limits.errorWords) f.over.error++;
    else if (n >= rules.limits.warnWords) f.over.warn++;
    // Only Dutch is held to B1 here (the English page is a translation of it); English gets warnings.
    if (n >= rules.limits.errorWords && t.forLay && t.lang === 'nl')
      say(
        `a sentence of ${n} words on a page for residents and families ` +
          `(at most ${rules.limits.errorWords - 1}): "${s.slice(0, 60)}…"`,
        'error',
      );
    else if (n >= rules.limits.warnWords && t.forLay)
      say(`a sentence of ${n} words (aim for under ${rules.limits.warnWords}): "${s.slice(0, 60)}…"`, 'warning');
  }
  return totalWords;
}

function checkJargon(t: Text, rules: LanguageFile, f: LanguageFigures, say: Say): void {
  for (const j of rules.jargon.filter((x) => x.lang === t.lang)) {
    if (!new RegExp(`(^|[^\\p{L}])${escape(j.term)}`, 'iu').test(t.value)) continue;
    if (t.value.toLowerCase().includes(j.plain.toLowerCase())) continue; // explained in the same text
    f.jargon++;
    if (t.forLay) say(`"${j.term}" is jargon on a page for residents and families: write "${j.plain}"`, 'error');
  }
}

function checkAbbreviations(t: Text, rules: LanguageFile, f: LanguageFigures, say: Say): void {
  for (const a of rules.abbreviations) {
    const at = t.value.search(new RegExp(`(^|[^\\p{L}])${escape(a.short)}(?![\\p{L}])`, 'u'));
    if (at < 0) continue;
    const full = t.value.toLowerCase().indexOf(a.full[t.lang].toLowerCase());
    if (full >= 0 && full <= at + 1) continue; // written out before (or right at) its first use
    f.abbreviations++;
    say(
      `"${a.short}" is not written out on first use: write "${a.full[t.lang]} (${a.short})"`,
      t.forLay ? 'error' : 'warning',
    );
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
