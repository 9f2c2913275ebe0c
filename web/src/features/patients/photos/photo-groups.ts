import type { Schemas } from '../../../lib/client';

/**
 * A photo's `imageUrl` and `thumbnailUrl` are shown with a plain `<img src>`: the browser fetches
 * them with the session cookie (each view logged), and the typed client answers JSON, not images.
 */
export type Photo = Schemas['Photo'];
export type PhotoView = Photo['view'];

/** The standard views in the order they are taken and shown (photos/enums.ts on the server). */
export const PHOTO_VIEWS: readonly PhotoView[] = ['front', 'left45', 'right45', 'left90', 'right90'];

export interface PhotoSheetRow {
  takenOn: string;
  byView: Record<PhotoView, Photo[]>;
}

const emptyViews = (): Record<PhotoView, Photo[]> => ({
  front: [],
  left45: [],
  right45: [],
  left90: [],
  right90: [],
});

/**
 * The clinic's photo sheet: one row per day (newest first), one column per view, so a missing
 * view at a visit shows as an empty cell. Within a cell, photos keep upload order (UUIDv7 ids).
 */
export function photoSheet(photos: readonly Photo[]): PhotoSheetRow[] {
  const rows = new Map<string, Record<PhotoView, Photo[]>>();
  for (const photo of photos) {
    let row = rows.get(photo.takenOn);
    if (!row) {
      row = emptyViews();
      rows.set(photo.takenOn, row);
    }
    row[photo.view].push(photo);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([takenOn, byView]) => {
      for (const view of PHOTO_VIEWS) byView[view].sort((a, b) => a.id.localeCompare(b.id));
      return { takenOn, byView };
    });
}

/** The days on which a view was photographed, oldest first (the choices for before and after). */
export function datesOfView(photos: readonly Photo[], view: PhotoView): string[] {
  return [...new Set(photos.filter((p) => p.view === view).map((p) => p.takenOn))].sort();
}

/** The views photographed on at least two days: the ones a comparison can be made for. */
export function comparableViews(photos: readonly Photo[]): PhotoView[] {
  return PHOTO_VIEWS.filter((view) => datesOfView(photos, view).length >= 2);
}

/** Whole days from one date to another (`YYYY-MM-DD`), negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
