// The small valid fixture flow the engine tests start from, read from tests/fixtures/flow-base/.
import { readFlowDir } from '../../../src/flow/read-dir';
import type { Sources } from '../../../src/flow/load';
import type { FlowFileName } from '../../../src/flow/schema';

export const base: Sources = readFlowDir('tests/fixtures/flow-base');

/** The base fixture with one file's text edited: each [from, to] must match exactly once. */
export function edited(file: FlowFileName, ...edits: [from: string, to: string][]): Sources {
  let text = base[file]!;
  for (const [from, to] of edits) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
      throw new Error(`fixture edit: "${from}" must occur exactly once in ${file}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return { ...base, [file]: text };
}
