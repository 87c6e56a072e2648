import { z } from 'zod';

// The messages between the exchange worker and the worker that compresses a qdpx's project.qde
// beside it (deflate is the largest single cost of a qdpx; on a second core it runs while the
// stories are read and written).

/** The next piece of project.qde's XML, in order; `final` on the last. */
export const DeflatePieceSchema = z.strictObject({ type: z.literal('piece'), xml: z.string(), final: z.boolean() });
export type DeflatePiece = z.infer<typeof DeflatePieceSchema>;

/** project.qde compressed (its blocks' buffers transferred, not copied), with the CRC-32 and size of the XML. */
export const DeflatedReplySchema = z.strictObject({
  type: z.literal('deflated'),
  data: z.array(z.instanceof(Uint8Array)),
  crc: z.number().int(),
  size: z.number().int().nonnegative(),
});
/** A piece was compressed: the exchange worker sends more only while few are waiting (bounded memory). */
export const DeflateTookSchema = z.strictObject({ type: z.literal('took') });
/** The compression failed (e.g. out of memory); the export fails with this message. */
export const DeflateFailedSchema = z.strictObject({ type: z.literal('failed'), message: z.string() });
export const DeflateReplySchema = z.discriminatedUnion('type', [DeflateTookSchema, DeflatedReplySchema, DeflateFailedSchema]);
export type DeflateReply = z.infer<typeof DeflateReplySchema>;
