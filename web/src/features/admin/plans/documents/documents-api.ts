import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../../../lib/api-hooks';
import { api, type Body, data, type Schemas } from '../../../../lib/client';
import { PLANS_KEY } from '../plans-api';

export type ConsentDocument = Schemas['ConsentDocument'];
export type DocumentStatus = ConsentDocument['status'];
export type DocumentText = Body<'/api/v1/consent-documents/{id}', 'patch'>;

const documentsKey = (planId: string) => [...PLANS_KEY, planId, 'consent-documents'] as const;

/** Every edition of a plan's explanation document, newest first (a plan has a handful). */
export const useConsentDocuments = (planId: string, enabled: boolean) =>
  useQuery({
    queryKey: documentsKey(planId),
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/plans/{planId}/consent-documents', { params: { path: { planId } }, signal })),
    select: (page) => page.items,
    enabled,
  });

/**
 * The next edition, as a draft: a copy of the latest edition, or the shipped template of the
 * plan's therapy (filled from the plan by the server) when there is none yet.
 */
export const useDraftNextEdition = (planId: string) =>
  useChange([documentsKey(planId)], async (latest: ConsentDocument | undefined) => {
    const params = { path: { planId } };
    const source = latest
      ? {
          titleJa: latest.titleJa,
          bodyJa: latest.bodyJa,
          titleEn: latest.titleEn,
          bodyEn: latest.bodyEn,
          items: latest.items,
        }
      : await data(api.GET('/api/v1/plans/{planId}/consent-documents/template', { params }));
    return data(api.POST('/api/v1/plans/{planId}/consent-documents', { params, body: source }));
  });

export const useSaveDraft = (planId: string) =>
  useChange([documentsKey(planId)], ({ id, body }: { id: string; body: DocumentText }) =>
    data(api.PATCH('/api/v1/consent-documents/{id}', { params: { path: { id } }, body })),
  );

export const usePublishDocument = (planId: string) =>
  useChange(
    [documentsKey(planId)],
    ({ id, body }: { id: string; body: Body<'/api/v1/consent-documents/{id}/publish'> }) =>
      data(api.POST('/api/v1/consent-documents/{id}/publish', { params: { path: { id } }, body })),
  );

export const useRetireDocument = (planId: string) =>
  useChange(
    [documentsKey(planId)],
    ({ id, body }: { id: string; body: Body<'/api/v1/consent-documents/{id}/retire'> }) =>
      data(api.POST('/api/v1/consent-documents/{id}/retire', { params: { path: { id } }, body })),
  );

export const STATUS_COLORS: Record<DocumentStatus, string> = {
  draft: 'gray',
  published: 'green',
  retired: 'dark',
};
