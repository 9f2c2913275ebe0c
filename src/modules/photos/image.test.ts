import zlib from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../platform/errors.ts';
import { prepareClinicalPhoto } from './image.ts';
import { MAX_INPUT_PIXELS, PHOTO_RENDERING } from './rules.ts';
import { phoneJpeg, plainImage } from './test-photos.ts';

const refusal = async (upload: Buffer) => {
  const error = (await prepareClinicalPhoto(upload).catch((e: unknown) => e)) as AppError;
  return error.errors.map((e) => `${e.path}:${e.code}`);
};

/** A PNG whose header claims a 20,000 × 20,000 canvas (400 MP) with almost no data behind it. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(16))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A small real JPEG whose frame header (SOF0) now claims `width` × `height`: a few hundred bytes
 * standing for a huge canvas.
 */
async function jpegClaiming(width: number, height: number): Promise<Buffer> {
  const bytes = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer();
  const sof = bytes.indexOf(Buffer.from([0xff, 0xc0]));
  bytes.writeUInt16BE(height, sof + 5);
  bytes.writeUInt16BE(width, sof + 7);
  return bytes;
}

/** A small lossless WebP whose VP8L header claims `width` × `height` (14 bits each, minus one). */
async function webpClaiming(width: number, height: number): Promise<Buffer> {
  const bytes = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } })
    .webp({ lossless: true })
    .toBuffer();
  const header = bytes.indexOf(Buffer.from('VP8L', 'latin1')) + 9;
  const flags = bytes.readUInt32LE(header) & 0xf000_0000;
  bytes.writeUInt32LE((flags | ((height - 1) << 14) | (width - 1)) >>> 0, header);
  return bytes;
}

describe('preparing a photo', () => {
  it('turns a sideways phone photo upright and keeps no metadata but an sRGB profile', async () => {
    const { image, thumbnail, uploaded } = await prepareClinicalPhoto(await phoneJpeg());
    expect(uploaded).toMatchObject({ format: 'jpeg', width: 1200, height: 900 });
    expect([image.width, image.height]).toEqual([900, 1200]);
    expect([thumbnail.width, thumbnail.height]).toEqual([240, 320]);
    for (const rendition of [image, thumbnail]) {
      const meta = await sharp(rendition.bytes).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', space: 'srgb', hasProfile: true });
      expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it('keeps full resolution up to 4096 px on the long side, and never enlarges', async () => {
    const big = await prepareClinicalPhoto(await phoneJpeg({ width: 6000, height: 4000, orientation: 1 }));
    expect([big.image.width, big.image.height]).toEqual([PHOTO_RENDERING.image.longSidePx, 2731]);
    const small = await prepareClinicalPhoto(await plainImage('png', 200, 100));
    expect([small.image.width, small.image.height]).toEqual([200, 100]);
    expect([small.thumbnail.width, small.thumbnail.height]).toEqual([200, 100]);
  });

  it('puts transparent pixels on white (JPEG has no transparency)', async () => {
    const { image } = await prepareClinicalPhoto(await plainImage('png', 10, 10));
    const { data } = await sharp(image.bytes).raw().toBuffer({ resolveWithObject: true });
    // rgb(10, 200, 30) at half opacity on white
    expect(Array.from(data.subarray(0, 3)).map((v) => Math.round(v / 10))).toEqual([13, 23, 14]);
  });

  it('refuses an animated image', async () => {
    const frame = (colour: string) =>
      sharp({ create: { width: 20, height: 20, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const animated = await sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } })
      .webp({ loop: 0 })
      .toBuffer();
    expect(await refusal(animated)).toEqual(['file:UNSUPPORTED_IMAGE']);
  });

  it('refuses a canvas over the pixel limit before decoding it', async () => {
    expect(await refusal(pngClaiming(20_000, 20_000))).toEqual(['file:TOO_MANY_PIXELS']);
  });

  it('reads the limit from the header of every accepted format: a tiny file claiming 120 MP is refused undecoded', async () => {
    // TOO_MANY_PIXELS comes only from the header check: past it, sharp's own limit would fail the decode as UNSUPPORTED_IMAGE.
    const claims = [
      pngClaiming(12_000, 10_000),
      await jpegClaiming(12_000, 10_000),
      await webpClaiming(12_000, 10_000),
      pngClaiming(8_000, MAX_INPUT_PIXELS / 8_000 + 1),
    ];
    for (const upload of claims) {
      expect(upload.byteLength).toBeLessThan(2_000);
      expect(await refusal(upload)).toEqual(['file:TOO_MANY_PIXELS']);
    }
    const error = (await prepareClinicalPhoto(claims[0] as Buffer).catch((e: unknown) => e)) as AppError;
    expect(error.errors[0]?.message).toBe(
      'The photo has 12000 × 10000 pixels; at most 64 million are accepted.',
    );
  });

  it('sees the real dimensions of the doctored headers (so the refusal above is the limit, not a misreading)', async () => {
    for (const upload of [await jpegClaiming(12_000, 10_000), await webpClaiming(12_000, 10_000)]) {
      expect(await sharp(upload, { limitInputPixels: false }).metadata()).toMatchObject({
        width: 12_000,
        height: 10_000,
      });
    }
  });

  it('refuses bytes that only start like an image', async () => {
    expect(await refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]))).toEqual([
      'file:UNSUPPORTED_IMAGE',
    ]);
  });
});
