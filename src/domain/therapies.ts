/** The therapies a provision plan covers (shared/domain/regulatory.md, fibroblast.md, prp.md). */
export const THERAPIES = ['fibroblast', 'prp'] as const;
export type Therapy = (typeof THERAPIES)[number];
