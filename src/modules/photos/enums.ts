/** The standard views, so that before and after compare like with like (issue 4). */
export const PHOTO_VIEWS = ['front', 'left45', 'right45', 'left90', 'right90'] as const;
export type PhotoView = (typeof PHOTO_VIEWS)[number];
