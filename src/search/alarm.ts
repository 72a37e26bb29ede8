// Safety before suggestions: does a description speak of acute danger (show 112 and the police) or of time
// pressure (point to the urgent questions)? The words are data (flows/triage.yaml `searchAlarms`), matched
// as whole words or whole phrases after folding case and accents, so "nu" inside a sentence or "morgen"
// inside "goedemorgen" raise nothing unless an editor lists them.
import { fold } from './terms.ts';

export type Alarm = 'danger' | 'today';
export interface AlarmWords {
  danger: readonly string[];
  today: readonly string[];
}

function mentions(text: string, phrase: string): boolean {
  const words = ` ${fold(text)} `;
  const p = fold(phrase);
  return p !== '' && words.includes(` ${p} `);
}

/** The alarm a description raises, danger first; undefined for an ordinary description. */
export function alarmFor(text: string, words: AlarmWords): Alarm | undefined {
  if (words.danger.some((w) => mentions(text, w))) return 'danger';
  if (words.today.some((w) => mentions(text, w))) return 'today';
  return undefined;
}
