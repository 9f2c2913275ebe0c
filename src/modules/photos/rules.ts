import type { FieldError } from '../../domain/field-error.ts';
import { linkedRecordProblems } from '../records/rules.ts';
import type { ImageFormat } from './enums.ts';

/**
 * What is kept of an upload. Full resolution up to 4096 px on the long side: a 12 MP phone photo
 * (4032 × 3024) keeps every pixel, enough to judge individual icepick and boxcar scars at
 * full-face framing, while 48–200 MP uploads come down to about 12 MP (2–5 MB instead of 15–25 MB
 * each, five views a visit, kept 10 years). Quality 90 with full-resolution colour (4:4:4) because
 * redness at scar borders is what is judged, and 4:2:0 halves the colour resolution.
 * The thumbnail serves lists and galleries only; no clinical judgement is made on it.
 */
export const PHOTO_RENDERING = {
  image: { longSidePx: 4096, quality: 90 },
  thumbnail: { longSidePx: 320, quality: 80 },
} as const;

/**
 * Refused on the header's dimensions, before decoding. Decoding costs by the pixel, whatever the
 * file's size (a 466 KB PNG can claim 120 MP): here ≈ 3.5 bytes and ≈ 20 ms a megapixel, so 120 MP
 * took 2.3 s and 488 MB (issue 18). 64 MP still takes every full-frame camera (61 MP at most) and the
 * 48–50 MP modes of phones; clinical photos are taken at 12–24 MP and kept at 4096 px anyway.
 */
export const MAX_INPUT_PIXELS = 64_000_000;

/** The stored renditions are always JPEG, whatever was uploaded. */
export const STORED_MIME_TYPE = 'image/jpeg';

/**
 * The format by its first bytes, never by the file name or the browser's word for it. Anything
 * else (SVG, TIFF, GIF, PDF, HEIC) is refused before an image library parses it.
 */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | undefined {
  const starts = (offset: number, signature: number[]) =>
    bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
  if (starts(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // RIFF....WEBP
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
  return undefined;
}

/** A photo is taken on a day that has come, and not before the patient was born. */
export function takenOnErrors(takenOn: string, today: string, birthDate: string): FieldError[] {
  if (takenOn > today) {
    return [{ path: 'takenOn', code: 'IN_FUTURE', message: 'A photo cannot be taken in the future.' }];
  }
  if (takenOn < birthDate) {
    return [{ path: 'takenOn', code: 'BEFORE_BIRTH', message: 'The date is before the patient was born.' }];
  }
  return [];
}

/** A consultation or assessment as far as linking a photo to it is concerned. */
export type LinkedRecord = { patientId: string; status: string; consultationId?: string | null };

/**
 * A photo may name the consultation and the assessment it belongs to; both must be this patient's
 * own records, not voided (records/rules.ts), and an assessment made at a consultation must be at
 * the one named.
 */
export function linkErrors(
  patientId: string,
  requested: { assessmentId?: string | null; consultationId?: string | null },
  found: { assessment?: LinkedRecord | undefined; consultation?: LinkedRecord | undefined },
): FieldError[] {
  const errors: FieldError[] = [];
  if (requested.consultationId) {
    errors.push(
      ...linkedRecordProblems(found.consultation, patientId, {
        path: 'consultationId',
        noun: 'consultation',
      }),
    );
  }
  if (!requested.assessmentId) return errors;
  errors.push(
    ...linkedRecordProblems(found.assessment, patientId, { path: 'assessmentId', noun: 'assessment' }),
  );
  const atConsultation = found.assessment?.consultationId;
  if (
    errors.length === 0 &&
    requested.consultationId &&
    atConsultation &&
    atConsultation !== requested.consultationId
  ) {
    errors.push({
      path: 'assessmentId',
      code: 'OTHER_CONSULTATION',
      message: 'The assessment belongs to another consultation.',
    });
  }
  return errors;
}

/** `second` may not come before `first`; named as the query parameters are. */
export function dateOrderErrors(
  first: { name: string; value?: string | undefined },
  second: { name: string; value?: string | undefined },
): FieldError[] {
  if (!first.value || !second.value || first.value <= second.value) return [];
  return [
    {
      path: second.name,
      code: 'BEFORE_START',
      message: `${second.name} must be on or after ${first.name}.`,
      in: 'querystring',
    },
  ];
}

/**
 * Before and after for the side-by-side view. One photo is not a comparison: when both dates lead
 * to the same photo, it is shown as "before" and "after" stays empty.
 */
export function comparisonPair<T extends { id: string }>(
  before: T | undefined,
  after: T | undefined,
): { before: T | null; after: T | null } {
  if (before && after && before.id === after.id) return { before, after: null };
  return { before: before ?? null, after: after ?? null };
}
