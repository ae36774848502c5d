import type { Plugin } from 'vite';

/** V8's magic comment: compile every function of this script at once (explicit compile hints). */
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts V8's compile hint on the first line of the entry chunk `entry`, so that the browser
 * compiles all its functions while the script streams in, off the main thread, rather than each
 * on its first call, on the main thread, while the first view is drawn: about 70–100 ms of the
 * first view at 4× CPU slowdown (BENCHMARKS.md, "The map first, ninth session"). Chromium reads
 * it from version 136 on; to any other browser it is a comment.
 *
 * After Vite's own last touches (it puts its preload helper first), and after minification, which
 * would drop a comment; the chunk's source map is moved down the line it adds. The file's name was
 * hashed before: it changes with the code, not with this line, which is the same in every build.
 */
export function compileAllOnLoad(entry: string): Plugin {
  return {
    name: 'compile-all-on-load',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const chunk = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === entry,
        );
        if (chunk?.type !== 'chunk')
          throw new Error(`compile-all-on-load: no entry chunk "${entry}"`);
        chunk.code = `${COMPILE_ALL_HINT}\n${chunk.code}`;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') map.source = linesMovedDown(String(map.source));
      },
    },
  };
}

/** A source map's text for the same code one line further down: `;` starts a generated line. */
export function linesMovedDown(sourceMap: string): string {
  const map = JSON.parse(sourceMap) as { mappings: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}
