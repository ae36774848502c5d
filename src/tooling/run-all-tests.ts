/**
 * `npm test`: everything CI checks, in order: types, lint and format; the data build; unit tests;
 * the production build; end-to-end tests in Chromium. Ends with one line "Tests: N passed, N failed"
 * counting unit and end-to-end tests together.
 *
 * Before any of it, the browser: on a machine without one the run stops within seconds, in one line
 * saying what to install, rather than after the data build with an error per end-to-end test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './find-chromium.ts';

try {
  console.log(`── browser: ${ensureChromium()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const steps: { name: string; command: string[] }[] = [
  { name: 'check', command: ['npm', 'run', 'check'] },
  { name: 'data', command: ['npm', 'run', 'data'] },
  {
    name: 'unit',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=test-results/unit.json',
    ],
  },
  { name: 'build', command: ['npx', 'vite', 'build'] },
  { name: 'e2e', command: ['npx', 'playwright', 'test'] },
];

rmSync('test-results', { recursive: true, force: true });
const failedSteps: string[] = [];
for (const step of steps) {
  console.log(`\n── ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit' });
  console.log(
    `── ${step.name}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (status !== 0) {
    failedSteps.push(step.name);
    // Later steps depend on earlier ones (tests need the data, e2e needs the build).
    if (step.name !== 'unit') break;
  }
}

const unit = readJson<{ numPassedTests: number; numFailedTests: number }>('test-results/unit.json');
const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
  'test-results/e2e.json',
);
const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
console.log(
  `\nUnit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'not run'}`,
);
console.log(
  `End-to-end: ${e2e ? `${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed` : 'not run'}`,
);
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}
