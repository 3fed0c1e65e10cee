// Draws Chatproof's icon (a speech bubble with a check mark on a teal shield) as PNGs without deps.
// Run: node scripts/make-icons.mjs  → public/icon/{16,32,48,128}.png
import fs from 'node:fs';
import zlib from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4; // supersampling
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size; // 0..1
          const v = (y + (sy + 0.5) / S) / size;
          // rounded square background
          const rr = 0.22;
          const dx = Math.max(Math.abs(u - 0.5) - (0.5 - rr), 0);
          const dy = Math.max(Math.abs(v - 0.5) - (0.5 - rr), 0);
          if (dx * dx + dy * dy > rr * rr) continue;
          let col = [15, 118, 110]; // teal-700
          // speech bubble: ellipse + tail
          const ex = (u - 0.5) / 0.34,
            ey = (v - 0.45) / 0.27;
          const inTail = v > 0.6 && v < 0.8 && u > 0.3 && u < 0.45 && u - 0.3 < (0.8 - v) * 0.75;
          if (ex * ex + ey * ey <= 1 || inTail) col = [255, 255, 255];
          // check mark inside bubble
          const d1 = Math.abs(v - 0.47 - (u - 0.38)) / Math.SQRT2; // down-right stroke
          const d2 = Math.abs(v - 0.53 + (u - 0.44)) / Math.SQRT2; // up-right stroke
          const onCheck = (d1 < 0.045 && u > 0.37 && u < 0.46) || (d2 < 0.045 && u > 0.43 && u < 0.64);
          if (onCheck && ex * ex + ey * ey <= 1) col = [15, 118, 110];
          r += col[0];
          g += col[1];
          b += col[2];
          a += 255;
        }
      const n = S * S,
        i = (y * size + x) * 4;
      const cov = a / 255;
      px[i] = cov ? r / cov : 0;
      px[i + 1] = cov ? g / cov : 0;
      px[i + 2] = cov ? b / cov : 0;
      px[i + 3] = a / n;
    }
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
fs.mkdirSync('public/icon', { recursive: true });
for (const s of [16, 32, 48, 128]) fs.writeFileSync(`public/icon/${s}.png`, draw(s));
console.log('icons written');
