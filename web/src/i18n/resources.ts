/**
 * Every feature keeps its words beside its screens (`<feature>/i18n/ja.json` and `en.json`); they
 * are merged here into one resource per language, so a key reads the same wherever it is used
 * (`t('consultations.new')`). A new feature adds its pair below. translations.test.ts checks that
 * each pair has the same keys and that no two features claim the same top-level key.
 */
import appEn from '../app/i18n/en.json';
import appJa from '../app/i18n/ja.json';
import accountEn from '../features/account/i18n/en.json';
import accountJa from '../features/account/i18n/ja.json';
import auditEn from '../features/admin/audit/i18n/en.json';
import auditJa from '../features/admin/audit/i18n/ja.json';
import backupsEn from '../features/admin/backups/i18n/en.json';
import backupsJa from '../features/admin/backups/i18n/ja.json';
import facilitiesEn from '../features/admin/facilities/i18n/en.json';
import facilitiesJa from '../features/admin/facilities/i18n/ja.json';
import consentDocumentsEn from '../features/admin/plans/documents/i18n/en.json';
import consentDocumentsJa from '../features/admin/plans/documents/i18n/ja.json';
import plansEn from '../features/admin/plans/i18n/en.json';
import plansJa from '../features/admin/plans/i18n/ja.json';
import questionnaireTemplatesEn from '../features/admin/questionnaires/i18n/en.json';
import questionnaireTemplatesJa from '../features/admin/questionnaires/i18n/ja.json';
import tokensEn from '../features/admin/tokens/i18n/en.json';
import tokensJa from '../features/admin/tokens/i18n/ja.json';
import usersEn from '../features/admin/users/i18n/en.json';
import usersJa from '../features/admin/users/i18n/ja.json';
import authEn from '../features/auth/i18n/en.json';
import authJa from '../features/auth/i18n/ja.json';
import consentsEn from '../features/consents/i18n/en.json';
import consentsJa from '../features/consents/i18n/ja.json';
import homeEn from '../features/home/i18n/en.json';
import homeJa from '../features/home/i18n/ja.json';
import assessmentsEn from '../features/patients/assessments/i18n/en.json';
import assessmentsJa from '../features/patients/assessments/i18n/ja.json';
import consultationsEn from '../features/patients/consultations/i18n/en.json';
import consultationsJa from '../features/patients/consultations/i18n/ja.json';
import patientsEn from '../features/patients/i18n/en.json';
import patientsJa from '../features/patients/i18n/ja.json';
import photosEn from '../features/patients/photos/i18n/en.json';
import photosJa from '../features/patients/photos/i18n/ja.json';
import recordsEn from '../features/patients/records/i18n/en.json';
import recordsJa from '../features/patients/records/i18n/ja.json';
import printEn from '../features/print/i18n/en.json';
import printJa from '../features/print/i18n/ja.json';
import prpEn from '../features/prp/i18n/en.json';
import prpJa from '../features/prp/i18n/ja.json';
import questionnairesEn from '../features/questionnaires/i18n/en.json';
import questionnairesJa from '../features/questionnaires/i18n/ja.json';
import setupEn from '../features/setup/i18n/en.json';
import setupJa from '../features/setup/i18n/ja.json';
import shellEn from '../features/shell/i18n/en.json';
import shellJa from '../features/shell/i18n/ja.json';
import siteEn from '../features/site/i18n/en.json';
import siteJa from '../features/site/i18n/ja.json';
import suppliesEn from '../features/supplies/i18n/en.json';
import suppliesJa from '../features/supplies/i18n/ja.json';
import commonEn from './en.json';
import commonJa from './ja.json';

/** Japanese is the reference: the compiler refuses an English file that lacks one of its keys. */
const pair = <T>(ja: T, en: NoInfer<T>) => ({ ja, en });

const common = pair(commonJa, commonEn);
const app = pair(appJa, appEn);
const shell = pair(shellJa, shellEn);
const home = pair(homeJa, homeEn);
const auth = pair(authJa, authEn);
const setup = pair(setupJa, setupEn);
const account = pair(accountJa, accountEn);
const users = pair(usersJa, usersEn);
const tokens = pair(tokensJa, tokensEn);
const facilities = pair(facilitiesJa, facilitiesEn);
const plans = pair(plansJa, plansEn);
const consentDocuments = pair(consentDocumentsJa, consentDocumentsEn);
const audit = pair(auditJa, auditEn);
const backups = pair(backupsJa, backupsEn);
const patients = pair(patientsJa, patientsEn);
const records = pair(recordsJa, recordsEn);
const consultations = pair(consultationsJa, consultationsEn);
const assessments = pair(assessmentsJa, assessmentsEn);
const photos = pair(photosJa, photosEn);
const print = pair(printJa, printEn);
const questionnaires = pair(questionnairesJa, questionnairesEn);
const questionnaireTemplates = pair(questionnaireTemplatesJa, questionnaireTemplatesEn);
const consents = pair(consentsJa, consentsEn);
const prp = pair(prpJa, prpEn);
const supplies = pair(suppliesJa, suppliesEn);
const site = pair(siteJa, siteEn);

const FEATURES = [
  common,
  app,
  shell,
  home,
  auth,
  setup,
  account,
  users,
  tokens,
  facilities,
  plans,
  consentDocuments,
  audit,
  backups,
  patients,
  records,
  consultations,
  assessments,
  photos,
  print,
  questionnaires,
  questionnaireTemplates,
  consents,
  prp,
  supplies,
  site,
] as const;

type Merged = (typeof FEATURES)[number]['ja'] extends infer F
  ? (F extends unknown ? (all: F) => void : never) extends (all: infer All) => void
    ? All
    : never
  : never;

const merge = (language: 'ja' | 'en') =>
  Object.assign({}, ...FEATURES.map((feature) => feature[language])) as Merged;

export const ja = merge('ja');
export const en = merge('en');
