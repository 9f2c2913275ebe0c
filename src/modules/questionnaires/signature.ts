import sharp from 'sharp';
import type { FieldError } from '../../platform/errors.ts';

const PREFIX = 'data:image/png;base64,';
/** A finger's signature on a tablet canvas is tens of kilobytes; this is room to spare. */
export const SIGNATURE_MAX_CHARS = 400_000;
const MAX_SIDE = 4000;

const refused = (code: string, message: string): FieldError[] => [{ path: 'signature', code, message }];

/**
 * The patient's signature as the tablet sends it: a PNG data URL of the canvas they signed on. It
 * must decode as a PNG of sensible size and hold some ink — an untouched canvas is no signature.
 * Transparent pixels count as blank; on an opaque canvas, ink is any pixel darker than light grey.
 */
export async function signatureProblems(dataUrl: string): Promise<FieldError[]> {
  if (!dataUrl.startsWith(PREFIX) || !/^[A-Za-z0-9+/]+={0,2}$/.test(dataUrl.slice(PREFIX.length))) {
    return refused('INVALID_SIGNATURE', 'Send the signature as a PNG data URL.');
  }
  const bytes = Buffer.from(dataUrl.slice(PREFIX.length), 'base64');
  const image = sharp(bytes, { limitInputPixels: MAX_SIDE * MAX_SIDE });
  const metadata = await image.metadata().catch(() => undefined);
  if (metadata?.format !== 'png' || metadata.width > MAX_SIDE || metadata.height > MAX_SIDE) {
    return refused('INVALID_SIGNATURE', 'The signature is not a readable PNG image.');
  }
  const stats = await image.stats().catch(() => undefined);
  if (!stats) return refused('INVALID_SIGNATURE', 'The signature is not a readable PNG image.');
  const { channels, isOpaque } = stats;
  const alpha = channels[3];
  const inked =
    !isOpaque && alpha ? alpha.max > 0 : channels.slice(0, 3).some((channel) => channel.min < 160);
  return inked ? [] : refused('SIGNATURE_EMPTY', 'Please sign before submitting.');
}
