import sharp from 'sharp';
import type { PhotoView } from '../../modules/photos/enums.ts';

/**
 * A clearly fictional clinical photo, drawn in code: a cartoon face outline on a skin-tone field,
 * turned to the view, with small dots standing for scars and a large DEMO mark across it. Never a
 * real person's photo (shared/domain/regulatory.md: photos are patient data). The fonts on a clinic
 * server may lack Japanese, so the mark is in Latin letters; the app labels it デモ in both languages.
 */

/** How far each view turns the face: −1 its left profile, 1 its right. */
const YAW: Record<PhotoView, number> = { front: 0, left45: -0.5, right45: 0.5, left90: -1, right90: 1 };

const WIDTH = 900;
const HEIGHT = 1200;

/** The same patient's scars sit in the same places at every visit: positions come from their seed. */
function scarSpots(seed: number, count: number): { x: number; y: number; r: number }[] {
  let state = (seed * 2654435761) % 2 ** 32 || 1;
  const next = () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => ({
    x: (next() - 0.5) * 300,
    y: 40 + next() * 160,
    r: 5 + next() * 7,
  }));
}

export type DemoImageRequest = {
  /** Which demo patient: their skin tone and scar positions. */
  seed: number;
  view: PhotoView;
  takenOn: string;
  /** How many of the patient's scars still show (fewer after treatment). */
  scars: number;
};

export function demoImageSvg({ seed, view, takenOn, scars }: DemoImageRequest): string {
  const yaw = YAW[view];
  const tone = ['#f1cfb4', '#e8bf9f', '#dcae8c', '#f4d6c0'][seed % 4];
  const faceRx = 250 * (1 - 0.3 * Math.abs(yaw));
  const shift = yaw * 150;
  const eye = (side: -1 | 1) =>
    Math.abs(yaw) === 1 && side !== Math.sign(yaw)
      ? ''
      : `<ellipse cx="${side * 95 + shift}" cy="-60" rx="34" ry="16" fill="#fff" stroke="#6b4a3a" stroke-width="4"/>` +
        `<circle cx="${side * 95 + shift}" cy="-60" r="10" fill="#4a3328"/>`;
  const spots = scarSpots(seed, 24)
    .slice(0, scars)
    // A spot on the far side of a turned face is hidden behind it.
    .filter((s) => Math.abs(s.x + shift) < faceRx - 20)
    .map(
      (s) =>
        `<circle cx="${(s.x + shift).toFixed(1)}" cy="${s.y.toFixed(1)}" r="${s.r.toFixed(1)}" fill="#b98469" opacity="0.7"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <rect width="100%" height="100%" fill="#d9dde2"/>
  <g transform="translate(${WIDTH / 2} ${HEIGHT / 2 - 40})">
    <rect x="-170" y="330" width="340" height="260" rx="60" fill="${tone}" stroke="#a07a60" stroke-width="4"/>
    <ellipse cx="0" cy="0" rx="${faceRx}" ry="360" fill="${tone}" stroke="#a07a60" stroke-width="5"/>
    <path d="M ${-faceRx} -120 Q 0 -470 ${faceRx} -120 L ${faceRx} -220 Q 0 -420 ${-faceRx} -220 Z" fill="#3b2a22"/>
    ${eye(-1)}${eye(1)}
    <path d="M ${shift + yaw * 30} -30 L ${shift + yaw * 70} 70 L ${shift} 80" fill="none" stroke="#8a6350" stroke-width="5"/>
    <path d="M ${shift - 70} 160 Q ${shift} 200 ${shift + 70} 160" fill="none" stroke="#9b4f4f" stroke-width="7"/>
    ${spots}
  </g>
  <text x="50%" y="52%" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="230" font-weight="bold"
    fill="#c0392b" opacity="0.28" text-anchor="middle" transform="rotate(-30 ${WIDTH / 2} ${HEIGHT / 2})">DEMO</text>
  <rect x="0" y="0" width="100%" height="90" fill="#c0392b"/>
  <text x="50%" y="60" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="40" fill="#fff"
    text-anchor="middle">DEMO IMAGE — not a real person</text>
  <rect x="0" y="${HEIGHT - 80}" width="100%" height="80" fill="#2c3e50"/>
  <text x="50%" y="${HEIGHT - 28}" font-family="DejaVu Sans Mono, monospace" font-size="36" fill="#fff"
    text-anchor="middle">DEMO #${seed + 1} · ${view} · ${takenOn}</text>
</svg>`;
}

/** The drawing as a JPEG, as a camera would send it. */
export const demoImage = (request: DemoImageRequest): Promise<Buffer> =>
  sharp(Buffer.from(demoImageSvg(request)))
    .jpeg({ quality: 85 })
    .toBuffer();
