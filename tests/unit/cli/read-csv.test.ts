// The one reader of the hand-written CSV tables (src/cli/read-csv.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/cli/read-csv';

const dir = mkdtempSync(join(tmpdir(), 'read-csv-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, each row with the line it ends on', () => {
    const path = file(
      'quoted.csv',
      'lang,description,alarm\nnl,"een mes, een pistool",danger\n\nen,"he said ""now""\nand left",today\nnl,,none\n',
    );
    expect(readCsv(path, ['lang', 'description', 'alarm'])).toEqual([
      { line: 2, lang: 'nl', description: 'een mes, een pistool', alarm: 'danger' },
      { line: 5, lang: 'en', description: 'he said "now"\nand left', alarm: 'today' },
      { line: 6, lang: 'nl', description: '', alarm: 'none' },
    ]);
  });

  it('refuses another header, naming the file', () => {
    expect(() => readCsv(file('header.csv', 'lang,text\nnl,x\n'), ['lang', 'description'])).toThrow(
      /header\.csv:1: expected the header lang,description/,
    );
  });

  it('refuses a row with too few or too many fields, naming its line', () => {
    expect(() => readCsv(file('short.csv', 'a,b\n1,2\n3\n'), ['a', 'b'])).toThrow(
      /short\.csv:3: expected 2 fields, found 1/,
    );
    expect(() => readCsv(file('long.csv', 'a,b\n1,2,3\n'), ['a', 'b'])).toThrow(
      /long\.csv:2: expected 2 fields, found 3/,
    );
  });
});
