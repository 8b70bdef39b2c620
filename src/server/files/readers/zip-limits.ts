/**
 * Limits on what an Office file (.docx, .xlsx: a zip) unpacks to, checked before any reader inflates it. The
 * declared sizes are summed first, so an honest bomb is refused at once; then every part is inflated as a stream
 * by the native zlib and counted, and yauzl refuses a part that unpacks to more than it declared, so a lying
 * header cannot slip past either. A real task table or work plan unpacks to a few MB.
 */
import { promisify } from "node:util";
import yauzl from "yauzl";
import { readerErrors } from "./readers.errors.ts";

export interface ZipLimits {
  maxParts: number;
  maxUnpackedBytes: number;
}

export const ZIP_LIMITS: ZipLimits = { maxParts: 5000, maxUnpackedBytes: 100 * 1024 * 1024 };

const fromBuffer = promisify<Buffer, yauzl.Options, yauzl.ZipFile>(yauzl.fromBuffer);

/** True when the bytes start as a zip does. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Throws files.too_large_unpacked (413) or files.corrupt (400) unless the zip stays within the limits. */
export async function assertZipWithinLimits(bytes: Uint8Array, format: string, limits: ZipLimits = ZIP_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw readerErrors.corrupt(format);
  }
  if (zip.entryCount > limits.maxParts) throw readerErrors.tooManyParts(zip.entryCount, limits.maxParts);
  let declared = 0;
  const openStream = promisify(zip.openReadStream.bind(zip)) as (entry: yauzl.Entry) => Promise<NodeJS.ReadableStream>;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      zip.close();
      reject(error);
    };
    zip.on("error", () => fail(readerErrors.corrupt(format)));
    zip.on("end", resolve);
    zip.on("entry", (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      if (declared > limits.maxUnpackedBytes) return fail(readerErrors.tooLargeUnpacked(limits.maxUnpackedBytes));
      if (entry.fileName.endsWith("/")) return zip.readEntry();
      openStream(entry).then(
        (stream) => {
          stream.on("data", () => undefined);
          // yauzl stops a part at the size its header declared: unpacking past it is a bomb, not mere damage
          stream.on("error", (error: Error) => fail(/too many bytes/i.test(error.message) ? readerErrors.tooLargeUnpacked(limits.maxUnpackedBytes) : readerErrors.corrupt(format)));
          stream.on("end", () => zip.readEntry());
        },
        () => fail(readerErrors.corrupt(format)),
      );
    });
    zip.readEntry();
  });
}
