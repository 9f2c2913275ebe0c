/** The time of day in Japan as `HH:mm` (what a time field shows), of now or of an instant. */
export function tokyoTime(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Tokyo',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** The instant of `HH:mm` Japan time on a clinical day, as the API takes it. */
export const instantOn = (date: string, time: string) => `${date}T${time}:00+09:00`;
