import type { PatientInput } from '../../modules/patients/service.ts';

/**
 * Clearly fictional patients: 見本 (sample), 試験 (test) and similar family names, 架空区 addresses,
 * 090-0000-xxxx numbers that no carrier assigns.
 */
export const DEMO_PATIENTS: PatientInput[] = [
  ['見本', '花子', 'みほん', 'はなこ', '1990-05-01', 'female'],
  ['見本', '太郎', 'みほん', 'たろう', '1988-11-23', 'male'],
  ['試験', '美咲', 'しけん', 'みさき', '1995-02-14', 'female'],
  ['架空', '翔太', 'かくう', 'しょうた', '1999-07-07', 'male'],
  ['仮名', '結衣', 'かめい', 'ゆい', '2001-03-30', 'female'],
  ['例示', '健一', 'れいじ', 'けんいち', '1979-09-09', 'male'],
  ['模擬', '真由美', 'もぎ', 'まゆみ', '1984-12-01', 'female'],
  ['標本', '葵', 'ひょうほん', 'あおい', '1997-06-18', 'female'],
].map(([familyName, givenName, familyNameKana, givenNameKana, birthDate, sex], i) => ({
  familyName: familyName as string,
  givenName: givenName as string,
  familyNameKana: familyNameKana as string,
  givenNameKana: givenNameKana as string,
  birthDate: birthDate as string,
  sex: sex as PatientInput['sex'],
  phone: `090-0000-${String(1001 + i)}`,
  postalCode: '999-9901',
  address: `東京都架空区見本町${i + 1}-${i + 2}-${i + 3}`,
  ...(i % 3 === 0 ? { allergies: 'リドカインにかぶれの既往（デモ）' } : {}),
}));
