import { readFile } from 'node:fs/promises';

/**
 * The built demo article (dist/demo/index.html) as a newsroom would publish it: on its own origin,
 * loading embed.js from the app's origin `appOrigin` (e2e/article-server.ts, the bench).
 */
export async function demoArticle(appOrigin: string): Promise<string> {
  const demo = await readFile('dist/demo/index.html', 'utf8');
  const script = 'src="../embed.js"';
  if (!demo.includes(script))
    throw new Error(`dist/demo/index.html: expected the embed script as ${script}`);
  return demo.replace(script, `src="${appOrigin}/embed.js"`);
}
