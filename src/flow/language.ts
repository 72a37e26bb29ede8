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
import { flowTexts, type FlowText } from './text-walk.ts';

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

  // Which questions, results, contacts and resources a resident or relative can meet.
  const lay = new Set<string>();
  for (const p of allPaths(flow)) {
    if (!p.answers.some(([, o]) => rules.layRoles.includes(o))) continue;
    for (const [q] of p.answers) lay.add(`question:${q}`);
    const r = flow.results[p.result]!;
    lay.add(`result:${r.id}`);
    for (const c of [r.primary, ...r.others, ...r.localSteps]) lay.add(`contact:${c}`);
    for (const x of r.resources) lay.add(`resource:${x}`);
  }
  const isLay = (t: FlowText) => lay.has(`${t.owner.kind}:${t.owner.id}`);

  const f = {
    ...NO_FIGURES,
    texts: { lay: 0, professional: 0 },
    longest: { words: 0, where: '' },
    over: { warn: 0, error: 0 },
  };
  let totalWords = 0;
  const report = (t: FlowText, lang: string, message: string, severity: Problem['severity']) =>
    problems.push({ file: t.file, ...loaded.locate(t.file, [...t.path, lang]), message, severity });
  for (const t of flowTexts(flow, loaded.paths)) {
    const forLay = isLay(t);
    f.texts[forLay ? 'lay' : 'professional']++;
    for (const lang of LANGUAGES) {
      const value = t.text[lang];
      for (const s of sentences(value)) {
        const n = words(s);
        f.sentences++;
        totalWords += n;
        if (n > f.longest.words) f.longest = { words: n, where: `${t.owner.kind} ${t.owner.id} (${lang})` };
        if (n >= rules.limits.errorWords) f.over.error++;
        else if (n >= rules.limits.warnWords) f.over.warn++;
        // Only Dutch is held to B1 here (the English page is a translation of it); English gets warnings.
        if (n >= rules.limits.errorWords && forLay && lang === 'nl')
          report(
            t,
            lang,
            `a sentence of ${n} words on a page for residents and families ` +
              `(at most ${rules.limits.errorWords - 1}): "${s.slice(0, 60)}…"`,
            'error',
          );
        else if (n >= rules.limits.warnWords && forLay)
          report(
            t,
            lang,
            `a sentence of ${n} words (aim for under ${rules.limits.warnWords}): "${s.slice(0, 60)}…"`,
            'warning',
          );
      }
      for (const j of rules.jargon.filter((x) => x.lang === lang)) {
        if (!new RegExp(`(^|[^\\p{L}])${escape(j.term)}`, 'iu').test(value)) continue;
        if (value.toLowerCase().includes(j.plain.toLowerCase())) continue; // explained in the same text
        f.jargon++;
        if (forLay)
          report(t, lang, `"${j.term}" is jargon on a page for residents and families: write "${j.plain}"`, 'error');
      }
      for (const a of rules.abbreviations) {
        const at = value.search(new RegExp(`(^|[^\\p{L}])${escape(a.short)}(?![\\p{L}])`, 'u'));
        if (at < 0) continue;
        const full = value.toLowerCase().indexOf(a.full[lang].toLowerCase());
        if (full >= 0 && full <= at + 1) continue; // written out before (or right at) its first use
        f.abbreviations++;
        report(
          t,
          lang,
          `"${a.short}" is not written out on first use: write "${a.full[lang]} (${a.short})"`,
          forLay ? 'error' : 'warning',
        );
      }
    }
  }
  f.meanWords = f.sentences ? Math.round((totalWords / f.sentences) * 10) / 10 : 0;
  problems.sort(byPosition);
  return { problems, figures: f };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
