import { randomBytes } from 'node:crypto';
import sharp from 'sharp';

/** Test images and hand-built multipart bodies, for this module's tests and `makePhoto`. */

const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Dr Test</dc:creator>' +
  '</rdf:Description></rdf:RDF></x:xmpmeta>';

/** Tag 0x8825 (the GPS IFD pointer) as it appears in little-endian EXIF: the photo says where it was taken. */
export const GPS_POINTER = Buffer.from([0x25, 0x88]);

let shade = 0;

/**
 * What a phone sends: a JPEG stored sideways (EXIF orientation 6: turn 90° clockwise to view), with
 * the camera model, the place (GPS) and an XMP author. A black square marks the stored top-left
 * corner; each call gets its own colour, so its own hash.
 */
export async function phoneJpeg(options: { width?: number; height?: number; orientation?: number } = {}) {
  const { width = 1200, height = 900, orientation = 6 } = options;
  shade = (shade + 1) % 200;
  const marker = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  return sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 120 + (shade % 50), b: shade } },
  })
    .composite([{ input: marker, left: 0, top: 0 }])
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Phone 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '35/1 39/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '139/1 44/1 0/1',
      },
    })
    .withXmp(XMP)
    .withMetadata({ orientation })
    .toBuffer();
}

/** A plain image in another format. */
export const plainImage = (format: 'png' | 'webp' | 'gif' | 'tiff', width = 400, height = 300) =>
  sharp({ create: { width, height, channels: 4, background: { r: 10, g: 200, b: 30, alpha: 0.5 } } })
    .toFormat(format)
    .toBuffer();

/** Random pixels barely compress: a PNG of about 1.6 MB, over Fastify's 1 MiB JSON body limit. */
export const noisyPng = () =>
  sharp({
    create: {
      width: 800,
      height: 700,
      channels: 3,
      background: '#888',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer();

export type FilePart = { bytes: Buffer; filename?: string; contentType?: string; field?: string };

/** A multipart/form-data body as a browser sends it, ready for `app.inject`. */
export function multipartForm(fields: Record<string, string>, file?: FilePart) {
  const boundary = `----saisei${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; ` +
          `filename="${file.filename ?? 'IMG_0001.jpg'}"\r\nContent-Type: ${file.contentType ?? 'image/jpeg'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
