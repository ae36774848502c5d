import { describe, expect, it } from 'vitest';
import { bboxOf } from '../geometry/bbox-of.ts';
import { box } from '../geometry/test-shapes.ts';
import type { SnapshotInput } from './control-inputs.ts';
import { measureInWorkers } from './measure-in-workers.ts';
import { newSnapshotMemo, processSnapshot, type SnapshotResult } from './process-snapshot.ts';
import { landOf, reconcileBorders } from '../geometry/reconcile-borders.ts';

const zone = (id: string, b: [number, number, number, number]) => ({
  id,
  polygons: box(b),
  bbox: bboxOf(box(b)),
});

describe('measureInWorkers', () => {
  const units = [zone('west', [36, 47, 37, 48]), zone('east', [37, 47, 38, 48])];
  const land = box([36, 47, 38, 48]);
  const day = (date: string, west: number): SnapshotInput => ({
    date,
    readHeld: () => box([west, 47, 37.99, 48]),
    readContested: () => [],
    hasContested: false,
    inputHash: date,
  });
  const inputs = [day('2025-01-01', 36.5), day('2025-01-02', 36.6), day('2025-01-03', 36.6)];

  it('gives each day the result the same steps give on this thread, in two runs of days', async () => {
    const inline = new Map<string, SnapshotResult>();
    const memo = newSnapshotMemo();
    for (const input of inputs) {
      const held = reconcileBorders(input.readHeld(), landOf(land), undefined, memo.pieceMoves);
      inline.set(input.date, await processSnapshot(held, [], units, land, memo));
    }
    const threaded = new Map<string, SnapshotResult>();
    await measureInWorkers(inputs, { units, land, displayOutline: land }, 2, async (input, r) => {
      threaded.set(input.date, r);
    });
    expect(threaded).toEqual(inline);
    // The strip east of 37.99 lies between the held area and the border: moved on every day.
    expect(threaded.get('2025-01-03')!.reconciledKm2.east).toBeGreaterThan(0);
  }, 60_000);
});
