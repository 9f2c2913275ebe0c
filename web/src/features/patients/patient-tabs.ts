import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import { lazyScreen } from '../../app/lazy-screen';
import type { Permission } from '../auth/session';
import { PatientDetails } from './details/PatientDetails';
import type { Patient } from './patients-api';
import { PatientTimeline } from './timeline/PatientTimeline';

// Fetched when their tab is first opened: the charts and the photo upload are the heaviest code.
const ConsultationsTab = lazyScreen(() =>
  import('./consultations/ConsultationsTab').then((m) => m.ConsultationsTab),
);
const AssessmentsTab = lazyScreen(() => import('./assessments/AssessmentsTab').then((m) => m.AssessmentsTab));
const PhotosTab = lazyScreen(() => import('./photos/PhotosTab').then((m) => m.PhotosTab));
const QuestionnairesTab = lazyScreen(() =>
  import('../questionnaires/QuestionnairesTab').then((m) => m.QuestionnairesTab),
);
const PrpTab = lazyScreen(() => import('../prp/PrpTab').then((m) => m.PrpTab));
const ConsentsTab = lazyScreen(() => import('../consents/ConsentsTab').then((m) => m.ConsentsTab));

export interface PatientTabProps {
  patient: Patient;
  /** The reader may add and correct here: their role grants the tab's write permission, and the record is not merged. */
  writable: boolean;
  /** The address of the tab that keeps records of a timeline kind, when the reader may open it. */
  tabFor: (kind: string) => string | undefined;
}

export interface PatientTab {
  /** Also the test id, `patient-tab-<key>`. */
  key: string;
  label: ParseKeys;
  /** The address below /patients/:id; '' for the tab that opens first. */
  path: string;
  /** Shown only to people whose role grants it (the server checks again). */
  permission: Permission;
  writePermission: Permission;
  /** The timeline entries whose records this tab keeps, so the timeline can link to it. */
  timelineKind?: string;
  component: ComponentType<PatientTabProps>;
}

/** The patient page's tabs, in order: a module that keeps records of a patient adds its entry here. */
export const PATIENT_TABS: readonly PatientTab[] = [
  {
    key: 'timeline',
    label: 'patientPage.tabs.timeline',
    path: '',
    permission: 'patients:read',
    writePermission: 'patients:write',
    component: PatientTimeline,
  },
  {
    key: 'details',
    label: 'patientPage.tabs.details',
    path: 'details',
    permission: 'patients:read',
    writePermission: 'patients:write',
    component: PatientDetails,
  },
  {
    // Listed for everyone who reads the patient (as the timeline is); the answers need questionnaires:read.
    key: 'questionnaires',
    label: 'patientPage.tabs.questionnaires',
    path: 'questionnaires',
    permission: 'patients:read',
    writePermission: 'questionnaires:write',
    timelineKind: 'questionnaire',
    component: QuestionnairesTab,
  },
  {
    key: 'consultations',
    label: 'patientPage.tabs.consultations',
    path: 'consultations',
    permission: 'clinical:read',
    writePermission: 'clinical:write',
    timelineKind: 'consultation',
    component: ConsultationsTab,
  },
  {
    key: 'assessments',
    label: 'patientPage.tabs.assessments',
    path: 'assessments',
    permission: 'clinical:read',
    writePermission: 'clinical:write',
    timelineKind: 'assessment',
    component: AssessmentsTab,
  },
  {
    key: 'photos',
    label: 'patientPage.tabs.photos',
    path: 'photos',
    permission: 'clinical:read',
    writePermission: 'clinical:write',
    timelineKind: 'photo',
    component: PhotosTab,
  },
  {
    key: 'prp',
    label: 'prp.tab',
    path: 'prp',
    permission: 'clinical:read',
    writePermission: 'clinical:write',
    timelineKind: 'prp_session',
    component: PrpTab,
  },
  {
    key: 'consents',
    label: 'consents.tab',
    path: 'consents',
    permission: 'consents:read',
    writePermission: 'consents:write',
    timelineKind: 'consent',
    component: ConsentsTab,
  },
];

export const tabAddress = (patientId: string, tab: PatientTab) =>
  tab.path ? `/patients/${patientId}/${tab.path}` : `/patients/${patientId}`;
