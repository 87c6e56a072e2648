// Name-based UUIDs (version 5, RFC 9562 §5.5): the same strings as `v5(name, namespace)` of the
// `uuid` package, which test/uuid-v5.test.ts holds it to. A REFI-QDA export makes one for every
// story and every coding (over 300,000 at 100,000 stories); in the browser `uuid` hashes with a
// SHA-1 in JavaScript that builds arrays per call (7.8 s of a 74 s export in the extension's
// profile, issue 14). This one hashes in a buffer it keeps and formats through a table.

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const encoder = new TextEncoder();
const W = new Int32Array(80);
const H = new Int32Array(5);
let buffer = new Uint8Array(256);
const namespaces = new Map<string, Uint8Array>();

function namespaceBytes(namespace: string): Uint8Array {
  let bytes = namespaces.get(namespace);
  if (bytes === undefined) {
    const hex = namespace.replace(/-/g, '');
    if (!/^[0-9a-f]{32}$/i.test(hex)) throw new TypeError(`not a UUID: ${namespace}`);
    bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    namespaces.set(namespace, bytes);
  }
  return bytes;
}

/** SHA-1 (FIPS 180-4) of the first `length` bytes of `buffer` into H; the buffer has room for the padding. */
function sha1(length: number): void {
  const blocks = (length + 9 + 63) >>> 6;
  const end = blocks * 64;
  buffer.fill(0, length, end);
  buffer[length] = 0x80;
  const bits = length * 8;
  buffer[end - 5] = Math.floor(bits / 2 ** 32) & 0xff;
  buffer[end - 4] = bits >>> 24;
  buffer[end - 3] = bits >>> 16;
  buffer[end - 2] = bits >>> 8;
  buffer[end - 1] = bits;
  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  for (let block = 0; block < end; block += 64) {
    for (let t = 0; t < 16; t++) {
      const i = block + t * 4;
      W[t] = (buffer[i]! << 24) | (buffer[i + 1]! << 16) | (buffer[i + 2]! << 8) | buffer[i + 3]!;
    }
    for (let t = 16; t < 80; t++) {
      const x = W[t - 3]! ^ W[t - 8]! ^ W[t - 14]! ^ W[t - 16]!;
      W[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + W[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  H[0] = h0;
  H[1] = h1;
  H[2] = h2;
  H[3] = h3;
  H[4] = h4;
}

/** The version 5 UUID of `name` (as UTF-8) in `namespace`, lower-case, as `uuid`'s `v5(name, namespace)` gives it. */
export function uuidV5(name: string, namespace: string): string {
  // A UTF-16 unit is at most 3 bytes of UTF-8; 16 for the namespace, 72 for the padding.
  const room = 16 + name.length * 3 + 72;
  if (buffer.length < room) buffer = new Uint8Array(room * 2);
  buffer.set(namespaceBytes(namespace), 0);
  const { written } = encoder.encodeInto(name, buffer.subarray(16));
  sha1(16 + written);
  let out = '';
  for (let i = 0; i < 16; i++) {
    let byte = (H[i >>> 2]! >>> (24 - (i & 3) * 8)) & 0xff;
    if (i === 6) byte = (byte & 0x0f) | 0x50;
    else if (i === 8) byte = (byte & 0x3f) | 0x80;
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += HEX[byte]!;
  }
  return out;
}
