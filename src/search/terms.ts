// How a word becomes a search term, the same when the index is built (build time) and when a person types
// (browser): lower case, accents off ("Syrië" = "Syrie"), everyday function words dropped, and a light
// suffix stemmer so that "radicaliseert", "radicalisering" and "radicaliseren" meet, and "threatened",
// "threats" and "threatening" too. A light stemmer rather than Snowball: a few hundred bytes instead of
// kilobytes per language, and fuzzy and prefix matching (rank.ts) cover what it misses.
import type { Language } from '../flow/languages.ts';
import { normalize as fold } from '../content/directory.ts';

const STOP: Record<Language, ReadonlySet<string>> = {
  nl: new Set(
    [
      'de het een en of in op aan van voor met bij naar over uit om te tot als dat die dit deze',
      'is zijn was waren wordt worden word ben bent heeft hebben heb had wil wilt willen',
      'ik mijn me mij je jij jouw u uw we wij ons onze hij zij ze haar hem hun er',
      'niet geen ook nog maar dan wat wie waar hoe zich iets iemand nu al wel zo heel erg veel meer',
      'kan kunnen moet moeten mag zou zouden gaat gaan',
    ]
      .join(' ')
      .split(' '),
  ),
  en: new Set(
    [
      'the a an and or in on at of for with by to from about into',
      'is are was were be been being am has have had do does did',
      'i my me we our us you your he she it its they them their his her',
      'this that these those there what who where how not no so very',
      'can could should would will must may might just also some someone something get got',
    ]
      .join(' ')
      .split(' '),
  ),
};

// Longest first: the first suffix that leaves a stem of at least four letters is taken off.
const SUFFIXES: Record<Language, readonly string[]> = {
  nl: [
    'iseringen',
    'isering',
    'isatie',
    'iseert',
    'iseren',
    'iseerd',
    'eringen',
    'ering',
    'heden',
    'heid',
    'ingen',
    'ing',
    'eert',
    'eren',
    'erd',
    'tje',
    'en',
    'es',
    'e',
    's',
    't',
    'd',
  ],
  en: [
    'isation',
    'isations',
    'ising',
    'ised',
    'ises',
    'ise',
    'ation',
    'ations',
    'ings',
    'ing',
    'ened',
    'ed',
    'ies',
    'es',
    's',
    'ly',
  ],
};

// Lower case, accents off, anything but letters and digits a space (`fold`): the same folding as the
// directory's own text search, so a word matches alike in both.
export { fold };

/** The term a word is indexed and searched as, or null for a word that says nothing on its own. */
export function searchTerm(word: string, lang: Language): string | null {
  let w = fold(word).replace(/\s+/g, '');
  if (w.length < 2 || STOP[lang].has(w)) return null;
  // British and American spellings meet: radicalize = radicalise, polarization = polarisation.
  if (lang === 'en') w = w.replace(/iz(e|ed|es|ing|ation|ations)$/, 'is$1');
  for (const s of SUFFIXES[lang]) {
    if (w.endsWith(s) && w.length - s.length >= 4) return w.slice(0, -s.length);
  }
  return w;
}
