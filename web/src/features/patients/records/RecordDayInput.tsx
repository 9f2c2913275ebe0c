import { TextInput } from '@mantine/core';

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
    <TextInput
      type="date"
      label={props.label}
      value={props.value}
      max={props.today}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={props.error}
      required
      data-testid={props.testId}
    />
  );
}
