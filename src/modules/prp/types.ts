import type { Activation, FaceRegion, InjectionTechnique } from './enums.ts';

/** Who saved a step and when (each step is stamped: issue 22), the name as it was then. */
export type Stamp = { by: string; byName: string; at: string };

/** Cell counts per µL, each optional (a clinic without a counter records none). */
export type CellCounts = {
  plateletsPerUl?: number | null | undefined;
  leukocytesPerUl?: number | null | undefined;
  neutrophilsPerUl?: number | null | undefined;
};

export type DrawStep = {
  drawnAt: string;
  volumeMl: number;
  tubes: number;
  drawnBy: string;
  drawnByName: string;
  kitLotId: string | null;
  anticoagulantLotId: string | null;
  recorded: Stamp;
};

export type Spin = {
  rpm: number;
  rcfG: number;
  minutes: number;
  temperatureC: number | null;
  /** What was entered; the other was computed (prp.md: recorded as both). */
  entered: 'rpm' | 'rcfG';
};

export type CentrifugationStep = {
  device: string;
  rotorRadiusCm: number;
  spins: Spin[];
  recorded: Stamp;
};

export type PreparationStep = {
  prpVolumeMl: number;
  wholeBlood: CellCounts | null;
  prp: CellCounts | null;
  activation: Activation;
  recorded: Stamp;
};

export type InjectionSite = { region: FaceRegion; volumeMl: number; technique: InjectionTechnique };

export type InjectionStep = {
  injectedAt: string;
  sites: InjectionSite[];
  injectedBy: string;
  injectedByName: string;
  recorded: Stamp;
};

export type ScheduledFollowUp = {
  label: string;
  afterDays: number;
  contact: 'call' | 'visit';
  anchor: 'each_session' | 'last_session';
};
export type FollowUpDue = ScheduledFollowUp & { dueOn: string };
