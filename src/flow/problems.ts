// A problem found in the flow files, located so an editor can jump to it: file:line:col message.
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col} ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message);
}
