// The texts of a flow: facts by reference ({phone:lse}), never written out, and names spelled one way.
import type { Loaded, YamlPath } from './load.ts';
import { factRefs, hoursInWordsWritten, literalFacts } from './fact-refs.ts';
import { LANGUAGES, type Language } from './languages.ts';
import type { Flow } from './model.ts';
import type { Problem } from './problems.ts';
import type { Contact } from './schema.ts';
import { flowTexts } from './text-walk.ts';
import type { At } from './validate-refs.ts';

/** Opening hours in words (issue 24): an error, so a text never restates what contacts.yaml holds. */
const HOURS_IN_WORDS_SEVERITY: Problem['severity'] = 'error';

interface VariantPattern {
  contact: Contact;
  variant: string;
  re: RegExp;
}

export function checkTexts(flow: Flow, paths: Loaded['paths'], at: At): void {
  const variantPatterns = variantPatternsOf(flow);
  for (const { file, path, text } of flowTexts(flow, paths)) {
    for (const lang of LANGUAGES) {
      const say: Say = (message, severity) => at(file, [...path, lang], message, severity);
      checkText(flow, variantPatterns, { value: text[lang], lang, path }, say);
    }
  }
}

// Compiled once: these run over every text of the flow (10 000-node flows have some 100 000).
function variantPatternsOf(flow: Flow): VariantPattern[] {
  const variants = Object.values(flow.contacts).flatMap((c) =>
    (c.variants ?? []).map((v) => ({ contact: c, variant: v })),
  );
  return variants.map(({ contact, variant }) => ({
    contact,
    variant,
    re: new RegExp(`(^|[^\\p{L}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu'),
  }));
}

/** Records a problem in the text being checked. */
type Say = (message: string, severity?: Problem['severity']) => void;

/** One language of one text, found at `path`. */
function checkText(
  flow: Flow,
  variantPatterns: VariantPattern[],
  { value, lang, path }: { value: string; lang: Language; path: YamlPath },
  say: Say,
): void {
  // A literal fact has a digit or an @, a reference a brace: most texts have neither and skip the patterns.
  if (/[\d@]/.test(value)) {
    for (const { what, found } of literalFacts(value)) {
      say(
        `"${found}" is ${what} written out: refer to the contact's fact instead, ` +
          `like {phone:lse}, {email:lse} or {hours:lse}, so it is written once, with its source`,
      );
    }
  }
  if (path.at(-1) !== 'hoursNotPublished')
    for (const found of hoursInWordsWritten(value))
      say(
        `"${found}" is opening hours in words: refer to the contact's hours ({hours:<contact>}) ` +
          `or leave them to its card, so they follow contacts.yaml`,
        HOURS_IN_WORDS_SEVERITY,
      );
  if (value.includes('{')) {
    for (const ref of factRefs(value)) {
      const c = flow.contacts[ref.contact];
      if (!c) say(`{${ref.kind}:${ref.contact}}: there is no contact "${ref.contact}"`);
      else if (!c[ref.kind]) say(`{${ref.kind}:${ref.contact}}: contact "${ref.contact}" has no ${ref.kind}`);
    }
  }
  for (const { contact, variant, re } of variantPatterns) {
    if (re.test(value))
      say(
        `"${variant}" is another spelling of ${contact.name[lang]}: ` +
          `write "${contact.short ?? contact.name[lang]}" or its full name`,
      );
  }
}
