import { Button, Card, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../lib/api-problem';
import { DayInput } from '../../../lib/DayInput';
import { placeFieldErrors } from '../../../lib/problems';
import type { User } from '../users/users-api';
import { KNOWN_ACTIONS, KNOWN_ENTITIES } from './audit-labels';
import { type AuditFilters, EMPTY_FILTERS, filterProblems, patientChoices } from './audit-query';

type FilterField = 'actorId' | 'patient' | 'entityType' | 'action' | 'from' | 'to';
const FILTER_FIELDS: readonly string[] = ['actorId', 'patient', 'entityType', 'action', 'from', 'to'];

interface AuditFilterBarProps {
  applied: AuditFilters;
  onApply: (filters: AuditFilters) => void;
  users: User[];
  /** Without users:manage (QA) the list of people cannot be read: an id is typed instead. */
  canListUsers: boolean;
  serverError: unknown;
}

export function AuditFilterBar({ applied, onApply, users, canListUsers, serverError }: AuditFilterBarProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(applied);
  const [checked, setChecked] = useState(false);
  const set = <K extends keyof AuditFilters>(key: K, value: AuditFilters[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const local = checked ? filterProblems(draft) : {};
  const server = placeFieldErrors(t, serverError, (path) =>
    FILTER_FIELDS.includes(path) ? (path as FilterField) : undefined,
  );
  // Several patients match the number or name typed: the server lists them to choose from.
  const choices = serverError instanceof ApiProblem ? patientChoices(serverError) : [];
  const patientError =
    serverError instanceof ApiProblem && serverError.code === 'PATIENT_NOT_FOUND'
      ? t('audit.filters.patientNotFound')
      : choices.length > 0
        ? t('audit.filters.choosePatient')
        : server.byField.patient;
  const errorOf = (field: FilterField) =>
    field === 'to' && local.to ? t(`problem.fields.${local.to}`) : server.byField[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    // A new text asks afresh: a choice made for the previous one no longer holds.
    const next = draft.patient === applied.patient ? draft : { ...draft, patientId: '' };
    setDraft(next);
    if (Object.keys(filterProblems(next)).length === 0) onApply(next);
  };

  const choose = (id: string | null) => {
    if (!id) return;
    const next = { ...draft, patientId: id };
    setDraft(next);
    onApply(next);
  };

  return (
    <Card p="sm">
      <form onSubmit={submit} noValidate>
        <Group gap="sm" align="flex-end" wrap="wrap">
          {canListUsers ? (
            <Select
              label={t('audit.filters.actor')}
              placeholder={t('audit.filters.anyone')}
              data={users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.login})` }))}
              value={draft.actorId || null}
              onChange={(value) => set('actorId', value ?? '')}
              searchable
              clearable
              w={220}
              size="xs"
              error={errorOf('actorId')}
              data-testid="audit-filter-actor"
            />
          ) : (
            <TextInput
              label={t('audit.filters.actorId')}
              value={draft.actorId}
              onChange={(event) => set('actorId', event.currentTarget.value)}
              w={220}
              size="xs"
              error={errorOf('actorId')}
              data-testid="audit-filter-actor"
            />
          )}
          <TextInput
            label={t('audit.filters.patient')}
            placeholder={t('audit.filters.patientPlaceholder')}
            value={draft.patient}
            onChange={(event) => set('patient', event.currentTarget.value)}
            w={220}
            size="xs"
            error={patientError}
            data-testid="audit-filter-patient"
          />
          {choices.length > 0 && (
            <Select
              label={t('audit.filters.choosePatient')}
              data={choices.map((p) => ({ value: p.id, label: `${p.name} (${p.number})` }))}
              value={null}
              onChange={choose}
              w={240}
              size="xs"
              data-testid="audit-filter-patient-choice"
            />
          )}
          <Select
            label={t('audit.filters.entityType')}
            placeholder={t('audit.filters.any')}
            data={KNOWN_ENTITIES.map((key) => ({ value: key, label: t(`audit.entities.${key}`) }))}
            value={draft.entityType || null}
            onChange={(value) => set('entityType', value ?? '')}
            clearable
            searchable
            w={190}
            size="xs"
            error={errorOf('entityType')}
            data-testid="audit-filter-entity"
          />
          <MultiSelect
            label={t('audit.filters.action')}
            placeholder={draft.actions.length === 0 ? t('audit.filters.any') : undefined}
            data={KNOWN_ACTIONS.map((key) => ({ value: key, label: t(`audit.actions.${key}`) }))}
            value={draft.actions}
            onChange={(value) => set('actions', value)}
            clearable
            searchable
            w={260}
            size="xs"
            error={errorOf('action')}
            data-testid="audit-filter-action"
          />
          <DayInput
            label={t('audit.filters.from')}
            value={draft.from}
            onChange={(day) => set('from', day)}
            clearable
            w={150}
            size="xs"
            error={errorOf('from')}
            testId="audit-filter-from"
          />
          <DayInput
            label={t('audit.filters.to')}
            value={draft.to}
            onChange={(day) => set('to', day)}
            clearable
            w={150}
            size="xs"
            error={errorOf('to')}
            testId="audit-filter-to"
          />
          <Group gap="xs">
            <Button type="submit" size="xs" data-testid="audit-filter-apply">
              {t('audit.filters.apply')}
            </Button>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => {
                setDraft({ ...EMPTY_FILTERS, kind: applied.kind });
                setChecked(false);
                onApply({ ...EMPTY_FILTERS, kind: applied.kind });
              }}
              data-testid="audit-filter-clear"
            >
              {t('audit.filters.clear')}
            </Button>
          </Group>
        </Group>
      </form>
    </Card>
  );
}
