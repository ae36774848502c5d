import { describe, expect, it } from 'vitest';
import { roundCoordinates } from './round-coordinates.ts';

describe('roundCoordinates', () => {
  it('rounds every position to 6 decimals and keeps the rings as they are', () => {
    expect(
      roundCoordinates([
        [
          [
            [31.522000000000002, 48.1234564],
            [31.6, 48.1],
            [31.5, 48.2],
            [31.522000000000002, 48.1234564],
          ],
        ],
      ]),
    ).toEqual([
      [
        [
          [31.522, 48.123456],
          [31.6, 48.1],
          [31.5, 48.2],
          [31.522, 48.123456],
        ],
      ],
    ]);
  });
});
