import { DayInput } from '../../../lib/DayInput';

/** The day a record concerns: a date no later than today in Japan (the server refuses a future one too). */
export function RecordDayInput(props: {
  label: string;
  value: string;
  today: string;
  error?: string | undefined;
  testId: string;
  onChange(day: string): void;
}) {
  return (
    <DayInput
      label={props.label}
      value={props.value}
      maxDate={props.today}
      onChange={props.onChange}
      error={props.error}
      required
      testId={props.testId}
    />
  );
}
