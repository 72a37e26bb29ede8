// Contact facts written once. A flow text never spells out a phone number, e-mail address or opening time:
// it refers to the contact's structured fact — `{phone:lse}`, `{email:omo}`, `{hours:lse}` — and the build
// fills it in, so a changed number in contacts.yaml changes every sentence that names it, and the fact keeps
// the source and date it has on the contact's card.
import type { Language } from './languages.ts';
import type { Contact } from './schema.ts';
import { groupHours } from '../content/weekly-hours.ts';
import { isAlwaysOpen } from './fallback.ts';

export const FACT_REF = /\{(phone|email|hours):([a-z0-9-]+)\}/g;
export type FactKind = 'phone' | 'email' | 'hours';

/** Every reference in a text, in order. */
export function factRefs(text: string): { kind: FactKind; contact: string }[] {
  return [...text.matchAll(FACT_REF)].map((m) => ({ kind: m[1] as FactKind, contact: m[2]! }));
}

// Written out only in references' sentences; the contact card words hours from the locale files.
const DAYS: Record<string, Record<string, string>> = {
  nl: {
    mon: 'maandag',
    tue: 'dinsdag',
    wed: 'woensdag',
    thu: 'donderdag',
    fri: 'vrijdag',
    sat: 'zaterdag',
    sun: 'zondag',
  },
  en: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
};
const WORDS: Record<
  string,
  { always: string; range: (a: string, b: string) => string; time: (f: string, t: string) => string; and: string }
> = {
  nl: {
    always: 'dag en nacht, 7 dagen per week',
    range: (a, b) => `${a} tot en met ${b}`,
    time: (f, t) => `van ${f} tot ${t} uur`,
    and: ' en ',
  },
  en: {
    always: 'day and night, 7 days a week',
    range: (a, b) => `${a} to ${b}`,
    time: (f, t) => `from ${f} to ${t}`,
    and: ' and ',
  },
};

/**
 * A contact's hours in a few words, for a sentence: "maandag tot en met vrijdag van 09:00 tot 17:00 uur".
 * Days are grouped as on the contact card (groupHours): consecutive days with the same times share a line.
 */
export function hoursInWords(hours: NonNullable<Contact['hours']>, lang: Language): string {
  const days = DAYS[lang] ?? DAYS.en!;
  const words = WORDS[lang] ?? WORDS.en!;
  if (isAlwaysOpen(hours)) return words.always;
  return groupHours(hours)
    .map(({ firstDay, lastDay, ranges }) => {
      const dayText = firstDay === lastDay ? days[firstDay]! : words.range(days[firstDay]!, days[lastDay]!);
      return `${dayText} ${ranges.map((r) => words.time(r.from, r.to)).join(words.and)}`;
    })
    .join(', ');
}

/**
 * The text with every reference replaced by the fact; an unknown reference is left as it is (the validator
 * reports it).
 */
export function fillFactRefs(text: string, lang: Language, contacts: Record<string, Contact>): string {
  return text.replace(FACT_REF, (whole, kind: FactKind, id: string) => {
    const c = contacts[id];
    if (kind === 'phone' && c?.phone) return c.phone.number;
    if (kind === 'email' && c?.email) return c.email.address;
    if (kind === 'hours' && c?.hours) return hoursInWords(c.hours, lang);
    return whole;
  });
}

// What a literal fact looks like in running text. A phone number: digit groups adding up to 7 or more digits
// (Dutch numbers have 10, 0900 lines 8); 112 is short on purpose: it is a name as much as a number. An e-mail
// address. A clock time: 09:00, 9.00 uur, "9 tot 17 uur", "until 4 pm".
const LITERALS: { what: string; re: RegExp }[] = [
  { what: 'a phone number', re: /(?<![\d/])(?:\+?\d[\d -]{5,}\d)(?![\d/])/g },
  { what: 'an e-mail address', re: /[\w.+-]+@[\w-]+(\.[\w-]+)+/g },
  {
    what: 'a clock time',
    re: new RegExp(
      [
        String.raw`\b([01]?\d|2[0-4])[:.][0-5]\d\b`, // 09:00, 9.00
        String.raw`\b\d{1,2} (tot|en|-) \d{1,2} uur\b`, // 9 tot 17 uur
        String.raw`\b\d{1,2} ?(am|pm)\b`, // 4 pm
        String.raw`\b\d{1,2} to \d{1,2}\b`, // 9 to 5
        String.raw`\btot \d{1,2} uur\b`, // tot 17 uur
      ].join('|'),
      'gi',
    ),
  },
];

/** Literal facts in a text (references removed first): what each is and the text found. */
export function literalFacts(text: string): { what: string; found: string }[] {
  const plain = text.includes('{') ? text.replace(FACT_REF, '') : text;
  const out: { what: string; found: string }[] = [];
  for (const { what, re } of LITERALS) {
    if (what === 'an e-mail address' && !plain.includes('@')) continue; // the cheap test first: most texts have none
    for (const m of plain.matchAll(re)) {
      if (what === 'a phone number' && m[0].replace(/\D/g, '').length < 7) continue;
      out.push({ what, found: m[0].trim() });
    }
  }
  return out;
}

/**
 * Opening hours in words are facts too (issue 24): "dag en nacht", "op werkdagen", "office hours" in a text
 * would not follow when the hours in contacts.yaml change. A text says {hours:x} instead; only a
 * `hoursNotPublished` text may quote what its source says.
 */
const HOURS_IN_WORDS = new RegExp(
  String.raw`\b(dag en nacht|24 uur per dag|24\/7|(?:op |alle )?werkdagen|kantoortijd(?:en)?|kantooruren|` +
    String.raw`day and night|24 hours a day|(?:on )?working days|(?:on )?weekdays|office hours|business hours)\b`,
  'gi',
);

/** Opening hours written in words in a text (after its {hours:x} references are taken out). */
export function hoursInWordsWritten(text: string): string[] {
  const plain = text.includes('{') ? text.replace(FACT_REF, '') : text;
  return [...plain.matchAll(HOURS_IN_WORDS)].map((m) => m[0]);
}
