import { createHash } from 'node:crypto';
import type { Sha256Hex } from '../canonical.js';

/** Node's own SHA-256 for `contentHash`: the same hash as the pure one, several times faster. */
export const nativeSha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
