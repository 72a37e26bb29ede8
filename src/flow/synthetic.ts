// Synthetic flows of any size, for the benchmark and the property-based tests. A tree of questions (each
// option opens a new question until the budget is spent, then ends at a result) with conditions on the
// parent's answer and shared results, written out as YAML so the whole pipeline is exercised.
import { stringify } from 'yaml';
import type { Sources } from './load.ts';

export interface SyntheticOptions {
  /** number of questions */
  questions: number;
  /** options per question (at least 2) */
  options?: number;
  /** seeds the choices, so a run can be repeated */
  seed?: number;
}

const text = (s: string) => ({ nl: s, en: s });

/** xorshift32: deterministic, good enough to vary shapes. */
function xorshift32(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

export function synthesize({ questions, options = 3, seed = 1 }: SyntheticOptions): Sources {
  const random = xorshift32(seed);
  const qs: Record<string, unknown>[] = [];
  const results: Record<string, unknown>[] = [];
  const shared = ['r-shared-a', 'r-shared-b'];
  let made = 1;
  const queue: { id: string; parent?: { q: string; o: string } }[] = [{ id: 'q0' }];
  while (queue.length > 0) {
    const { id, parent } = queue.shift()!;
    const opts: Record<string, unknown>[] = [];
    for (let i = 0; i < options; i++) {
      const oid = `${id}-o${i}`;
      const opt: Record<string, unknown> = { id: oid, label: text(`Option ${oid}`) };
      // The last option has no `to`: it falls through to the rules below.
      if (i === options - 1) {
        // no target of its own
      } else if (made < questions && random() < 0.8) {
        const child = `q${made++}`;
        opt.to = child;
        queue.push({ id: child, parent: { q: id, o: oid } });
      } else if (random() < 0.3) {
        opt.to = shared[Math.floor(random() * shared.length)];
      } else {
        const rid = `r-${oid}`;
        results.push({
          id: rid,
          title: text(`Result ${rid}`),
          primary: 'c1',
          needs: 'knowledge',
          why: text('because'),
        });
        opt.to = rid;
      }
      opts.push(opt);
    }
    // The fall-through option meets a condition on the parent's answer (always answered before).
    const q: Record<string, unknown> = { id, text: text(`Question ${id}?`), options: opts };
    const notFirst = { not: { answer: id, is: opts[0]!.id } };
    q.next = [{ when: parent ? { allOf: [{ answer: parent.q, is: parent.o }, notFirst] } : notFirst, to: shared[0] }];
    q.otherwise = shared[1];
    qs.push(q);
  }
  for (const id of shared)
    results.push({ id, title: text(`Result ${id}`), primary: 'c1', needs: 'knowledge', why: text('because') });
  return {
    'triage.yaml': stringify({ start: 'q0', questions: qs, results }),
    ...sharedFiles(),
  };
}

/** The files every synthetic flow shares: one contact, one resource and the taxonomy they name. */
function sharedFiles(): Sources {
  const contacts = [
    {
      id: 'c1',
      name: text('Contact'),
      description: text('Helps'),
      audience: ['a'],
      themes: ['t'],
      website: { url: 'https://example.org/' },
      source: 'seed:synthetic.txt',
    },
  ];
  const resources = [
    {
      id: 'res1',
      title: text('Guide'),
      type: 'publication',
      description: text('A guide'),
      audience: ['a'],
      themes: ['t'],
      url: 'https://example.org/guide',
      source: 'seed:synthetic.txt',
    },
  ];
  return {
    'contacts.yaml': stringify({ contacts }),
    'resources.yaml': stringify({ resources }),
    'taxonomy.yaml': stringify({
      audiences: [{ id: 'a', label: text('A') }],
      themes: [{ id: 't', label: text('T') }],
      sourceTexts: [{ id: 'synthetic.txt', title: text('Source') }],
    }),
  };
}
