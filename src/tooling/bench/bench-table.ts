import type { measureBundle } from './bundle-contents.ts';
import type { DataPipelineTimes } from './data-pipeline.ts';
import type { measureFirstReady } from './first-ready.ts';
import { LAYOUT_SHIFT_BUDGET, type measureLayoutShift } from './layout-shift.ts';
import type { measureStateChanges } from './state-changes.ts';
import type { measureStream, NetworkCost } from './stream.ts';
import type { Summary } from './summary.ts';

/** What `npm run bench` writes to test-results/bench.json: each measurement's part, if it ran. */
export type BenchResults = { measured: string; runs: number } & Partial<
  Awaited<ReturnType<typeof measureFirstReady>>
> &
  Partial<Awaited<ReturnType<typeof measureStateChanges>>> &
  Partial<Awaited<ReturnType<typeof measureBundle>>> &
  Partial<Awaited<ReturnType<typeof measureStream>>> & {
    cumulativeLayoutShift?: Awaited<ReturnType<typeof measureLayoutShift>>;
    dataPipeline: DataPipelineTimes | null;
  };

/** A row of the printed table: the figure, as measured, and the budget it meets or not. */
type Row = [figure: string, measured: string, budget: string];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const spread = (s: Summary) => `${s.median} (${s.p10}–${s.p90})`;
const verdict = (met: boolean, budget: string) => `${budget}: ${met ? 'met' : 'NOT met'}`;
/** A ratio of medians with the interval other loads of the same builds could give it. */
const ratio = (r: { ratio: number; ratioInterval90: [number, number] }) =>
  `${r.ratio}× (90%: ${r.ratioInterval90[0]}–${r.ratioInterval90[1]}×)`;

/** The table `npm run bench` prints, against the budgets (issues 6 and 18). */
export function benchTable(
  results: BenchResults,
): { figure: string; measured: string; budget: string }[] {
  const rows: Row[] = [
    ...firstReadyRows(results),
    ...(results.embedJsGzipBytes === undefined
      ? []
      : [
          [
            'embed.js (host pages)',
            kb(results.embedJsGzipBytes),
            verdict(results.embedJsGzipBytes < 3 * 1024, '< 3 KB'),
          ] as Row,
        ]),
    ...stateChangeRows(results),
    ...streamRows(results),
    ...(results.bundle
      ? [
          [
            'no turf, zod or mapshaper; polygon-clipping only in the comparison chunk',
            results.bundle.clean ? 'none' : results.bundle.found.join(', '),
            verdict(results.bundle.clean, 'none'),
          ] as Row,
        ]
      : []),
    ...layoutShiftRows(results),
    ...(results.dataPipeline
      ? ([
          ['data: full build, cold cache (s)', String(results.dataPipeline.fullBuildSeconds), ''],
          [
            'data: rebuild, nothing changed (s)',
            String(results.dataPipeline.unchangedRebuildSeconds),
            '',
          ],
        ] as Row[])
      : []),
  ];
  return rows.map(([figure, measured, budget]) => ({ figure, measured, budget }));
}

function firstReadyRows({
  mapOnScreenMs: map,
  mapOnScreenThrottled4xMs: mapThrottled,
  firstReadyMs: cold,
  firstReadyThrottled4xMs: throttled,
  firstViewGzipBytes: bytes,
  takeoverMs: takeover,
}: BenchResults): Row[] {
  if (!map || !mapThrottled || !cold || !throttled || !bytes || !takeover) return [];
  return [
    ['whole map on screen, app (ms)', spread(map.app), ''],
    ['empty map on screen, bare MapLibre (ms)', spread(map.floor), ''],
    // Issue 18: the reader sees the whole map before MapLibre alone shows an empty one.
    ['map on screen, app ÷ floor', ratio(map), verdict(map.ratio <= 1, 'at most 1.0×')],
    ['map on screen 4× throttled, app (ms)', spread(mapThrottled.app), ''],
    ['map on screen 4× throttled, floor (ms)', spread(mapThrottled.floor), ''],
    [
      'map on screen 4× throttled, app ÷ floor',
      ratio(mapThrottled),
      verdict(mapThrottled.ratio <= 1, 'at most 1.0×'),
    ],
    ['ready with panels, app (ms)', spread(cold.app), ''],
    ['ready with panels, app ÷ floor', ratio(cold), ''],
    ['ready with panels 4× throttled, app (ms)', spread(throttled.app), ''],
    ['ready with panels 4× throttled, app ÷ floor', ratio(throttled), ''],
    ['MapLibre takes over, after ready (ms)', spread(takeover.cold), ''],
    ['MapLibre takes over, 4× throttled (ms)', spread(takeover.throttled4x), ''],
    ['app JS (without maplibre-gl)', kb(bytes.appJs), verdict(bytes.appJs < 60 * 1024, '< 60 KB')],
    ['MapLibre JS + worker', kb(bytes.maplibreJs + bytes.maplibreWorker), ''],
    ['CSS', kb(bytes.css), ''],
    ['HTML', kb(bytes.html), ''],
    ['first-view data', kb(bytes.data), verdict(bytes.data < 150 * 1024, '< 150 KB')],
    ['first view, everything', kb(bytes.total), ''],
  ];
}

function stateChangeRows(results: BenchResults): Row[] {
  const { scenarioSwitchSameDateMs: sameDate, scenarioSwitchMs, oneDayStepMs: step } = results;
  const { mapFrames, phasesMs, regionSelectMs, scrub, heapAfterScrubBytes: heap } = results;
  if (!sameDate || !scenarioSwitchMs || !step || !mapFrames || !phasesMs || !regionSelectMs)
    return [];
  if (!scrub || heap === undefined) return [];
  return [
    ['scenario switch, same date (ms)', spread(sameDate), verdict(sameDate.median < 50, '< 50 ms')],
    ['  map frames drawn for it', spread(mapFrames.scenarioSwitchSameDate), ''],
    ['scenario switch with its date (ms)', spread(scenarioSwitchMs), ''],
    ['  map frames drawn for it', spread(mapFrames.scenarioSwitch), ''],
    ['one-day step (ms)', spread(step), verdict(step.median < 100, '< 100 ms')],
    ['  map frames drawn for it', spread(mapFrames.oneDayStep), ''],
    ...Object.entries(phasesMs).map(
      ([name, s]) => [`  of which ${name} (ms)`, spread(s), ''] as Row,
    ),
    ['region select (ms)', spread(regionSelectMs), ''],
    [
      `full scrub, ${scrub.dates} dates (fps)`,
      String(scrub.fps),
      verdict(scrub.fps >= 30, '≥ 30 fps'),
    ],
    ['  scrub, longest frame (ms)', String(scrub.longestFrameMs), ''],
    [
      'JS heap after the scrub',
      `${(heap / 2 ** 20).toFixed(1)} MB`,
      verdict(heap < 150 * 2 ** 20, '< 150 MB'),
    ],
  ];
}

function layoutShiftRows({ cumulativeLayoutShift: shift }: BenchResults): Row[] {
  if (!shift) return [];
  const budget = (s: Summary) =>
    verdict(s.median <= LAYOUT_SHIFT_BUDGET, `≤ ${LAYOUT_SHIFT_BUDGET}`);
  return [
    ['layout shift, app, desktop (CLS)', spread(shift.appDesktop), budget(shift.appDesktop)],
    [
      'layout shift, app, phone 4× throttled (CLS)',
      spread(shift.appPhoneThrottled4x),
      budget(shift.appPhoneThrottled4x),
    ],
    [
      'layout shift, article scrolled, maps included (CLS)',
      spread(shift.articleScrolled),
      budget(shift.articleScrolled),
    ],
    ['  of which the article page itself', spread(shift.articleScrolledPageOnly), ''],
  ];
}

const net = (c: NetworkCost) =>
  `${c.requests} req, ${kb(c.gzipBytes)}${c.ms === undefined ? '' : `, ${c.ms} ms`}`;

/** Issue 17's figures: the series on the network. */
function streamRows({ stream }: BenchResults): Row[] {
  if (!stream) return [];
  const s = stream;
  return [
    ['first view: data until ready', net(s.firstView), ''],
    [
      'full scrub: data requests, gzipped',
      net(s.fullScrub),
      verdict(
        s.fullScrub.requests < 40 && s.fullScrub.gzipBytes < 0.6 * 1024 * 1024,
        '< 40 req, < 0.6 MB',
      ),
    ],
    [
      'day step inside a loaded bundle',
      net(s.stepInsideBundle),
      verdict(s.stepInsideBundle.requests === 0, '0 req'),
    ],
    ["day step across a bundle's edge, at once", net(s.stepAcrossEdgeAtOnce), ''],
    ["day step across a bundle's edge, after idle", net(s.stepAcrossEdgeAfterIdle), ''],
    ['compare switch (16 May → 12 Aug 2025): data', net(s.compareSwitch), ''],
    ['  its clipping code, loaded lazily', net(s.compareSwitch.code), ''],
  ];
}
