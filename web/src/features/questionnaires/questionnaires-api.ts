import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../../lib/api-problem';
import { api, data, type Schemas } from '../../lib/client';
import { ME_KEY } from '../auth/auth-api';
import type { Me } from '../auth/session';
import { useCreateRecord, usePatientRecords, useVoidRecord } from '../patients/records/record-api';
import { TABLET_KEY } from './tablet-key';

export type Questionnaire = Schemas['Questionnaire'];
export type QuestionnaireTemplate = Schemas['QuestionnaireTemplate'];
export type Question = Schemas['Question'];
export type Answers = Schemas['Answers'];
export type AnswerValue = Answers[string];
export type WarningCode = Schemas['QuestionnaireWarning']['code'];

export const TEMPLATES_KEY = ['questionnaire-templates'] as const;

/** The facility's forms, every edition (a handful): the start dialog offers the published ones. */
export const useQuestionnaireTemplates = (enabled = true) =>
  useQuery({
    queryKey: TEMPLATES_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/questionnaire-templates', { signal })),
    select: (answer) => answer.items,
    enabled,
  });

/** One edition: the questions a questionnaire's answers are read against (fixed once published). */
export const useQuestionnaireTemplate = (id: string, enabled = true) =>
  useQuery({
    queryKey: [...TEMPLATES_KEY, id],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/questionnaire-templates/{id}', { params: { path: { id } }, signal })),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** A patient's questionnaires, newest first; what they say only for readers of the answers. */
export const useQuestionnaires = (patientId: string) =>
  usePatientRecords('/api/v1/patients/{patientId}/questionnaires', patientId);

export const useStartQuestionnaire = (patientId: string) =>
  useCreateRecord('/api/v1/patients/{patientId}/questionnaires', patientId);

export const useVoidQuestionnaire = (patientId: string) =>
  useVoidRecord('/api/v1/questionnaires/{id}/void', patientId);

/**
 * Hands this session to the patient. Nothing is asked again afterwards (the staff's screens would
 * be refused in patient mode): the session's Me says it is a tablet now, and the app shows only that.
 */
export function useHandOver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, pin }: { id: string; pin: string }) =>
      data(api.POST('/api/v1/questionnaires/{id}/handover', { params: { path: { id } }, body: { pin } })),
    onSuccess: ({ questionnaireId }) => {
      void queryClient.cancelQueries();
      // A tablet handed over before, from this page, showed another questionnaire.
      queryClient.removeQueries({ queryKey: TABLET_KEY });
      queryClient.setQueryData<Me | null>(ME_KEY, (me) =>
        me ? { ...me, patientMode: { questionnaireId } } : me,
      );
    },
  });
}

/** The questionnaire this tablet was handed over for. */
export const useTabletQuestionnaire = () =>
  useQuery({
    queryKey: TABLET_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/tablet/questionnaire', { signal })),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

export const useSaveAnswers = () =>
  useMutation({
    mutationFn: (answers: { questionId: string; value: AnswerValue | null }[]) =>
      data(api.POST('/api/v1/tablet/questionnaire/answers', { body: { answers } })),
  });

export const useSubmitQuestionnaire = () =>
  useMutation({
    mutationFn: (signature: string) =>
      data(api.POST('/api/v1/tablet/questionnaire/submit', { body: { signature } })),
  });

/**
 * The member of staff takes the tablet back: Me is asked again, and the staff's screens return. After
 * the last wrong PIN the session has ended: Me, asked again, says so and the sign-in screen shows.
 */
export function useTakeBack() {
  const queryClient = useQueryClient();
  const again = () => queryClient.invalidateQueries({ queryKey: ME_KEY });
  return useMutation({
    mutationFn: (pin: string) => data(api.POST('/api/v1/tablet/return', { body: { pin } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: TABLET_KEY });
      return again();
    },
    onError: (error) => (error instanceof ApiProblem && error.status === 429 ? again() : undefined),
  });
}
