// Writes the web app manifest's icons (public/icons/): the site's icon (the same drawing as the inline
// favicon in index.html: three lines on a dark-blue rounded square) as SVG and as PNG at 192 and 512 px.
// No dependencies and no network: a small rasteriser (4×4 samples per pixel) and PNG encoder (zlib).
// Run by hand after changing the drawing: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const out = resolve(import.meta.dirname, '..', 'public', 'icons');
const BLUE = [0x15, 0x42, 0x73];
const WHITE = [0xff, 0xff, 0xff];
// In a 32×32 view box, as in the favicon.
const RADIUS = 6;
const LINES = [
  [8, 24, 10],
  [8, 20, 16],
  [8, 16, 22],
];
const STROKE = 3;

const lines = LINES.map(([x1, x2, y]) => `M${x1} ${y}h${x2 - x1}`).join('');
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  `<rect width="32" height="32" rx="${RADIUS}" fill="#154273"/>` +
  `<path d="${lines}" stroke="#fff" stroke-width="${STROKE}"/></svg>\n`;

function inRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), 32 - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), 32 - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2 && x >= 0 && x <= 32 && y >= 0 && y <= 32;
}
const onLine = (x, y) => LINES.some(([x1, x2, ly]) => x >= x1 && x <= x2 && Math.abs(y - ly) <= STROKE / 2);

function rasterise(size) {
  const S = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = ((px + (sx + 0.5) / S) / size) * 32;
          const y = ((py + (sy + 0.5) / S) / size) * 32;
          if (!inRoundedSquare(x, y)) continue;
          if (onLine(x, y)) fg++;
          else bg++;
        }
      }
      const covered = bg + fg;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = covered ? Math.round((BLUE[c] * bg + WHITE[c] * fg) / covered) : 0;
      rgba[i + 3] = Math.round((covered / (S * S)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  // Each row: a filter byte (0: none), then the row's pixels.
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'icon.svg'), svg);
for (const size of [192, 512]) writeFileSync(join(out, `icon-${size}.png`), png(size, rasterise(size)));
console.log(`make-icons: wrote icon.svg, icon-192.png, icon-512.png to ${out}`);
