// Reads a request body once, as bytes, and stops at the size limit instead of
// buffering whatever a sender pushes.
import "server-only";

export class BodyTooLarge extends Error {}

export async function readBodyLimited(source: AsyncIterable<Uint8Array> | null | undefined, maxBytes: number): Promise<Buffer> {
  if (!source) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new BodyTooLarge(`body larger than ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks, size);
}
