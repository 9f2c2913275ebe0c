/**
 * What a digits-only box keeps of what was typed. A Japanese IME types full-width digits (１２３);
 * they are folded to ASCII first (NFKC), so they are not dropped without a word (issue 20).
 */
export const typedDigits = (text: string, maxLength: number) =>
  text.normalize('NFKC').replace(/\D/g, '').slice(0, maxLength);

/**
 * A time of day as typed into a 24-hour box: full-width digits folded, `1430` read as 14:30, and
 * only digits and one colon kept. Any other shape is left for the form's check to name.
 */
export function typedTime(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(/[^\d:]/g, '')
    .slice(0, 5);
  const bare = /^(\d{2})(\d{2})$/.exec(folded);
  return bare ? `${bare[1]}:${bare[2]}` : folded;
}
