import { foldNameForSearch, NAME_KEY_VERSION } from './name-fold.ts';

export type PatientNames = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  familyNameRomaji?: string | null;
  givenNameRomaji?: string | null;
};

/**
 * The derived search keys stored beside a patient (modules/patients/schema.ts), computed on every
 * write and by the re-key run after migrations (db/rekey-patients.ts) when `searchKeyVersion` is
 * older than this code's. Here, not in the patients module, so that run can reach it.
 */
export function patientSearchKeys(patient: PatientNames & { phone?: string | null }) {
  const romaji = `${patient.familyNameRomaji ?? ''}${patient.givenNameRomaji ?? ''}`;
  return {
    kanaKey: foldNameForSearch(`${patient.familyNameKana}${patient.givenNameKana}`),
    // Kanji then romaji, with a separator no search term contains after folding.
    nameKey: `${foldNameForSearch(`${patient.familyName}${patient.givenName}`)}|${foldNameForSearch(romaji)}`,
    phoneDigits: patient.phone ? patient.phone.replace(/\D/g, '') : null,
    searchKeyVersion: NAME_KEY_VERSION,
  };
}
