import { Button, Card, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors } from '../../../lib/problems';
import type { User } from '../users/users-api';
import { KNOWN_ACTIONS, KNOWN_ENTITIES } from './audit-labels';
import { type AuditFilters, EMPTY_FILTERS, filterProblems } from './audit-query';

type FilterField = 'actorId' | 'patientId' | 'entityType' | 'action' | 'from' | 'to';
const FILTER_FIELDS: readonly string[] = ['actorId', 'patientId', 'entityType', 'action', 'from', 'to'];

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
  const errorOf = (field: FilterField) => {
    const code = field === 'patientId' || field === 'to' ? local[field] : undefined;
    return code ? t(`problem.fields.${code}`) : server.byField[field];
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(filterProblems(draft)).length === 0) onApply(draft);
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
            label={t('audit.filters.patientId')}
            placeholder="0190…-…"
            value={draft.patientId}
            onChange={(event) => set('patientId', event.currentTarget.value)}
            w={300}
            size="xs"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errorOf('patientId')}
            data-testid="audit-filter-patient"
          />
          <Select
            label={t('audit.filters.entityType')}
            placeholder={t('audit.filters.any')}
            data={KNOWN_ENTITIES.map((key) => ({ value: key, label: t(`audit.entities.${key}`) }))}
            value={draft.entityType || null}
            onChange={(value) => set('entityType', value ?? '')}
            clearable
            w={170}
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
          <TextInput
            type="date"
            label={t('audit.filters.from')}
            value={draft.from}
            onChange={(event) => set('from', event.currentTarget.value)}
            w={150}
            size="xs"
            error={errorOf('from')}
            data-testid="audit-filter-from"
          />
          <TextInput
            type="date"
            label={t('audit.filters.to')}
            value={draft.to}
            onChange={(event) => set('to', event.currentTarget.value)}
            w={150}
            size="xs"
            error={errorOf('to')}
            data-testid="audit-filter-to"
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
