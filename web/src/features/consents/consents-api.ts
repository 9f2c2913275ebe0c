import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useChange } from '../../lib/api-hooks';
import { failedResponse } from '../../lib/api-problem';
import { api, type Body, data, type Schemas } from '../../lib/client';
import { PLANS_KEY, usePlans } from '../admin/plans/plans-api';
import type { Role } from '../auth/session';
import { patientKey } from '../patients/patients-api';
import { useCreateRecord, usePatientRecords, useVoidRecord } from '../patients/records/record-api';

export type PatientConsent = Schemas['PatientConsent'];
export type ConsentDocument = Schemas['ConsentDocument'];
export type ConsentWithdrawal = Schemas['ConsentWithdrawal'];
export type Eligibility = Schemas['Eligibility'];
export type Plan = Schemas['ProvisionPlan'];
export type Therapy = Plan['therapy'];
export type ConsentScope = PatientConsent['scopesInForce'][number];
export type ConsentItem = ConsentDocument['items'][number]['item'];
export type LotDecision = ConsentWithdrawal['lotDecisions'][number]['decision'];
export type StaffMember = Schemas['StaffMember'];
export type RecordConsentBody = Body<'/api/v1/patients/{patientId}/consents'>;
export type WithdrawBody = Body<'/api/v1/consents/{id}/withdraw'>;

/** The plans screen's own query: a change there is seen here. */
export { PLANS_KEY, usePlans };

/** Every edition of a plan's explanation document, newest first. */
const documentsOf = (planId: string, signal: AbortSignal) =>
  data(api.GET('/api/v1/plans/{planId}/consent-documents', { params: { path: { planId } }, signal }));

/** The editions of each plan named, in the order the plans were given. */
export const usePlanDocuments = (planIds: readonly string[]) =>
  useQueries({
    queries: planIds.map((planId) => ({
      queryKey: [...PLANS_KEY, planId, 'consent-documents'],
      queryFn: ({ signal }: { signal: AbortSignal }) => documentsOf(planId, signal),
      select: (page: { items: ConsentDocument[] }) => page.items,
    })),
  });

/** One edition, as signed (a consent names the edition it was given under). */
export const useConsentDocument = (id: string | undefined) =>
  useQuery({
    queryKey: ['consent-documents', id],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/consent-documents/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** A patient's consents, newest first, voided ones included and marked. */
export const useConsents = (patientId: string) =>
  usePatientRecords('/api/v1/patients/{patientId}/consents', patientId);

export const useConsent = (patientId: string, id: string) =>
  useQuery({
    queryKey: [...patientKey(patientId), 'consents', id],
    queryFn: ({ signal }) => data(api.GET('/api/v1/consents/{id}', { params: { path: { id } }, signal })),
  });

export const useWithdrawals = (patientId: string, consentId: string) =>
  useQuery({
    queryKey: [...patientKey(patientId), 'consents', consentId, 'withdrawals'],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/consents/{id}/withdrawals', { params: { path: { id: consentId } }, signal })),
    select: (page) => page.items,
  });

/** May this patient be treated now, for each therapy asked about (the gate every procedure passes). */
export const useEligibility = (patientId: string, therapies: readonly Therapy[]) =>
  useQueries({
    queries: therapies.map((therapy) => ({
      queryKey: [...patientKey(patientId), 'eligibility', therapy],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        data(
          api.GET('/api/v1/patients/{patientId}/eligibility', {
            params: { path: { patientId }, query: { therapy } },
            signal,
          }),
        ),
    })),
  });

/** The facility's active staff, by name (the witness, the physician who explained). */
export const useStaff = (role?: Role) =>
  useQuery({
    queryKey: ['staff', role ?? 'all'],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/staff', { params: { query: role ? { role } : {} }, signal })),
    select: (page) => page.items,
  });

/** The walk's end: answers, signature and the document's hash in one request. */
export const useRecordConsent = (patientId: string) =>
  useCreateRecord('/api/v1/patients/{patientId}/consents', patientId);

export const useVoidConsent = (patientId: string) => useVoidRecord('/api/v1/consents/{id}/void', patientId);

export const useWithdrawConsent = (patientId: string) =>
  useChange([patientKey(patientId)], ({ id, body }: { id: string; body: WithdrawBody }) =>
    data(api.POST('/api/v1/consents/{id}/withdraw', { params: { path: { id } }, body })),
  );

/**
 * The signature image as an object URL. It is fetched with the session like every call (the API
 * client reads JSON only), never cached by the browser (each view is in the access log), and the
 * URL is released when the screen no longer shows it.
 */
export function useSignatureUrl(consentId: string) {
  const image = useQuery({
    queryKey: ['consent-signature', consentId],
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/v1/consents/${consentId}/signature`, {
        credentials: 'same-origin',
        headers: { Accept: 'image/png, image/jpeg, application/problem+json' },
        signal,
      });
      if (!response.ok) throw await failedResponse(response);
      return response.blob();
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!image.data) return;
    const made = URL.createObjectURL(image.data);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [image.data]);
  return { url, error: image.error, isPending: image.isPending };
}
