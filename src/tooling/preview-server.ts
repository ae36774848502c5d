import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Serves the production build (`vite preview`) on `port` for the tooling scripts. Vite runs as this
 * Node's own child (not through npx), so stopping it stops the server rather than leaving it bound
 * to the port.
 */
export async function startPreview(port: number): Promise<{ url: string; stop: () => void }> {
  const server = spawn(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => server.kill();
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`vite preview on port ${port} exited`);
    const up = await fetch(`${url}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`${url}/ did not answer`);
}
