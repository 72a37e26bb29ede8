// `npm run routes-doc`: regenerates docs/routes.md from flows/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { checkFlow } from '../src/flow/validate.ts';
import { readFlowDir } from '../src/flow/read-dir.ts';
import { formatProblem } from '../src/flow/problems.ts';
import { routesMarkdown } from '../src/flow/routes-doc.ts';

const checked = checkFlow(readFlowDir('flows'));
if (!checked.flow) {
  console.error(checked.errors.map(formatProblem).join('\n'));
  process.exit(1);
}
mkdirSync('docs', { recursive: true });
writeFileSync('docs/routes.md', routesMarkdown(checked.flow));
console.log('wrote docs/routes.md');
