// A minimal TrueType subsetter: keeps the glyphs of chosen characters so the PDF font stays small.
//
// Only what jsPDF needs survives: head, hhea, maxp, hmtx, loca, glyf, cmap (one Unicode format-4
// subtable), post (format 3, no glyph names), name and OS/2. Hinting (fpgm, prep, cvt, per-glyph
// instructions) and layout tables (GPOS, GSUB, kern) are dropped: jsPDF never applies them, and PDF
// viewers render unhinted outlines well at print sizes. Glyphs are renumbered in code-point order so the
// cmap collapses into a few ranges.

interface TableRecord {
  offset: number;
  length: number;
}

const tagsKept = ['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post'] as const;

function readTables(font: Uint8Array): Map<string, TableRecord> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType (glyf) font');
  const count = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const p = 12 + 16 * i;
    const tag = String.fromCharCode(font[p]!, font[p + 1]!, font[p + 2]!, font[p + 3]!);
    tables.set(tag, { offset: view.getUint32(p + 8), length: view.getUint32(p + 12) });
  }
  for (const tag of tagsKept) if (!tables.has(tag)) throw new Error(`font has no ${tag} table`);
  return tables;
}

/** Code point → glyph id from the font's Windows Unicode BMP (3,1) or Unicode (0,x) format-4 cmap. */
function readCmap(view: DataView, cmap: TableRecord): Map<number, number> {
  const count = view.getUint16(cmap.offset + 2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const p = cmap.offset + 4 + 8 * i;
    const platform = view.getUint16(p);
    const encoding = view.getUint16(p + 2);
    const offset = cmap.offset + view.getUint32(p + 4);
    if (view.getUint16(offset) !== 4) continue;
    if ((platform === 3 && encoding === 1) || (platform === 0 && sub < 0)) sub = offset;
  }
  if (sub < 0) throw new Error('font has no Unicode format-4 cmap');
  const segCount = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const rangeOffsets = deltas + 2 * segCount;
  const map = new Map<number, number>();
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(ends + 2 * s);
    const start = view.getUint16(starts + 2 * s);
    const delta = view.getUint16(deltas + 2 * s);
    const ro = view.getUint16(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let gid: number;
      if (ro === 0) gid = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + 2 * s + ro + 2 * (c - start);
        gid = view.getUint16(at);
        if (gid !== 0) gid = (gid + delta) & 0xffff;
      }
      if (gid !== 0) map.set(c, gid);
    }
  }
  return map;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/** Byte offsets of the component glyph ids in a composite glyph, and where its components end. */
function compositeComponents(glyph: DataView): { idOffsets: number[]; end: number } {
  const idOffsets: number[] = [];
  let p = 10;
  for (;;) {
    const flags = glyph.getUint16(p);
    idOffsets.push(p + 2);
    p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
    else if (flags & WE_HAVE_A_SCALE) p += 2;
    if (!(flags & MORE_COMPONENTS)) return { idOffsets, end: p };
  }
}

/** A glyph's outline without its hinting instructions; composite component ids remapped. */
function rewriteGlyph(raw: Uint8Array, newId: (old: number) => number): Uint8Array {
  if (raw.length === 0) return raw;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const contours = view.getInt16(0);
  if (contours >= 0) {
    const lenAt = 10 + 2 * contours;
    const insLen = view.getUint16(lenAt);
    const out = new Uint8Array(raw.length - insLen);
    out.set(raw.subarray(0, lenAt), 0);
    // instructionLength 0, then the flags and coordinates unchanged.
    out[lenAt] = 0;
    out[lenAt + 1] = 0;
    out.set(raw.subarray(lenAt + 2 + insLen), lenAt + 2);
    return out;
  }
  const { idOffsets, end } = compositeComponents(view);
  const out = raw.slice(0, end);
  const ov = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (const at of idOffsets) {
    ov.setUint16(at, newId(ov.getUint16(at)));
    const flagsAt = at - 2;
    ov.setUint16(flagsAt, ov.getUint16(flagsAt) & ~WE_HAVE_INSTRUCTIONS);
  }
  return out;
}

class Writer {
  private bytes: number[] = [];
  u8(v: number): this {
    this.bytes.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v >> 8).u8(v);
  }
  i16(v: number): this {
    return this.u16(v & 0xffff);
  }
  u32(v: number): this {
    return this.u16((v >>> 16) & 0xffff).u16(v & 0xffff);
  }
  raw(b: Uint8Array): this {
    for (const x of b) this.bytes.push(x);
    return this;
  }
  get length(): number {
    return this.bytes.length;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

function buildCmap(map: [number, number][]): Uint8Array {
  // Runs of consecutive code points with consecutive glyph ids become one segment with a delta.
  const segs: { start: number; end: number; delta: number }[] = [];
  for (const [c, g] of map) {
    const last = segs[segs.length - 1];
    if (last && c === last.end + 1 && g - c === last.delta) last.end = c;
    else segs.push({ start: c, end: c, delta: g - c });
  }
  segs.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const segCount = segs.length;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segCount));
  const sub = new Writer()
    .u16(4)
    .u16(16 + 8 * segCount)
    .u16(0)
    .u16(segCount * 2)
    .u16(searchRange)
    .u16(Math.log2(searchRange / 2))
    .u16(segCount * 2 - searchRange);
  for (const s of segs) sub.u16(s.end);
  sub.u16(0);
  for (const s of segs) sub.u16(s.start);
  for (const s of segs) sub.i16(s.delta);
  for (const _ of segs) sub.u16(0);
  // One subtable only: jsPDF reads the first one as the Unicode map.
  return new Writer().u16(0).u16(1).u16(3).u16(1).u32(12).raw(sub.done()).done();
}

function buildName(font: Uint8Array, view: DataView, name: TableRecord): Uint8Array {
  const count = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  const keep = new Set([0, 1, 2, 3, 4, 5, 6, 13, 14]);
  const records: { nameId: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const p = name.offset + 6 + 12 * i;
    const platform = view.getUint16(p);
    const encoding = view.getUint16(p + 2);
    const language = view.getUint16(p + 4);
    const nameId = view.getUint16(p + 6);
    if (platform !== 3 || encoding !== 1 || language !== 0x409 || !keep.has(nameId)) continue;
    const len = view.getUint16(p + 8);
    const off = strings + view.getUint16(p + 10);
    records.push({ nameId, data: font.subarray(off, off + len) });
  }
  const w = new Writer().u16(0).u16(records.length).u16(6 + 12 * records.length);
  let offset = 0;
  for (const r of records) {
    w.u16(3).u16(1).u16(0x409).u16(r.nameId).u16(r.data.length).u16(offset);
    offset += r.data.length;
  }
  for (const r of records) w.raw(r.data);
  return w.done();
}

function checksum(b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < b.length; i += 4) {
    sum = (sum + (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}

function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 16 * 2 ** entrySelector;
  const dir = new Writer().u32(0x00010000).u16(n).u16(searchRange).u16(entrySelector).u16(16 * n - searchRange);
  let offset = 12 + 16 * n;
  const body: Uint8Array[] = [];
  let headOffset = 0;
  for (const tag of tags) {
    const data = tables.get(tag)!;
    const padded = new Uint8Array((data.length + 3) & ~3);
    padded.set(data);
    for (const ch of tag) dir.u8(ch.charCodeAt(0));
    dir.u32(checksum(padded)).u32(offset).u32(data.length);
    if (tag === 'head') headOffset = offset;
    body.push(padded);
    offset += padded.length;
  }
  const out = new Uint8Array(offset);
  out.set(dir.done(), 0);
  let p = 12 + 16 * n;
  for (const b of body) {
    out.set(b, p);
    p += b.length;
  }
  new DataView(out.buffer).setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

export interface SubsetResult {
  font: Uint8Array;
  /** The wanted code points the font has glyphs for, ascending. */
  covered: number[];
  /** The wanted code points the font lacks. */
  missing: number[];
  glyphCount: number;
}

/** A TrueType font holding only the glyphs for `codePoints` (BMP only) and the .notdef glyph. */
export function subsetTrueType(font: Uint8Array, codePoints: Iterable<number>): SubsetResult {
  // A private plain copy: a Node Buffer's slice() shares memory and its .buffer is a shared pool.
  font = new Uint8Array(font);
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const t = readTables(font);
  const get = (tag: string) => t.get(tag)!;
  const cmap = readCmap(view, get('cmap'));
  const head = get('head');
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const numGlyphs = view.getUint16(get('maxp').offset + 4);
  const glyphBytes = (gid: number): Uint8Array => {
    const loca = get('loca').offset;
    const [a, b] = longLoca
      ? [view.getUint32(loca + 4 * gid), view.getUint32(loca + 4 * gid + 4)]
      : [view.getUint16(loca + 2 * gid) * 2, view.getUint16(loca + 2 * gid + 2) * 2];
    return font.subarray(get('glyf').offset + a, get('glyf').offset + b);
  };

  const wanted = [...new Set(codePoints)].filter((c) => c <= 0xfffe).sort((a, b) => a - b);
  const covered = wanted.filter((c) => cmap.has(c));
  const missing = wanted.filter((c) => !cmap.has(c));

  // New glyph order: .notdef, then glyphs in code-point order, then composite-only components.
  const order: number[] = [0];
  const newIds = new Map<number, number>([[0, 0]]);
  const keep = (gid: number) => {
    if (newIds.has(gid) || gid >= numGlyphs) return;
    newIds.set(gid, order.length);
    order.push(gid);
  };
  for (const c of covered) keep(cmap.get(c)!);
  for (let i = 0; i < order.length; i++) {
    const raw = glyphBytes(order[i]!);
    if (raw.length > 0 && new DataView(raw.buffer, raw.byteOffset, raw.byteLength).getInt16(0) < 0) {
      const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
      for (const at of compositeComponents(v).idOffsets) keep(v.getUint16(at));
    }
  }
  const newId = (old: number) => newIds.get(old) ?? 0;

  const glyf = new Writer();
  const loca = new Writer();
  for (const old of order) {
    loca.u32(glyf.length);
    const g = rewriteGlyph(glyphBytes(old), newId);
    glyf.raw(g);
    while (glyf.length % 4 !== 0) glyf.u8(0);
  }
  loca.u32(glyf.length);

  const hhea = get('hhea');
  const oldMetrics = view.getUint16(hhea.offset + 34);
  const hmtxAt = get('hmtx').offset;
  const hmtx = new Writer();
  for (const old of order) {
    const m = Math.min(old, oldMetrics - 1);
    const advance = view.getUint16(hmtxAt + 4 * m);
    const lsb = old < oldMetrics ? view.getInt16(hmtxAt + 4 * old + 2) : view.getInt16(hmtxAt + 4 * oldMetrics + 2 * (old - oldMetrics));
    hmtx.u16(advance).i16(lsb);
  }

  const copy = (tag: string) => font.slice(get(tag).offset, get(tag).offset + get(tag).length);
  const headOut = copy('head');
  const hv = new DataView(headOut.buffer);
  hv.setUint32(8, 0);
  hv.setInt16(50, 1);
  const hheaOut = copy('hhea');
  new DataView(hheaOut.buffer).setUint16(34, order.length);
  const maxpOut = copy('maxp');
  const mv = new DataView(maxpOut.buffer);
  mv.setUint16(4, order.length);
  if (maxpOut.length >= 32) mv.setUint16(26, 0); // maxSizeOfInstructions: no instructions remain
  const post = get('post');
  const postOut = new Writer().u32(0x00030000).raw(font.subarray(post.offset + 4, post.offset + 32)).done();

  const sortedMap = covered.map((c) => [c, newId(cmap.get(c)!)] as [number, number]);
  const tables = new Map<string, Uint8Array>([
    ['OS/2', copy('OS/2')],
    ['cmap', buildCmap(sortedMap)],
    ['glyf', glyf.done()],
    ['head', headOut],
    ['hhea', hheaOut],
    ['hmtx', hmtx.done()],
    ['loca', loca.done()],
    ['maxp', maxpOut],
    ['name', buildName(font, view, get('name'))],
    ['post', postOut],
  ]);
  return { font: assemble(tables), covered, missing, glyphCount: order.length };
}
