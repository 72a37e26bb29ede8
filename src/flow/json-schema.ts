// JSON Schemas generated from the zod schemas, so editors (VS Code's YAML extension) complete and check the
// YAML as it is typed. Written to flows/schema/ by `npm run flows -- schema`; a test fails when stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FLOW_FILES, type FlowFileName } from './schema.ts';

export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, schema] of Object.entries(FLOW_FILES) as [FlowFileName, z.ZodType][]) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    out[file.replace(/\.yaml$/, '.schema.json')] = JSON.stringify(json, null, 2) + '\n';
  }
  return out;
}

export function writeJsonSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(jsonSchemas()).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
