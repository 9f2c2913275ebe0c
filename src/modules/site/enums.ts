/** What a piece of the public site is: a fixed page, a self-pay treatment page, or an article. */
export const PAGE_KINDS = ['page', 'treatment', 'article'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The fixed pages the site has at clean addresses (public.routes.ts maps each to its path). */
export const FIXED_PAGES = ['home', 'clinic', 'contact', 'privacy'] as const;
export type FixedPage = (typeof FIXED_PAGES)[number];

/** The treatments the site describes, one page each at /treatments/{slug}. */
export const TREATMENT_SLUGS = ['fibroblast', 'prp'] as const;

export const PAGE_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

export const INQUIRY_STATUSES = ['new', 'contacted', 'booked', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const CONTACT_METHODS = ['email', 'phone', 'either'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const THERAPY_INTERESTS = ['fibroblast', 'prp', 'undecided'] as const;
export type TherapyInterest = (typeof THERAPY_INTERESTS)[number];

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** A before/after case on a page: placed, or withdrawn with a reason (never deleted). */
export const CASE_STATUSES = ['placed', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
