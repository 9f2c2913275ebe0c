import { Badge, Button, Collapse, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import {
  ECCA_PUBLISHED_MAX,
  GOODMAN_QUANTITATIVE_PUBLISHED_MAX,
} from '../../../../../src/domain/scar-scales';
import { RecordCard } from '../records/RecordCard';
import { type Assessment, QUALITATIVE_GRADES } from './assessment-form';
import { useVoidAssessment } from './assessments-api';
import { ScoreBreakdown } from './ScoreBreakdown';

/** An assessment's own content: its scores at a glance, the breakdown on request. */
export function AssessmentCard({ assessment: a, writable }: { assessment: Assessment; writable: boolean }) {
  const { t } = useTranslation();
  const voidAssessment = useVoidAssessment(a.patientId);
  const [open, breakdown] = useDisclosure(false);
  const grade = QUALITATIVE_GRADES.find((row) => row.grade === a.goodmanQualitative);
  const region = t(`assessments.regions.${a.region}`);
  const scores = [
    grade &&
      `${t('assessments.result.qualitative')} ${grade.grade} ${t(`scales.qualitative.${grade.key}.name`)}`,
    a.goodmanQuantitativeScore !== null &&
      `${t('assessments.result.goodman')} ${a.goodmanQuantitativeScore} ${t('assessments.result.outOf', { max: GOODMAN_QUANTITATIVE_PUBLISHED_MAX })}`,
    a.eccaScore !== null &&
      `${t('assessments.result.ecca')} ${a.eccaScore} ${t('assessments.result.outOf', { max: ECCA_PUBLISHED_MAX })}`,
    a.patientRating &&
      `${t('assessments.satisfaction')} ${a.patientRating.satisfaction} · ${t('assessments.bother')} ${a.patientRating.bother}`,
  ].filter((text): text is string => Boolean(text));
  const hasBreakdown = a.scores.goodmanQuantitative !== null || a.scores.ecca !== null;

  return (
    <RecordCard
      record={a}
      date={a.assessedOn}
      author={t('assessments.assessor', { name: a.assessorName })}
      badges={
        <Badge variant="light" tt="none">
          {region}
        </Badge>
      }
      tools={
        hasBreakdown && (
          <Button size="xs" variant="subtle" onClick={breakdown.toggle} data-testid="assess-card-breakdown">
            {open ? t('assessments.hideBreakdown') : t('assessments.showBreakdown')}
          </Button>
        )
      }
      writable={writable}
      onVoid={voidAssessment.mutateAsync}
      voidSubject={region}
      testId="assessment-card"
      actionTestId="assess-card"
    >
      <Group gap={6}>
        {scores.map((text) => (
          <Badge key={text} size="lg" variant="default" tt="none" fw={600}>
            {text}
          </Badge>
        ))}
      </Group>
      {a.notes && (
        <Text fz="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {a.notes}
        </Text>
      )}
      <Collapse expanded={open}>
        <div style={{ paddingTop: 12 }}>
          <ScoreBreakdown scores={a.scores} />
        </div>
      </Collapse>
    </RecordCard>
  );
}
