import { readFile } from 'node:fs/promises';

/**
 * A built page of the story demo (`page`: dist/demo/story/index.html or its uk/ version) as a
 * newsroom would publish it: on its own origin, its links to the app (embed.js and the map, written
 * as ../../ or ../../../ beside the app) pointing at the app's origin `appOrigin`.
 */
export async function demoStory(appOrigin: string, page: string): Promise<string> {
  const story = await readFile(page, 'utf8');
  const appLink = /(src|href)="(?:\.\.\/)+(embed\.js"|\?)/g;
  if (!story.match(appLink)?.some((link) => link.includes('embed.js')))
    throw new Error(`${page}: expected the embed script as src="../…/embed.js"`);
  return story.replace(appLink, `$1="${appOrigin}/$2`);
}
