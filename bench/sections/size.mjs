// Bytes of the built scripts: the detector is injected into every page and frame, so its size is
// budgeted; the recorder (only injected where a chat was found) and the worker are listed for scale.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const FILES = {
  detector: 'detector.js',
  recorder: 'content-scripts/recorder.js',
  background: 'background.js',
};

export function runSize(extDir) {
  const out = {};
  for (const [name, rel] of Object.entries(FILES)) {
    const file = path.join(extDir, rel);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    out[name] = {
      file: rel,
      bytes: bytes.length,
      gzip: zlib.gzipSync(bytes, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        .length,
      // the build minifies; a detector that is not minified would be measured at the wrong size
      minified: !/\n {2}\S/.test(bytes.toString('utf8')),
    };
  }
  return out;
}
