import { ThemeIcon } from '@mantine/core';

export type TimelineKind =
  | 'registration'
  | 'consultation'
  | 'assessment'
  | 'photo'
  | 'questionnaire'
  | 'consent'
  | 'prp_session';

const KINDS: readonly TimelineKind[] = [
  'registration',
  'consultation',
  'assessment',
  'photo',
  'questionnaire',
  'consent',
  'prp_session',
];
export const isTimelineKind = (kind: string): kind is TimelineKind =>
  (KINDS as readonly string[]).includes(kind);

const COLOR: Record<TimelineKind, string> = {
  registration: 'gray',
  consultation: 'blue',
  assessment: 'grape',
  photo: 'teal',
  questionnaire: 'orange',
  consent: 'indigo',
  prp_session: 'red',
};

// Line drawings on a 24-unit grid: an ID card, a clipboard, a rising chart, a camera, a ticked form, a signed sheet, a drop.
const PATHS: Record<TimelineKind, string> = {
  registration: 'M3 6h18v12H3z M7 10h4 M7 14h6 M15 10h2',
  consultation: 'M8 4h8v3H8z M6 5.5H4.5V21h15V5.5H18 M8 11h8 M8 15h6',
  assessment: 'M4 20V4 M4 20h16 M7 15l4-4 3 3 5-6',
  photo: 'M4 8h3l2-2.5h6L17 8h3v11H4z M12 16.5a3.2 3.2 0 1 0 0-6.4 3.2 3.2 0 0 0 0 6.4z',
  questionnaire: 'M6 3h12v18H6z M9 8.5l1.5 1.5 3-3 M9 14h6 M9 17.5h4',
  consent: 'M6 3h9l4 4v14H6z M14 3v5h5 M9 11h7 M9 14.5h7 M9 18.5c1-1.5 2-1.5 2.5 0s1.5 1.5 2.5-.5',
  // A drop of blood with a syringe line: the session draws and injects.
  prp_session: 'M12 3c3 4 5 7 5 10a5 5 0 0 1-10 0c0-3 2-6 5-10z M4 21l5-5',
};

/** A small icon per kind of timeline entry, so the eye finds consultations or photos at once. */
export function TimelineIcon({ kind }: { kind: string }) {
  const known = isTimelineKind(kind) ? kind : 'registration';
  return (
    <ThemeIcon size={26} radius="xl" variant="light" color={COLOR[known]} aria-hidden>
      <svg
        aria-hidden="true"
        width="16"
        height="16"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={PATHS[known]} />
      </svg>
    </ThemeIcon>
  );
}

/** A small padlock: content kept from this reader (their role does not open it). */
export function LockIcon() {
  return (
    <svg
      aria-hidden="true"
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M5 11h14v10H5z M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  );
}
