// The hand-written tables under tests/ (routing.csv, search-cases.csv, search-alarm-cases.csv) as the
// evaluation, the tests and `npm run search` read them: one reader on csv-parse (RFC 4180: a field in double
// quotes may hold commas, line breaks and "" for a quote), never split on commas by hand. Node only.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Info } from 'csv-parse';

/** One row of a table: its cells by column name, and the line it ends on (for messages: file:line). */
export type CsvRow<Column extends string> = Record<Column, string> & { line: number };

/**
 * The rows of a CSV file whose first line names exactly `columns`, in that order. Throws, naming the file and
 * line, on another header or a row with a different number of fields. Empty lines are skipped.
 */
export function readCsv<Column extends string>(file: string, columns: readonly Column[]): CsvRow<Column>[] {
  const name = relative(process.cwd(), file);
  const rows = parse(readFileSync(file, 'utf8'), {
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as unknown as {
    record: string[];
    info: Info;
  }[];
  const [header, ...body] = rows;
  if (header?.record.join(',') !== columns.join(','))
    throw new Error(`${name}:1: expected the header ${columns.join(',')}`);
  return body.map(({ record, info }) => {
    if (record.length !== columns.length)
      throw new Error(`${name}:${info.lines}: expected ${columns.length} fields, found ${record.length}`);
    const row = { line: info.lines } as CsvRow<Column>;
    columns.forEach((column, i) => Object.assign(row, { [column]: record[i] }));
    return row;
  });
}
