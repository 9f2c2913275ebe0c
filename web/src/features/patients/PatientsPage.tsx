import { Alert, Button, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { problemMessage } from '../../lib/problems';
import { can, useSession } from '../auth/session';
import { PatientSearchTable } from './PatientSearchTable';
import { usePatientSearch } from './patients-api';
import { RecentPatients } from './RecentPatients';

const SEARCH_DEBOUNCE_MS = 250;

/** An Enter that confirms a kana-to-kanji conversion is the input method's, not ours. */
const isImeEnter = (event: KeyboardEvent) => event.nativeEvent.isComposing || event.keyCode === 229;

/**
 * Reception's main screen: one box for whatever the patient says first (number, name, reading,
 * phone, date of birth), results as they type, Enter to open the first.
 */
export function PatientsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? '');
  const typed = text.trim();
  const [q] = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  const search = usePatientSearch(q);
  const patients = search.data?.pages.flatMap((page) => page.items) ?? [];
  // The list on screen answers what is in the box now (not an earlier keystroke).
  const current = typed !== '' && q === typed && search.isSuccess && !search.isPlaceholderData;
  const [openFirst, setOpenFirst] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const rowsRef = useRef<HTMLTableSectionElement>(null);

  // The search lives in the address too, so Back from a patient returns to the same list.
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) setParams(q ? { q } : {}, { replace: true });
  }, [q, params, setParams]);

  const firstId = current ? patients[0]?.id : undefined;
  useEffect(() => {
    if (!openFirst || !current) return;
    setOpenFirst(false);
    if (firstId) void navigate(`/patients/${firstId}`);
  }, [openFirst, current, firstId, navigate]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !isImeEnter(event) && typed !== '') {
      event.preventDefault();
      setOpenFirst(true);
    } else if (event.key === 'ArrowDown' && patients.length > 0) {
      event.preventDefault();
      rowsRef.current?.querySelector<HTMLElement>('tr')?.focus();
    }
  };

  return (
    <Stack gap="md" maw={1200} data-testid="patients-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('patients.title')}</Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('patients.intro')}
          </Text>
        </div>
        {can(me, 'patients:write') && (
          <Button component={Link} to="/patients/new" data-testid="patient-register">
            {t('patients.register')}
          </Button>
        )}
      </Group>

      <Card p={0}>
        <Stack gap={4} p="md">
          <TextInput
            ref={inputRef}
            size="md"
            type="search"
            aria-label={t('patients.searchLabel')}
            placeholder={t('patients.searchPlaceholder')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={onKeyDown}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            rightSection={
              search.isFetching ? <Loader size="xs" aria-label={t('patients.searching')} /> : null
            }
            data-testid="patient-search"
          />
          <Text fz="xs" c="dimmed">
            {t('patients.searchHint')}
          </Text>
        </Stack>

        {search.error && (
          <Alert color="red" variant="light" mx="md" mb="md">
            {problemMessage(t, search.error)}
          </Alert>
        )}
        {typed === '' && <RecentPatients onOpen={(id) => navigate(`/patients/${id}`)} />}
        {current && patients.length === 0 && (
          <Stack gap={4} px="md" pb="md" data-testid="patient-search-empty">
            <Text fz="sm" fw={600}>
              {t('patients.noResults', { q: typed })}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('patients.noResultsHint')}
            </Text>
          </Stack>
        )}
        {typed !== '' && patients.length > 0 && (
          <>
            <PatientSearchTable
              patients={patients}
              rowsRef={rowsRef}
              onOpen={(id) => navigate(`/patients/${id}`)}
              onLeaveTop={() => inputRef.current?.focus()}
            />
            <Group justify="space-between" p="sm">
              <Text fz="xs" c="dimmed" data-testid="patient-search-count">
                {search.hasNextPage
                  ? t('patients.countMore', { count: patients.length })
                  : t('patients.count', { count: patients.length })}
              </Text>
              {search.hasNextPage && (
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => void search.fetchNextPage()}
                  loading={search.isFetchingNextPage}
                  data-testid="patient-search-more"
                >
                  {t('patients.loadMore')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Card>
    </Stack>
  );
}
