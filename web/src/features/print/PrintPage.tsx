import { Anchor, Button, Card, Group, SegmentedControl, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/datetime';
import { useAssessments } from '../patients/assessments/assessments-api';
import { usePatient } from '../patients/patients-api';
import { comparableViews, datesOfView, type PhotoView } from '../patients/photos/photo-groups';
import { usePhotoComparison, usePhotos } from '../patients/photos/photos-api';
import { AssessmentSheet } from './AssessmentSheet';
import { BeforeAfterSheet } from './BeforeAfterSheet';
import { usePrintClinic } from './clinic-api';
import { PatientSummarySheet } from './PatientSummarySheet';
import { PrintSheet } from './PrintSheet';

const SHEETS = ['summary', 'assessment', 'beforeAfter'] as const;
type SheetKind = (typeof SHEETS)[number];

/**
 * /patients/:id/print: choose a sheet (the choice is in the address, so it can be bookmarked),
 * see it as it will print, and print it. The controls above the sheet are not printed.
 */
export function PrintPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { patientId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const sheet: SheetKind = SHEETS.find((kind) => kind === params.get('sheet')) ?? 'summary';
  const patient = usePatient(patientId);
  const clinic = usePrintClinic();
  const assessmentList = useAssessments(patientId);
  const assessments = (assessmentList.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (a) => a.status === 'recorded',
  );
  const photoList = usePhotos(patientId);
  const photos = photoList.data?.pages.flatMap((page) => page.items) ?? [];
  const views = comparableViews(photos);
  const view = views.find((v) => v === params.get('view')) ?? views[0];
  const dates = view ? datesOfView(photos, view) : [];
  const comparison = usePhotoComparison(
    patientId,
    sheet === 'beforeAfter' ? view : undefined,
    params.get('before') ?? undefined,
    params.get('after') ?? undefined,
  );
  const assessment = assessments.find((a) => a.id === params.get('assessment')) ?? assessments[0];
  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  if (!patient.data) return <Skeleton h={400} />;
  const record = patient.data;
  const dateOptions = dates.map((date) => ({ value: date, label: formatDate(date, language) }));

  return (
    <Stack gap="md" data-testid="print-page">
      <Card data-print="hide">
        <Stack gap="sm">
          <Group justify="space-between">
            <Anchor component={Link} to={`/patients/${patientId}`} fz="sm">
              ← {t('print.back')}
            </Anchor>
            <Button onClick={() => window.print()} data-testid="print-now">
              {t('print.print')}
            </Button>
          </Group>
          <Text fz="sm" fw={500}>
            {t('print.choose')}
          </Text>
          <SegmentedControl<SheetKind>
            value={sheet}
            onChange={(kind) => choose({ sheet: kind })}
            data={SHEETS.map((kind) => ({
              value: kind,
              label: <span data-testid={`print-choose-${kind}`}>{t(`print.sheets.${kind}`)}</span>,
            }))}
          />
          {sheet === 'assessment' && assessments.length > 0 && (
            <Select
              label={t('print.chooseAssessment')}
              data={assessments.map((a) => ({
                value: a.id,
                label: `${formatDate(a.assessedOn, language)} ${t(`assessments.regions.${a.region}`)}`,
              }))}
              value={assessment?.id ?? null}
              onChange={(id) => choose({ assessment: id })}
              allowDeselect={false}
              maw={320}
            />
          )}
          {sheet === 'beforeAfter' && view && (
            <Group gap="sm" align="flex-end">
              <Select
                label={t('print.chooseView')}
                data={views.map((v) => ({ value: v, label: t(`photos.views.${v}`) }))}
                value={view}
                onChange={(v) => choose({ view: v, before: null, after: null })}
                allowDeselect={false}
                w={140}
              />
              <Select
                label={t('print.before')}
                data={dateOptions}
                value={params.get('before') ?? comparison.data?.before?.takenOn ?? null}
                onChange={(date) => choose({ before: date })}
                allowDeselect={false}
                w={170}
              />
              <Select
                label={t('print.after')}
                data={dateOptions}
                value={params.get('after') ?? comparison.data?.after?.takenOn ?? null}
                onChange={(date) => choose({ after: date })}
                allowDeselect={false}
                w={170}
              />
            </Group>
          )}
          <Text fz="xs" c="dimmed">
            {t('print.hint')}
          </Text>
        </Stack>
      </Card>
      <PrintSheet clinic={clinic} patient={record} title={t(`print.sheets.${sheet}`)}>
        {sheet === 'summary' && <PatientSummarySheet patient={record} assessments={assessments} />}
        {sheet === 'assessment' &&
          (assessment ? (
            <AssessmentSheet assessment={assessment} />
          ) : (
            <Text>{t('print.noAssessments')}</Text>
          ))}
        {sheet === 'beforeAfter' &&
          (view && comparison.data ? (
            <BeforeAfterSheet
              view={view as PhotoView}
              before={comparison.data.before}
              after={comparison.data.after}
            />
          ) : (
            <Text>{t('print.noPhotos')}</Text>
          ))}
      </PrintSheet>
    </Stack>
  );
}
