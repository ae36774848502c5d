import { describe, expect, it } from 'vitest';
import { keepInPlace } from './keep-in-place.ts';

/** An element whose top is wherever the test puts it. */
const placed = (top: () => number) =>
  ({ getBoundingClientRect: () => ({ top: top() }) }) as unknown as Element;

describe('keepInPlace', () => {
  it('scrolls by as much as the change moved the element', () => {
    let top = 300;
    const scrolled: number[] = [];
    keepInPlace(
      placed(() => top),
      () => (top = 321.4),
      (by) => scrolled.push(by),
    );
    expect(scrolled).toEqual([21]);
  });

  it('scrolls back up when the change moved it up, and not at all when it stayed', () => {
    let top = 300;
    const scrolled: number[] = [];
    keepInPlace(
      placed(() => top),
      () => (top = 279),
      (by) => scrolled.push(by),
    );
    keepInPlace(
      placed(() => top),
      () => undefined,
      (by) => scrolled.push(by),
    );
    expect(scrolled).toEqual([-21]);
  });
});
