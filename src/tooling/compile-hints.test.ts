import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_ALL_HINT, compileAllOnLoad, linesMovedDown } from './compile-hints.ts';

type OutputAsset = Rolldown.OutputAsset;
type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

const chunk = (name: string, isEntry: boolean, code: string) =>
  ({ type: 'chunk', name, isEntry, fileName: `assets/${name}-x.js`, code }) as OutputChunk;

const map = (fileName: string, mappings: string) =>
  ({
    type: 'asset',
    fileName,
    source: JSON.stringify({ version: 3, mappings, sources: ['a.ts'], names: [] }),
  }) as OutputAsset;

/** Runs the plugin's last step over a bundle, as Vite does once the chunks are made. */
function generate(entry: string, bundle: OutputBundle): void {
  const hook = compileAllOnLoad(entry).generateBundle as {
    handler: (options: unknown, bundle: OutputBundle) => void;
  };
  hook.handler({}, bundle);
}

describe('compileAllOnLoad', () => {
  it('puts the hint on the entry chunk’s first line and moves its source map down that line', () => {
    const bundle = {
      'assets/main-x.js': chunk('main', true, 'const a=1;\nexport{a};'),
      'assets/main-x.js.map': map('assets/main-x.js.map', 'AAAA;AACA'),
    } as unknown as OutputBundle;
    generate('main', bundle);
    const main = bundle['assets/main-x.js'] as OutputChunk;
    expect(main.code.split('\n')[0]).toBe(COMPILE_ALL_HINT);
    expect(main.code.split('\n').slice(1).join('\n')).toBe('const a=1;\nexport{a};');
    const moved = JSON.parse(String((bundle['assets/main-x.js.map'] as OutputAsset).source));
    expect(moved.mappings).toBe(';AAAA;AACA');
    expect(moved.sources).toEqual(['a.ts']);
  });

  it('leaves every other chunk as it was: they are not on the first view’s way', () => {
    const bundle = {
      'assets/main-x.js': chunk('main', true, 'main();'),
      'assets/parts-x.js': chunk('parts', false, 'parts();'),
      'assets/embed-x.js': chunk('embed', true, 'embed();'),
    } as unknown as OutputBundle;
    generate('main', bundle);
    expect((bundle['assets/parts-x.js'] as OutputChunk).code).toBe('parts();');
    expect((bundle['assets/embed-x.js'] as OutputChunk).code).toBe('embed();');
  });

  it('names the entry it cannot find, rather than building without the hint', () => {
    const bundle = { 'assets/parts-x.js': chunk('parts', false, '') } as unknown as OutputBundle;
    expect(() => generate('main', bundle)).toThrow('no entry chunk "main"');
  });
});

describe('linesMovedDown', () => {
  it('starts the mappings with an empty generated line and keeps the rest of the map', () => {
    const text = JSON.stringify({ version: 3, mappings: ';;AAQA', names: ['x'], file: 'f.js' });
    expect(JSON.parse(linesMovedDown(text))).toEqual({
      version: 3,
      mappings: ';;;AAQA',
      names: ['x'],
      file: 'f.js',
    });
  });
});
