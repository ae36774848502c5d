/**
 * `npm test`: everything CI checks, in order: types, lint and format beside the data build (they
 * need nothing from each other: the suite's time is the sum of its steps); unit tests; the
 * production build; end-to-end tests in Chromium. Ends with one line "Tests: N passed, N failed"
 * counting unit and end-to-end tests together.
 *
 * Before any of it, the browser: on a machine without one the run stops within seconds, in one line
 * saying what to install, rather than after the data build with an error per end-to-end test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './find-chromium.ts';

try {
  console.log(`── browser: ${ensureChromium()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/** Run beside the steps after it, its output printed once it ends, so the logs do not interleave. */
const besideData = { name: 'check', command: ['npm', 'run', 'check'] };
const steps: { name: string; command: string[] }[] = [
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
const check = runBuffered(besideData.command);
for (const step of steps) {
  console.log(`\n── ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit' });
  report(step.name, status, started);
  const checkPassed = step.name === 'data' ? await checked() : true;
  if (status !== 0) failedSteps.push(step.name);
  // Later steps depend on earlier ones (tests need the data, e2e needs the build); a failed check
  // ends the run as it did when it came first.
  if (!checkPassed || (status !== 0 && step.name !== 'unit')) break;
}

/** The check's output and verdict, once it has ended; false if it failed. */
async function checked(): Promise<boolean> {
  const { status, output, started } = await check;
  console.log(`\n── ${besideData.name} (beside data): ${besideData.command.join(' ')}\n${output}`);
  report(besideData.name, status, started);
  if (status !== 0) failedSteps.push(besideData.name);
  return status === 0;
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

function report(name: string, status: number | null, started: number): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`── ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
}

/** A command run in the background, its output (both streams, in order) kept for later. */
function runBuffered(command: string[]) {
  const started = Date.now();
  const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise<{ status: number | null; output: string; started: number }>((resolve) =>
    child.on('close', (status) => resolve({ status, output, started })),
  );
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}
