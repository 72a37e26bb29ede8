// The shape of the YAML in flows/, as zod schemas. Everything here is about one file at a time; rules that
// span files or need the graph (references, reachability, cycles, dominators) live in validate.ts.
import { z } from 'zod';
import { LANGUAGES, type Language } from './languages.ts';
import { WEEKDAYS } from '../content/weekdays.ts';

const languageNames: Record<string, string> = { nl: 'Dutch', en: 'English' };

/** A text in every language, side by side: `{ nl: …, en: … }`. */
export const LocalizedText = z.strictObject(
  Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      z
        .string({ error: `the ${languageNames[lang] ?? lang} (${lang}) text is missing` })
        .trim()
        .min(1, `the ${languageNames[lang] ?? lang} (${lang}) text is empty`),
    ]),
  ) as Record<Language, z.ZodString>,
  { error: 'expected a text in every language, like { nl: "…", en: "…" }' },
);
export type LocalizedText = Record<Language, string>;

/** Ids become URL segments and i18n keys: lowercase words joined by hyphens. */
export const Id = z
  .string({ error: 'expected an id' })
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'an id is lowercase letters and digits joined by single hyphens, like "wil-uitstappen"',
  )
  .max(60, 'an id is at most 60 characters (it becomes part of a link)');

/** A date as the source prints it: a year, a month or a day; or "undated" when the source gives none. */
const SourceDate = z
  .string({ error: 'expected a date like 2023-03-28, 2023-03, 2023 or "undated"' })
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/, 'expected a date like 2023-03-28, 2023-03, 2023 or "undated"');
const CheckedDate = z
  .string({ error: 'expected the date we checked it, like 2026-11-23' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the date we checked it, like 2026-11-23');

/** Where a contact fact comes from: a URL or a seed file, the date that source gives, and when we checked. */
const Provenance = {
  source: z
    .string({ error: 'a contact fact needs a source (a URL or seed:<file>)' })
    .regex(/^(https?:\/\/\S+|seed:\S+)$/, 'a source is a URL (https://…) or a seed file (seed:000_….txt)'),
  sourceDate: SourceDate,
  checked: CheckedDate,
};

/**
 * The passages a text rests on: each a short passage of its source, word for word — a seed text
 * (seed:<file>), an item of the content brief (S38) or a URL. `flows check` finds each passage in its source
 * (src/flow/basis.ts); `flows claims` prints them beside the sentences for an editor to judge.
 */
export const Basis = z
  .array(
    z.strictObject({
      source: z
        .string({ error: 'a passage needs a source: seed:<file>, an S-item of the content brief (S38) or a URL' })
        .regex(
          /^(https?:\/\/\S+|seed:\S+\.txt|S\d+)$/,
          'a source is seed:<file>.txt, an S-item of the content brief (like S38) or a URL (https://…)',
        ),
      quote: z
        .string({ error: "a passage needs its quote: the source's words, word for word" })
        .trim()
        .min(8, 'quote a passage of at least a few words'),
    }),
    { error: 'basis is a list of { source, quote }' },
  )
  .min(1, 'a basis lists at least one passage');
export type Basis = z.infer<typeof Basis>;

// ----- conditions -----
export type Condition =
  | { answer: string; is: string }
  | { answer: string; oneOf: string[] }
  | { allOf: Condition[] }
  | { anyOf: Condition[] }
  | { not: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ answer: Id, is: Id }),
      z.strictObject({ answer: Id, oneOf: z.array(Id).min(1) }),
      z.strictObject({ allOf: z.array(Condition).min(1) }),
      z.strictObject({ anyOf: z.array(Condition).min(1) }),
      z.strictObject({ not: Condition }),
    ],
    {
      error:
        'a condition is one of: { answer: <question>, is: <option> }, ' +
        '{ answer: <question>, oneOf: [<option>, …] }, { allOf: [ … ] }, { anyOf: [ … ] } or { not: … }',
    },
  ),
);

// ----- the flow: questions and results -----
export const Option = z.strictObject({
  id: Id,
  label: LocalizedText,
  hint: LocalizedText.optional(),
  /** Shorthand for a first rule "when this option was chosen, go to …". */
  to: Id.optional(),
});

export const Rule = z.strictObject({
  when: Condition,
  to: Id,
});

export const Question = z.strictObject({
  id: Id,
  text: LocalizedText,
  hint: LocalizedText.optional(),
  why: LocalizedText.optional(),
  options: z.array(Option).min(2, 'a question needs at least two options'),
  next: z.array(Rule).optional(),
  otherwise: Id.optional(),
});

/**
 * Words people may use for a result, per language, for the "describe it in your own words" search: everyday
 * words, older names, common misspellings. Not shown to anyone, so the text checks (facts by reference, one
 * spelling per organisation) do not apply; both languages are required so neither search is poorer, and a word
 * listed twice in one language is a slip an editor wants to hear about.
 */
export const SearchWords = z.strictObject(
  Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      z
        .array(z.string().trim().min(2, 'a search word has at least two letters'), {
          error: `the ${languageNames[lang] ?? lang} (${lang}) search words are missing`,
        })
        .min(1, `give at least one ${languageNames[lang] ?? lang} (${lang}) search word`)
        .superRefine((words, ctx) => {
          const seen = new Set<string>();
          words.forEach((w, i) => {
            const key = w.trim().toLowerCase();
            if (seen.has(key))
              ctx.addIssue({ code: 'custom', path: [i], message: `the search word "${w}" is listed twice` });
            seen.add(key);
          });
        }),
    ]),
  ) as Record<Language, z.ZodArray<z.ZodString>>,
  { error: 'expected search words in every language, like { nl: [ … ], en: [ … ] }' },
);
export type SearchWords = Record<Language, string[]>;

export const Result = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText.optional(),
  primary: Id.optional(),
  others: z.array(Id).max(2, 'a result names at most two other contacts').optional(),
  resources: z.array(Id).max(3, 'a result names at most three resources').optional(),
  why: LocalizedText,
  /** The passages its title, summary and why rest on. */
  basis: Basis.optional(),
  /** Directory theme this result is about, for the "more on this theme" link. */
  theme: Id.optional(),
  urgent: z.boolean().optional(),
  /**
   * What the person needs from the primary contact: someone to talk to (a phone number or e-mail address),
   * a place to report (also a contact or report page), or knowledge (the website where it is). The validator
   * holds the primary contact to it.
   */
  needs: z.enum(['talk', 'report', 'knowledge'], { error: 'needs is one of: talk, report, knowledge' }),
  /**
   * Local steps beside the national contact: local-chain contacts (the municipality's own contact point, the
   * Zorg- en Veiligheidshuis) that have no channel we can publish, so they are never the primary contact.
   */
  localSteps: z.array(Id).max(2, 'a result names at most two local steps').optional(),
  /**
   * A second line to call, for some of the people on this page only, with its own call button right after the
   * primary's: `{ contact: ngb, for: { nl: "(loco-)burgemeester", en: "(deputy) mayor" } }` on the 112 page.
   */
  alsoCall: z.strictObject({ contact: Id, for: LocalizedText }).optional(),
  /**
   * Which of the primary's channels the card leads with, where it is not the first of phone, e-mail, website:
   * a municipality's knowledge or policy page leads with the website of a line that is for residents.
   */
  lead: z.enum(['phone', 'email', 'website'], { error: 'lead is one of: phone, email, website' }).optional(),
  /** Words for the "describe it in your own words" search (optional). */
  search: SearchWords.optional(),
});

/**
 * Words that make the describe-it search put help before any suggestion: `danger` shows the 112 and police
 * lines, `today` points to the urgent questions. A word or phrase matches whole words only ("mes" is not
 * "mest"), so list the forms people type; keep words out that ordinary sentences use ("nu", "now").
 */
export const SearchAlarms = z.strictObject({
  danger: SearchWords,
  today: SearchWords,
});
export type SearchAlarms = z.infer<typeof SearchAlarms>;

export const FlowFile = z.strictObject({
  $schema: z.string().optional(),
  start: Id,
  /** The describe-it search's alarm words (optional). */
  searchAlarms: SearchAlarms.optional(),
  questions: z.array(Question).min(1),
  results: z.array(Result).min(1),
});

// ----- contacts -----
const Weekday = z.enum(WEEKDAYS);
const Time = z
  .string()
  .regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'expected a time like 09:00 (24:00 for midnight at the end of the day)');

export const Hours = z.strictObject({
  open: z.array(z.strictObject({ days: z.array(Weekday).min(1), from: Time, to: Time })).min(1),
  /** Offices close on Dutch public holidays unless this says otherwise. */
  publicHolidays: z.enum(['closed', 'open']).default('closed'),
  note: LocalizedText.optional(),
  ...Provenance,
});

export const Contact = z.strictObject({
  id: Id,
  name: LocalizedText,
  short: z.string().optional(),
  aliases: z.array(z.string().min(1)).optional(),
  description: LocalizedText,
  /** The passages its description (and its other texts) rest on. */
  basis: Basis.optional(),
  website: z.strictObject({ url: z.url(), dutchOnly: z.boolean().optional() }).optional(),
  phone: z
    .strictObject({
      number: z.string().regex(/^[0-9 +-]+$/, 'write a phone number with digits, spaces and hyphens only'),
      note: LocalizedText.optional(),
      ...Provenance,
    })
    .optional(),
  email: z.strictObject({ address: z.email(), ...Provenance }).optional(),
  hours: Hours.optional(),
  /**
   * The line to turn to when this one is closed (it has hours) or may not answer (it publishes none and is the
   * advised contact of an urgent result). Pages name the end of the chain: see src/flow/fallback.ts.
   */
  whenClosed: Id.optional(),
  /**
   * For an organisation without a channel of its own: the contact it is reached through. Pages show that
   * contact's card and mention this one in its text; the directory says "via …".
   */
  via: Id.optional(),
  /** What to do when this line publishes no number or is closed, in words. */
  instead: LocalizedText.optional(),
  /**
   * For a line whose sources give no opening times (only "office hours" or "working days"): what they do
   * say. Such a line is never computed open or closed; the card shows this and the 24/7 fallback.
   */
  hoursNotPublished: LocalizedText.optional(),
  /**
   * A local-chain contact: every municipality or region has its own, and no national channel exists. It has
   * no phone, e-mail or website here and appears only as a result's local step.
   */
  local: z.boolean().optional(),
  /**
   * Other spellings of this organisation's name that texts must not use (the directory search still finds
   * them). The validator reports any of them in a flow text.
   */
  variants: z.array(z.string().min(2)).optional(),
  audience: z.array(Id).min(1),
  themes: z.array(Id).min(1),
  source: z.string().min(1),
});

export const ContactsFile = z.strictObject({
  $schema: z.string().optional(),
  contacts: z.array(Contact).min(1),
});

// ----- resources -----
export const Resource = z.strictObject({
  id: Id,
  title: LocalizedText,
  type: z.enum(['publication', 'tool', 'training', 'platform']),
  description: LocalizedText,
  /** The passages its description rests on. */
  basis: Basis.optional(),
  publisher: Id.optional(),
  audience: z.array(Id).min(1),
  themes: z.array(Id).min(1),
  url: z.url().optional(),
  dutchOnly: z.boolean().optional(),
  /**
   * Where no source gives the resource's own URL: the contact (with a website) through which it is found.
   * A resource has `url` or `availableFrom`, never neither: the choice is explicit in the data.
   */
  availableFrom: Id.optional(),
  source: z.string().min(1),
});

export const ResourcesFile = z.strictObject({
  $schema: z.string().optional(),
  resources: z.array(Resource).min(1),
});

// ----- taxonomy: the audiences and themes the directory filters on -----
const Term = z.strictObject({ id: Id, label: LocalizedText });
// A source text (a government text the project keeps a copy of): contacts and resources cite it as
// seed:<file>, and the site shows its heading or title, never the file name.
const SourceText = z.strictObject({
  id: z.string().regex(/^[\w-]+\.txt$/, 'a source text is named by its file name (000_….txt)'),
  /** A plain description of the text, shown without quotation marks where it has no heading of its own. */
  title: LocalizedText,
  /**
   * The text's own heading, where it has one: Dutch word for word (shown in quotation marks), English our
   * translation (shown as such). Shown instead of the title.
   */
  heading: LocalizedText.optional(),
});
export const TaxonomyFile = z.strictObject({
  $schema: z.string().optional(),
  audiences: z.array(Term).min(1),
  themes: z.array(Term).min(1),
  sourceTexts: z.array(SourceText).optional(),
});

export type FlowFile = z.infer<typeof FlowFile>;
export type Question = z.infer<typeof Question>;
export type Option = z.infer<typeof Option>;
export type Rule = z.infer<typeof Rule>;
export type Result = z.infer<typeof Result>;
export type Contact = z.infer<typeof Contact>;
export type Hours = z.infer<typeof Hours>;
export type Resource = z.infer<typeof Resource>;
export type TaxonomyFile = z.infer<typeof TaxonomyFile>;

/** The files a flow directory holds, each with its schema. */
export const FLOW_FILES = {
  'triage.yaml': FlowFile,
  'contacts.yaml': ContactsFile,
  'resources.yaml': ResourcesFile,
  'taxonomy.yaml': TaxonomyFile,
} as const;
export type FlowFileName = keyof typeof FLOW_FILES;
