import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ESTIMATED_HEIGHT } from '../model/embed-snippets.ts';
import { EMBED_ATTRIBUTES, SHARED_PARAMS, VIEW_PARAMS } from '../model/url-params.ts';

/** embed.js imports nothing, so it keeps its own copies of the parameter lists. */
const source = readFileSync(new URL('./embed-host.ts', import.meta.url), 'utf8');

const listNamed = (name: string): string[] => {
  const found = new RegExp(`const ${name} = \\[([^\\]]*)\\] as const;`).exec(source);
  if (!found) throw new Error(`embed-host.ts declares no ${name}`);
  return [...found[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
};

describe('embed.js', () => {
  it('reads the data-* attributes the URL parameters declare for embeds', () => {
    expect(listNamed('PARAMS')).toEqual([...EMBED_ATTRIBUTES]);
  });

  it('passes on the state fields the map sends', () => {
    expect(listNamed('STATE_FIELDS')).toEqual([...SHARED_PARAMS]);
  });

  it('sets from a story step the parameters that make a view', () => {
    expect(listNamed('STEP_FIELDS')).toEqual([...VIEW_PARAMS]);
  });

  it('starts each frame at the height the snippet reserves for it', () => {
    const { min, base, perWidth } = ESTIMATED_HEIGHT;
    expect(source).toContain(
      `const estimatedHeight = (w: number) => Math.round(Math.max(${min}, ${base} - ${perWidth} * w));`,
    );
  });
});
