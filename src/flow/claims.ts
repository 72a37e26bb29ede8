// The review sheet (`npm run flows -- claims`): per result, contact and resource, each sentence of its texts
// beside the passages of its basis, in every language — what an editor reads to judge whether a text says no
// more than its source. The checker (basis.ts) proves each passage is in its source; only a person can judge
// whether the sentences say no more than the passages.
import { sentences } from '../content/sentences.ts';
import { basisOwners } from './basis.ts';
import { LANGUAGES } from './languages.ts';
import type { Loaded } from './load.ts';
import type { Flow } from './model.ts';
import { flowTexts } from './text-walk.ts';

export interface ClaimOwner {
  kind: 'result' | 'contact' | 'resource';
  id: string;
  /** The texts a person reads, by field, per language. */
  texts: { field: string; text: Record<string, string> }[];
  basis: { source: string; quote: string }[];
}

/** Everything the sheet shows, in the order of the files. */
export function claimOwners(flow: Flow, paths: Loaded['paths']): ClaimOwner[] {
  const texts = [...flowTexts(flow, paths)];
  return [...basisOwners(flow, paths)].map((o) => ({
    kind: o.kind,
    id: o.id,
    texts: texts
      .filter((t) => t.owner.kind === o.kind && t.owner.id === o.id)
      .map((t) => ({ field: t.path.slice(2).join('.'), text: t.text })),
    basis: o.basis ?? [],
  }));
}

/** A key that changes when anything the sheet shows for an owner changes (for `claims --changed`). */
export const ownerKey = (o: ClaimOwner) => JSON.stringify([o.texts, o.basis]);

/** The sheet as Markdown. */
export function claimsSheet(owners: ClaimOwner[]): string {
  const out: string[] = [
    '# Claims and their basis',
    '',
    'Each text, sentence by sentence, beside the passages it rests on. Judge: does each sentence say no more',
    'than a passage below? A passage is checked word for word against its source by `npm run flows -- check`.',
    '',
  ];
  for (const o of owners) {
    out.push(`## ${o.kind} \`${o.id}\``, '');
    for (const lang of LANGUAGES) {
      out.push(`**${lang}**`, '');
      for (const t of o.texts) for (const s of sentences(t.text[lang] ?? '')) out.push(`- ${t.field}: ${s}`);
      out.push('');
    }
    out.push('**basis**', '');
    if (o.basis.length === 0) out.push('- (none: this text rests on no passage yet)');
    for (const b of o.basis) out.push(`- ${b.source}: “${b.quote}”`);
    out.push('');
  }
  return out.join('\n');
}
