/** The standard views, so that before and after compare like with like (issue 4). */
export const PHOTO_VIEWS = ['front', 'left45', 'right45', 'left90', 'right90'] as const;
export type PhotoView = (typeof PHOTO_VIEWS)[number];

/** What is kept of each photo: the image itself and a small rendition for lists and galleries. */
export const PHOTO_RENDITIONS = ['image', 'thumbnail'] as const;
export type PhotoRendition = (typeof PHOTO_RENDITIONS)[number];

/** Accepted uploads, told apart by their first bytes. HEIC is not: this sharp build has no HEVC decoder. */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
