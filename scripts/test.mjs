// `npm test`: every check, in order of cost, with the time of each stage printed. Stops at the first
// failing stage. Runs on the Node from the `node` devDependency (npm puts it first on PATH).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureTools } from './ensure-tools.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const stages = [
  ['tools present', () => ensureTools()],
  ['flow check', ['node', bin('tsx'), 'src/cli/flows.ts', 'check']],
  ['lint (oxlint)', [bin('oxlint'), '--deny-warnings', 'src', 'tests', 'scripts']],
  ['types (tsc --noEmit)', [bin('tsc'), '--noEmit']],
  ['unit and component tests (vitest)', ['node', bin('vitest'), 'run']],
  ['build and prerender', ['npm', 'run', '-s', 'build']],
  ['nginx config (real nginx on loopback)', ['node', 'scripts/check-nginx.mjs']],
];
if (existsSync('playwright.config.ts')) stages.push(['browser tests (playwright, chromium)', ['node', bin('playwright'), 'test']]);
if (existsSync('scripts/budgets.mjs')) stages.push(['budgets', ['node', 'scripts/budgets.mjs']]);

const times = [];
const started = Date.now();
for (const [name, step] of stages) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  let ok = true;
  if (typeof step === 'function') step();
  else ok = spawnSync(step[0], step.slice(1), { stdio: 'inherit' }).status === 0;
  const seconds = (Date.now() - t0) / 1000;
  times.push([name, seconds, ok]);
  if (!ok) break;
}
console.log('\nStage times');
for (const [name, s, ok] of times) console.log(`  ${ok ? '✓' : '✗'} ${name.padEnd(40)} ${s.toFixed(1).padStart(7)} s`);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(times.every(([, , ok]) => ok) && times.length === stages.length ? 0 : 1);
