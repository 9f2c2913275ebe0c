import sharp from 'sharp';

/**
 * A signature as the tablet's canvas sends it: a PNG data URL, transparent, with a dark stroke
 * across it (or none: an untouched canvas). For this module's tests and the walkers.
 */
export async function signatureDataUrl(options: { inked?: boolean } = {}): Promise<string> {
  const width = 300;
  const height = 100;
  const pixels = Buffer.alloc(width * height * 4);
  if (options.inked ?? true) {
    for (let x = 20; x < 280; x++) {
      const y = 50 + Math.round(20 * Math.sin(x / 20));
      pixels.writeUInt32BE(0x202020ff, (y * width + x) * 4);
    }
  }
  const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}
