import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelCandidate } from './label-layout.ts';

const view = { width: 400, height: 300 };
const label = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}) =>
  ({ id, text: id, x, y, width: 60, height: 12, kind: 'centre', ...extra }) as LabelCandidate;

describe('layoutLabels', () => {
  it('places names that do not touch, each centred on its point', () => {
    const placed = layoutLabels([label('a', 100, 100), label('b', 200, 100)], view);
    expect(placed.map((p) => [p.id, p.left, p.top])).toEqual([
      ['a', 70, 94],
      ['b', 170, 94],
    ]);
  });

  it('keeps a word space between two names on one line', () => {
    const apart = (gap: number) =>
      layoutLabels([label('lviv', 100, 100), label('khmelnytskyi', 160 + gap, 100)], view).map(
        (p) => p.id,
      );
    expect(apart(3)).toEqual(['lviv']);
    expect(apart(4)).toEqual(['lviv', 'khmelnytskyi']);
  });

  it('drops the later of two names that would overlap', () => {
    const placed = layoutLabels([label('first', 100, 100), label('second', 130, 104)], view);
    expect(placed.map((p) => p.id)).toEqual(['first']);
  });

  it('centres an oblast’s name on another of its points when its own has no room on any side', () => {
    const crowded = label('kherson', 200, 100, {
      alternatives: [
        [210, 104],
        [220, 140],
      ],
    });
    // A name placed before covers the point and a line above and below it; the first other
    // point is as crowded, the second is free.
    const wide = label('zaporizhzhia', 200, 100, { width: 200, height: 40 });
    const placed = layoutLabels([wide, crowded], view);
    expect(placed.map((p) => [p.id, p.left, p.top])).toEqual([
      ['zaporizhzhia', 100, 80],
      ['kherson', 190, 134],
    ]);
  });

  it('never moves a name elsewhere onto the point of a later name that fits at its own', () => {
    const wide = label('zaporizhzhia', 200, 100, { width: 200, height: 40 });
    // Kherson's other point is Mykolaiv's own, and Mykolaiv comes later in the order.
    const kherson = label('kherson', 200, 100, { alternatives: [[100, 200]] });
    const mykolaiv = label('mykolaiv', 100, 200);
    const placed = layoutLabels([wide, kherson, mykolaiv], view);
    expect(placed.map((p) => [p.id, p.left, p.top])).toEqual([
      ['zaporizhzhia', 100, 80],
      ['mykolaiv', 70, 194],
    ]);
  });

  it('moves a town’s name to the left of its dot when the right is taken', () => {
    const placed = layoutLabels(
      [label('oblast', 190, 100), label('town', 140, 100, { kind: 'beside' })],
      view,
    );
    const town = placed.find((p) => p.id === 'town')!;
    expect(town.left + town.width).toBeLessThanOrEqual(140);
  });

  it('leaves out a name with no room even at its least width without reading its width', () => {
    const read: string[] = [];
    const measured = (id: string, x: number, y: number) => {
      const candidate = label(id, x, y, { kind: 'beside', minWidth: 10 });
      return Object.defineProperty(candidate, 'width', {
        get: () => (read.push(id), 60),
      });
    };
    // A wide oblast name over the crowded town's every side; the lone town has room.
    const placed = layoutLabels(
      [
        label('oblast', 110, 100, { width: 200, height: 60 }),
        measured('crowded', 110, 100),
        measured('alone', 300, 250),
      ],
      view,
    );
    expect(placed.map((p) => p.id)).toEqual(['oblast', 'alone']);
    expect(read).not.toContain('crowded');
    expect(read).toContain('alone');
  });

  it('leaves out a town whose dot the map’s edge would cut, though its name would fit', () => {
    expect(layoutLabels([label('cut', 100, 2, { kind: 'beside' })], view)).toEqual([]);
    expect(layoutLabels([label('whole', 100, 6, { kind: 'beside' })], view)).toHaveLength(1);
  });

  it('keeps names inside the view, with room from its edges', () => {
    expect(layoutLabels([label('edge', 10, 100)], view)).toEqual([]);
    expect(layoutLabels([label('near', 31, 100)], view)).toEqual([]);
    expect(layoutLabels([label('clear', 32, 100)], view)).toHaveLength(1);
    const town = layoutLabels([label('east', 380, 100, { kind: 'beside' })], view)[0]!;
    expect(town.left + town.width).toBeLessThanOrEqual(400);
  });

  it('always places the chosen place, on a free side if there is one', () => {
    const placed = layoutLabels(
      [label('oblast', 100, 100), label('chosen', 140, 100, { kind: 'beside', always: true })],
      view,
    );
    expect(placed.map((p) => p.id)).toEqual(['oblast', 'chosen']);
  });

  it('takes away what the chosen place would overlap when no side is free', () => {
    const placed = layoutLabels(
      [
        label('oblast', 100, 100, { width: 200, height: 60 }),
        label('far', 350, 250),
        label('chosen', 100, 100, { kind: 'beside', always: true }),
      ],
      view,
    );
    expect(placed.map((p) => p.id)).toEqual(['far', 'chosen']);
  });

  it('keeps a town’s dot clear of later names: an oblast’s name moves just below or above it', () => {
    const placed = layoutLabels(
      [
        label('town', 200, 100, { kind: 'beside', width: 30 }),
        label('over-the-dot', 200, 100, { width: 4, height: 4 }),
      ],
      view,
    );
    const oblast = placed.find((p) => p.id === 'over-the-dot')!;
    // The dot takes 3 px around its point.
    expect(oblast.top >= 103 || oblast.top + oblast.height <= 97).toBe(true);
  });

  it('moves an oblast’s name just below its point, else just above, when a name is on the point', () => {
    const over = label('over', 100, 94, { height: 12 });
    const under = label('under', 100, 110, { height: 12 });
    const top = (placed: ReturnType<typeof layoutLabels>) =>
      placed.find((p) => p.id === 'oblast')?.top;
    expect(top(layoutLabels([over, label('oblast', 100, 100)], view))).toBe(103);
    expect(top(layoutLabels([under, label('oblast', 100, 100)], view))).toBe(85);
    expect(top(layoutLabels([over, under, label('oblast', 100, 100)], view))).toBeUndefined();
  });

  it('moves an oblast’s name off its point no farther than its room', () => {
    // A name above ends at 145; centred on its point, the oblast's would start at 144.
    const above = label('above', 100, 137.5, { height: 15 });
    const top = (below: number) =>
      layoutLabels([above, label('oblast', 100, 150, { room: { above: 0, below } })], view).find(
        (p) => p.id === 'oblast',
      )?.top;
    // Just below: its centre 9 px down (half its height and 3 px), where it has the room.
    expect(top(20)).toBe(153);
    // Only 6 px: moved 5, a pixel short of its oblast's edge, still 2 px clear of the name above.
    expect(top(6)).toBe(149);
    // 3 px is not enough, and it goes no farther: left out.
    expect(top(3)).toBeUndefined();
  });

  it('moves a name off another of its points within that point’s room', () => {
    const wide = label('zaporizhzhia', 200, 100, { width: 200, height: 40 });
    // The other point is 4 px too close to the name above; its room lets the name move 5 px.
    const kherson = label('kherson', 200, 100, {
      alternatives: [[200, 124, { above: 20, below: 6 }]],
    });
    expect(layoutLabels([wide, kherson], view).find((p) => p.id === 'kherson')?.top).toBe(123);
    const tight = label('kherson', 200, 100, {
      alternatives: [[200, 124, { above: 20, below: 4 }]],
    });
    expect(layoutLabels([wide, tight], view).map((p) => p.id)).toEqual(['zaporizhzhia']);
  });

  it('keeps names and dots off the reserved corner where the map’s buttons are', () => {
    const buttons = { left: 350, top: 0, right: 400, bottom: 110 };
    const placed = layoutLabels(
      [
        label('under', 370, 50, { width: 30 }),
        label('beside', 330, 50, { kind: 'beside', width: 30 }),
      ],
      view,
      [buttons],
    );
    expect(placed.map((p) => [p.id, p.left + p.width <= 350])).toEqual([['beside', true]]);
  });

  it('leaves out a town whose dot would sit under a name placed before', () => {
    const placed = layoutLabels(
      [label('oblast', 100, 100), label('town', 120, 102, { kind: 'beside', width: 20 })],
      view,
    );
    expect(placed.map((p) => p.id)).toEqual(['oblast']);
  });

  describe('a town a reader looks for on any map (makeRoom), with its only free side taken', () => {
    // The dot is at the map's left edge: only its right side is inside the view, and an oblast's
    // name is there, placed first (names of oblasts come before towns).
    const town = (oblast?: string) =>
      label('town', 8, 100, {
        kind: 'beside',
        width: 40,
        makeRoom: 'give-way',
        ...(oblast && { oblast }),
      });
    const at = (placed: ReturnType<typeof layoutLabels>) =>
      placed.map((p) => [p.id, Math.round(p.left), Math.round(p.top)]);

    it('is named once the oblast’s name moves to another of its points', () => {
      const oblast = label('oblast', 40, 100, { alternatives: [[200, 200]] });
      expect(at(layoutLabels([oblast, town()], view))).toEqual([
        ['town', 14, 94],
        ['oblast', 170, 194],
      ]);
    });

    it('takes the place of another oblast’s name with nowhere else to go', () => {
      expect(at(layoutLabels([label('oblast', 40, 100), town()], view))).toEqual([
        ['town', 14, 94],
      ]);
    });

    it('leaves every name in place where making room would cost one (an oblast’s centre)', () => {
      const centre = label('town', 8, 100, { kind: 'beside', width: 40, makeRoom: 'move' });
      expect(at(layoutLabels([label('oblast', 40, 100), centre], view))).toEqual([
        ['oblast', 10, 94],
      ]);
      const movable = label('oblast', 40, 100, { alternatives: [[200, 200]] });
      expect(at(layoutLabels([movable, centre], view))).toEqual([
        ['town', 14, 94],
        ['oblast', 170, 194],
      ]);
    });

    it('never takes the place of its own oblast’s name', () => {
      expect(at(layoutLabels([label('oblast', 40, 100), town('oblast')], view))).toEqual([
        ['oblast', 10, 94],
      ]);
    });

    it('takes a side where no name is lost over an earlier one where a name would be', () => {
      // Dot in the open. Right of it (the side tried first) a name that cannot move; left of it
      // one that can, to another of its points.
      const right = label('right', 176, 100);
      const left = label('left', 80, 100, { alternatives: [[300, 250]] });
      const above = label('above', 140, 80, { width: 100 });
      const below = label('below', 140, 120, { width: 100 });
      const crowded = label('town', 140, 100, { kind: 'beside', width: 40, makeRoom: 'give-way' });
      const placed = at(layoutLabels([right, left, above, below, crowded], view));
      expect(placed).toEqual(
        expect.arrayContaining([
          ['right', 146, 94],
          ['town', 94, 94],
          ['left', 270, 244],
        ]),
      );
      expect(placed).toHaveLength(5);
    });
  });
});
