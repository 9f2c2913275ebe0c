import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../lib/api-hooks';
import { api, type Body, data, type Schemas } from '../../lib/client';

export type SitePage = Schemas['SitePage'];
export type Inquiry = Schemas['Inquiry'];
export type InquiryWithNotes = Schemas['InquiryWithNotes'];
export type ArticleComment = Schemas['ArticleComment'];
export type Collection = 'pages' | 'articles';

const SITE_KEY = ['site'] as const;
const pagesKey = (collection: Collection) => [...SITE_KEY, collection] as const;
const INQUIRIES_KEY = ['inquiries'] as const;
const COMMENTS_KEY = ['comments'] as const;

/** The site's pages or articles (a clinic has tens): the first 500. */
export const useSitePages = (collection: Collection) =>
  useQuery({
    queryKey: pagesKey(collection),
    queryFn: ({ signal }) =>
      data(
        collection === 'pages'
          ? api.GET('/api/v1/pages', { params: { query: { limit: 500 } }, signal })
          : api.GET('/api/v1/articles', { params: { query: { limit: 500 } }, signal }),
      ),
    select: (page) => page.items,
  });

export const useInstallShipped = () =>
  useChange([pagesKey('pages'), pagesKey('articles')], () => data(api.POST('/api/v1/pages/shipped')));

export type PageDraft = Body<'/api/v1/pages', 'post'>;
export const useCreatePage = (collection: Collection) =>
  useChange([pagesKey(collection)], (body: PageDraft) =>
    data(
      collection === 'pages' ? api.POST('/api/v1/pages', { body }) : api.POST('/api/v1/articles', { body }),
    ),
  );

export type PageSave = Body<'/api/v1/pages/{id}', 'patch'>;
export const useSavePage = (collection: Collection) =>
  useChange([pagesKey(collection)], ({ id, body }: { id: string; body: PageSave }) => {
    const params = { path: { id } };
    return data(
      collection === 'pages'
        ? api.PATCH('/api/v1/pages/{id}', { params, body })
        : api.PATCH('/api/v1/articles/{id}', { params, body }),
    );
  });

/** Publishes the current revision from a day (today when none is given). */
export const usePublishPage = (collection: Collection) =>
  useChange(
    [pagesKey(collection)],
    ({ id, version, publishedOn }: { id: string; version: number; publishedOn?: string }) => {
      const params = { path: { id } };
      const body = { version, ...(publishedOn ? { publishedOn } : {}) };
      return data(
        collection === 'pages'
          ? api.POST('/api/v1/pages/{id}/publish', { params, body })
          : api.POST('/api/v1/articles/{id}/publish', { params, body }),
      );
    },
  );

/** Takes a page off the site, with the reason (the audit trail keeps it). */
export const useWithdrawPage = (collection: Collection) =>
  useChange(
    [pagesKey(collection)],
    ({ id, version, reason }: { id: string; version: number; reason: string }) => {
      const params = { path: { id } };
      const body = { version, reason };
      return data(
        collection === 'pages'
          ? api.POST('/api/v1/pages/{id}/withdraw', { params, body })
          : api.POST('/api/v1/articles/{id}/withdraw', { params, body }),
      );
    },
  );

/** Every saved revision of a page, newest first. */
export const usePageRevisions = (collection: Collection, id: string) =>
  useQuery({
    queryKey: [...pagesKey(collection), id, 'revisions'],
    queryFn: ({ signal }) => {
      const params = { path: { id } };
      return data(
        collection === 'pages'
          ? api.GET('/api/v1/pages/{id}/revisions', { params, signal })
          : api.GET('/api/v1/articles/{id}/revisions', { params, signal }),
      );
    },
    select: (answer) => answer.items,
  });

export const useInquiries = () =>
  useQuery({
    queryKey: INQUIRIES_KEY,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/inquiries', { params: { query: { limit: 200 } }, signal })),
    select: (page) => page.items,
  });

export const useInquiry = (id: string | null) =>
  useQuery({
    queryKey: [...INQUIRIES_KEY, id],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/inquiries/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== null,
  });

export const useMoveInquiry = () =>
  useChange([INQUIRIES_KEY], ({ id, body }: { id: string; body: Body<'/api/v1/inquiries/{id}', 'patch'> }) =>
    data(api.PATCH('/api/v1/inquiries/{id}', { params: { path: { id } }, body })),
  );

export const useNoteInquiry = () =>
  useChange([INQUIRIES_KEY], ({ id, body }: { id: string; body: string }) =>
    data(api.POST('/api/v1/inquiries/{id}/notes', { params: { path: { id } }, body: { body } })),
  );

export type NewPatient = Body<'/api/v1/inquiries/{id}/patient'>;
export const useMakePatient = () =>
  useChange([INQUIRIES_KEY], ({ id, body }: { id: string; body: NewPatient }) =>
    data(api.POST('/api/v1/inquiries/{id}/patient', { params: { path: { id } }, body })),
  );

export const useComments = () =>
  useQuery({
    queryKey: COMMENTS_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/comments', { params: { query: { limit: 200 } }, signal })),
    select: (page) => page.items,
  });

export const useModerate = () =>
  useChange(
    [COMMENTS_KEY],
    (
      input:
        | { id: string; action: 'approve'; version: number }
        | { id: string; action: 'reject'; version: number; reason: string }
        | { id: string; action: 'answer'; version: number; answer: string },
    ) => {
      const params = { path: { id: input.id } };
      if (input.action === 'approve')
        return data(api.POST('/api/v1/comments/{id}/approve', { params, body: { version: input.version } }));
      if (input.action === 'reject')
        return data(
          api.POST('/api/v1/comments/{id}/reject', {
            params,
            body: { version: input.version, reason: input.reason },
          }),
        );
      return data(
        api.POST('/api/v1/comments/{id}/answer', {
          params,
          body: { version: input.version, answer: input.answer },
        }),
      );
    },
  );

export type SiteCase = Schemas['SiteCase'];
export type CaseDraft = Body<'/api/v1/site-cases'>;
const casesKey = (pageId: string) => [...SITE_KEY, 'cases', pageId] as const;

/** The before/after cases placed on one page, withdrawn ones included. */
export const useSiteCases = (pageId: string) =>
  useQuery({
    queryKey: casesKey(pageId),
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/site-cases', { params: { query: { pageId, limit: 100 } }, signal })),
    select: (page) => page.items,
  });

export const usePlaceCase = (pageId: string) =>
  useChange([casesKey(pageId)], (body: CaseDraft) => data(api.POST('/api/v1/site-cases', { body })));

export const useWithdrawCase = (pageId: string) =>
  useChange([casesKey(pageId)], ({ id, version, reason }: { id: string; version: number; reason: string }) =>
    data(
      api.POST('/api/v1/site-cases/{id}/withdraw', { params: { path: { id } }, body: { version, reason } }),
    ),
  );
