import { DateInput } from '@mantine/dates';
import { useLanguage } from '../i18n';
import { parseDayText } from './datetime';

/** How a day reads in the box: 2026/11/25 in Japanese, 25 Nov 2026 in English (never mm/dd/yyyy). */
const DAY_FORMAT = { ja: 'YYYY/MM/DD', en: 'D MMM YYYY' } as const;

/**
 * A calendar day (`YYYY-MM-DD`) typed or picked in the app's language. A native `<input
 * type=date>` follows the browser's locale instead, and shows 11/25/2026 in a Japanese screen on
 * an English browser (issue 20). Typing 2026-11-25, 2026/11/25 or 20261125 works in both languages.
 */
export function DayInput(props: {
  label?: string | undefined;
  'aria-label'?: string | undefined;
  value: string;
  onChange(day: string): void;
  minDate?: string | undefined;
  maxDate?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  clearable?: boolean | undefined;
  size?: 'xs' | 'sm' | 'xl' | undefined;
  w?: number | undefined;
  testId: string;
}) {
  const language = useLanguage();
  return (
    <DateInput
      label={props.label}
      aria-label={props['aria-label']}
      value={props.value === '' ? null : props.value}
      onChange={(day) => props.onChange(day ?? '')}
      valueFormat={DAY_FORMAT[language]}
      dateParser={parseDayText}
      placeholder={DAY_FORMAT[language]}
      minDate={props.minDate || undefined}
      maxDate={props.maxDate || undefined}
      error={props.error}
      required={props.required}
      clearable={props.clearable}
      size={props.size}
      w={props.w}
      data-testid={props.testId}
    />
  );
}
