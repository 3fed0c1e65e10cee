// Bundles a TypeScript entry (a few import lines) into one classic script with esbuild (installed
// with tsx and vite), for the benchmark to run project code inside a page.
import path from 'node:path';

/** `entry` resolved from `dir`; returns the minified IIFE's text. */
export async function bundleEntry(entry, dir, name) {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: dir, sourcefile: name, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome111',
    minify: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: path.resolve(dir),
  });
  return out.outputFiles[0].text;
}
