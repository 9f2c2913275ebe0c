/**
 * What a digits-only box keeps of what was typed. A Japanese IME types full-width digits (１２３);
 * they are folded to ASCII first (NFKC), so they are not dropped without a word (issue 20).
 */
export const typedDigits = (text: string, maxLength: number) =>
  text.normalize('NFKC').replace(/\D/g, '').slice(0, maxLength);
