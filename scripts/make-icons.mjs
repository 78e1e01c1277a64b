#!/usr/bin/env node
// Draws the toolbar icon (three stacked tiers on an indigo rounded square) at every size the
// manifest wants, as PNGs in public/icon/ (WXT picks them up). Run after changing the design.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [62, 71, 132];
const BARS = [
  { y: 0.24, x0: 0.22, x1: 0.78, color: [254, 240, 199] },
  { y: 0.44, x0: 0.22, x1: 0.66, color: [255, 255, 255] },
  { y: 0.64, x0: 0.22, x1: 0.52, color: [255, 255, 255] },
];

function pixel(size, px, py) {
  const u = (px + 0.5) / size;
  const v = (py + 0.5) / size;
  const r = 0.2; // corner radius as a fraction of the size
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  const inside = Math.hypot(u - cx, v - cy) <= r;
  if (!inside) return [0, 0, 0, 0];
  for (const bar of BARS) {
    if (v >= bar.y && v <= bar.y + 0.12 && u >= bar.x0 && u <= bar.x1) return [...bar.color, 255];
  }
  return [...BG, 255];
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x supersampling for smooth corners at small sizes.
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 2; sy++) for (let sx = 0; sx < 2; sx++) pixel(size * 2, x * 2 + sx, y * 2 + sy).forEach((c, i) => (acc[i] += c));
      acc.forEach((c, i) => (raw[y * (size * 4 + 1) + 1 + x * 4 + i] = Math.round(c / 4)));
    }
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const dir = new URL('../public/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`${size}.png`, dir), png(size));
console.log('Icons written to public/icon/');
