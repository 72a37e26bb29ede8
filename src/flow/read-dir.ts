// Reads a flow directory from disk (Node only: the CLI, the Vite plugin, the tests).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOW_FILES, type FlowFileName } from './schema.ts';
import type { Sources } from './load.ts';

export function readFlowDir(dir: string): Sources {
  const sources: Sources = {};
  for (const file of Object.keys(FLOW_FILES) as FlowFileName[]) {
    const path = join(dir, file);
    if (existsSync(path)) sources[file] = readFileSync(path, 'utf8');
  }
  return sources;
}
