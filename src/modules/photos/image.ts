import sharp, { type Sharp } from 'sharp';
import { validationFailed } from '../../platform/errors.ts';
import type { ImageFormat } from './enums.ts';
import { MAX_INPUT_PIXELS, PHOTO_RENDERING, sniffImageFormat } from './rules.ts';

/** One stored JPEG rendition. */
export type Rendition = { bytes: Buffer; width: number; height: number };

/** What was uploaded (its bytes are not kept: they may carry the place they were taken). */
export type UploadedImage = { format: ImageFormat; width: number; height: number; byteSize: number };

export type PreparedPhoto = { image: Rendition; thumbnail: Rendition; uploaded: UploadedImage };

/**
 * Sharp refuses anything over the pixel limit before decoding, and a truncated upload (a dropped
 * connection) rather than storing a half-grey photo; benign encoder warnings some cameras leave
 * in their JPEGs are tolerated.
 */
const DECODE_OPTIONS = { failOn: 'truncated', limitInputPixels: MAX_INPUT_PIXELS } as const;

const refused = (code: string, message: string) => validationFailed([{ path: 'file', code, message }]);

/**
 * Turns an upload into what the clinic keeps: upright (EXIF orientation applied), in sRGB with an
 * sRGB profile attached, and with every other piece of metadata gone — EXIF (camera, time, GPS
 * location), XMP and IPTC are never copied, because sharp writes only what it is asked to. Pixels
 * are not retouched: no sharpening, no colour or tone adjustment (before/after photos must be
 * unretouched, shared/domain/regulatory.md); only orientation, size and encoding change.
 */
export async function prepareClinicalPhoto(upload: Buffer): Promise<PreparedPhoto> {
  const format = sniffImageFormat(upload);
  if (!format) throw refused('UNSUPPORTED_IMAGE', 'Send a JPEG, PNG or WebP photo.');
  // The header only, so the pixel count is ours to judge (below) rather than a failure to read.
  const metadata = await sharp(upload, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!metadata || metadata.format !== format) {
    throw refused('UNSUPPORTED_IMAGE', 'The file could not be read as a photo.');
  }
  if ((metadata.pages ?? 1) > 1) {
    throw refused('UNSUPPORTED_IMAGE', 'An animated image is not a clinical photo.');
  }
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) {
    throw refused(
      'TOO_MANY_PIXELS',
      `The photo has ${metadata.width} × ${metadata.height} pixels; at most ${MAX_INPUT_PIXELS / 1e6} million are accepted.`,
    );
  }

  let image: Rendition;
  try {
    image = await render(sharp(upload, DECODE_OPTIONS).autoOrient(), PHOTO_RENDERING.image);
  } catch {
    throw refused('UNSUPPORTED_IMAGE', 'The photo is damaged or incomplete.');
  }
  // From the stored image, so the thumbnail shows exactly what was kept.
  const thumbnail = await render(sharp(image.bytes), PHOTO_RENDERING.thumbnail);
  return {
    image,
    thumbnail,
    uploaded: { format, width: metadata.width, height: metadata.height, byteSize: upload.byteLength },
  };
}

async function render(pipeline: Sharp, target: { longSidePx: number; quality: number }): Promise<Rendition> {
  const { data, info } = await pipeline
    .resize({ width: target.longSidePx, height: target.longSidePx, fit: 'inside', withoutEnlargement: true })
    // JPEG has no transparency; white, as on the paper charts the photos sit beside.
    .flatten({ background: '#ffffff' })
    .withIccProfile('srgb')
    .jpeg({ quality: target.quality, chromaSubsampling: '4:4:4' })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}
