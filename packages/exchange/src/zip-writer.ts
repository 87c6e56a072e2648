/**
 * A streaming zip writer that holds only the central directory (about 100 bytes a file) and
 * hands out each file's bytes as it is added: a million small files in a zip cost about 100 MB,
 * where fflate's `Zip` keeps an object and closures per file (over 2 GB at a million) and
 * cannot count more than 65,535 files. Its records are laid out as fflate's are (a data
 * descriptor after each file, no extra fields), so zips of up to 65,535 files are the bytes
 * fflate wrote; above that, the ZIP64 end records carry the count.
 */
const UTF8 = new TextEncoder();

export class ZipWriter {
  private offset = 0;
  private count = 0;
  private readonly central = new ByteBlocks();
  private readonly time: number;

  /** `mtime`: the modification time of every file (a fixed one keeps the zip the same bytes). */
  constructor(mtime: Date) {
    const y = mtime.getFullYear() - 1980;
    if (y < 0 || y > 119) throw new RangeError('zip times run from 1980 to 2099');
    // MS-DOS time in local time, as fflate writes it.
    this.time =
      (y << 25) |
      ((mtime.getMonth() + 1) << 21) |
      (mtime.getDate() << 16) |
      (mtime.getHours() << 11) |
      (mtime.getMinutes() << 5) |
      (mtime.getSeconds() >> 1);
  }

  /**
   * One file, whole: `data` as it goes into the zip (deflated already when `compression` is 8),
   * `crc` and `size` of the uncompressed content. Returns the bytes to write.
   */
  add(name: string, data: readonly Uint8Array[], file: { compression: 0 | 8; crc: number; size: number }): Uint8Array[] {
    const fileName = UTF8.encode(name);
    const utf8 = fileName.length !== name.length;
    const stored = data.reduce((n, d) => n + d.length, 0);
    if (this.offset > 0xfffffffe || stored > 0xfffffffe || file.size > 0xfffffffe)
      throw new RangeError('zip: files and archives above 4 GB are not supported');
    const header = new Uint8Array(30 + fileName.length);
    const h = new DataView(header.buffer);
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    header[6] = 8; // sizes in a data descriptor after the data
    header[7] = utf8 ? 8 : 0;
    h.setUint16(8, file.compression, true);
    h.setUint32(10, this.time, true);
    h.setUint16(26, fileName.length, true);
    header.set(fileName, 30);
    const descriptor = new Uint8Array(16);
    const d = new DataView(descriptor.buffer);
    d.setUint32(0, 0x08074b50, true);
    d.setUint32(4, file.crc >>> 0, true);
    d.setUint32(8, stored, true);
    d.setUint32(12, file.size, true);
    const entry = new Uint8Array(46 + fileName.length);
    const c = new DataView(entry.buffer);
    c.setUint32(0, 0x02014b50, true);
    entry[4] = 20;
    entry[6] = 20;
    entry[8] = 8;
    entry[9] = utf8 ? 8 : 0;
    c.setUint16(10, file.compression, true);
    c.setUint32(12, this.time, true);
    c.setUint32(16, file.crc >>> 0, true);
    c.setUint32(20, stored, true);
    c.setUint32(24, file.size, true);
    c.setUint16(28, fileName.length, true);
    c.setUint32(42, this.offset, true);
    entry.set(fileName, 46);
    this.central.push(entry);
    this.count += 1;
    this.offset += header.length + stored + descriptor.length;
    return [header, ...data, descriptor];
  }

  /** The central directory and the end records. */
  end(): Uint8Array[] {
    const size = this.central.length;
    const many = this.count > 0xffff || this.offset > 0xfffffffe;
    const tail: Uint8Array[] = [];
    if (many) {
      // ZIP64 end of central directory record and its locator (APPNOTE 4.3.14, 4.3.15).
      const record = new Uint8Array(56 + 20);
      const r = new DataView(record.buffer);
      r.setUint32(0, 0x06064b50, true);
      r.setBigUint64(4, 44n, true);
      r.setUint16(12, 45, true);
      r.setUint16(14, 45, true);
      r.setBigUint64(24, BigInt(this.count), true);
      r.setBigUint64(32, BigInt(this.count), true);
      r.setBigUint64(40, BigInt(size), true);
      r.setBigUint64(48, BigInt(this.offset), true);
      r.setUint32(56, 0x07064b50, true);
      r.setBigUint64(64, BigInt(this.offset + size), true);
      r.setUint32(72, 1, true);
      tail.push(record);
    }
    const last = new Uint8Array(22);
    const e = new DataView(last.buffer);
    e.setUint32(0, 0x06054b50, true);
    e.setUint16(8, many ? 0xffff : this.count, true);
    e.setUint16(10, many ? 0xffff : this.count, true);
    e.setUint32(12, size, true);
    e.setUint32(16, many ? 0xffffffff : this.offset, true);
    tail.push(last);
    return [...this.central.take(), ...tail];
  }
}

/** Bytes gathered in blocks of 1 MB, not as a million small arrays (each with its own overhead). */
export class ByteBlocks {
  private blocks: Uint8Array[] = [];
  private block = new Uint8Array(BLOCK);
  private used = 0;
  length = 0;

  push(bytes: Uint8Array): void {
    this.length += bytes.length;
    let from = 0;
    while (from < bytes.length) {
      const n = Math.min(bytes.length - from, BLOCK - this.used);
      this.block.set(bytes.subarray(from, from + n), this.used);
      this.used += n;
      from += n;
      if (this.used === BLOCK) {
        this.blocks.push(this.block);
        this.block = new Uint8Array(BLOCK);
        this.used = 0;
      }
    }
  }

  /** Everything gathered, and empty again. */
  take(): Uint8Array[] {
    const out = [...this.blocks, this.block.subarray(0, this.used)].filter((b) => b.length > 0);
    this.blocks = [];
    this.block = new Uint8Array(BLOCK);
    this.used = 0;
    this.length = 0;
    return out;
  }
}

const BLOCK = 1024 * 1024;
