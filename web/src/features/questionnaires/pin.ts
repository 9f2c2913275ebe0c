/** A PIN as digits only: full-width digits (a Japanese input method's) folded to ASCII, the rest dropped. */
export const asciiDigits = (text: string) =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');

/** The server takes 4 to 8 digits (modules/questionnaires/rules.ts pinProblems). */
export const isPin = (text: string) => /^\d{4,8}$/.test(text);
