import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../lib/problems';
import {
  type InquiryWithNotes,
  useInquiries,
  useInquiry,
  useMakePatient,
  useMoveInquiry,
  useNoteInquiry,
} from './site-api';

type Status = InquiryWithNotes['status'];
const SEXES = ['female', 'male', 'other', 'unknown'] as const;
const NEXT: Record<Status, ('contacted' | 'booked' | 'closed')[]> = {
  new: ['contacted', 'closed'],
  contacted: ['booked', 'closed'],
  booked: ['closed'],
  closed: [],
};
const STATUS_COLORS: Record<string, string> = {
  new: 'red',
  contacted: 'blue',
  booked: 'green',
  closed: 'gray',
};

/** The inbox of inquiries from the public site: new → contacted → booked → closed, notes, and "make a patient". */
export function InquiriesPage() {
  const { t } = useTranslation();
  const inquiries = useInquiries();
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <Stack gap="md" maw={1400} data-testid="inquiries-page">
      <div>
        <Title order={2}>{t('site.inquiries.title')}</Title>
        <Text fz="sm" c="dimmed" mt={4}>
          {t('site.inquiries.intro')}
        </Text>
      </div>
      {inquiries.error && <Alert color="red">{problemMessage(t, inquiries.error)}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card p={0}>
            {inquiries.data?.length === 0 && (
              <Text p="md" c="dimmed" fz="sm">
                {t('site.inquiries.empty')}
              </Text>
            )}
            {inquiries.data && inquiries.data.length > 0 && (
              <Table highlightOnHover data-testid="inquiries-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('site.inquiries.received')}</Table.Th>
                    <Table.Th>{t('site.inquiries.name')}</Table.Th>
                    <Table.Th>{t('site.inquiries.therapy')}</Table.Th>
                    <Table.Th>{t('site.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {inquiries.data.map((inquiry) => (
                    <Table.Tr
                      key={inquiry.id}
                      onClick={() => setOpenId(inquiry.id)}
                      style={{ cursor: 'pointer' }}
                      data-testid={`inquiry-row-${inquiry.name}`}
                    >
                      <Table.Td fz="sm">
                        {new Date(inquiry.createdAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}
                      </Table.Td>
                      <Table.Td fw={500}>{inquiry.name}</Table.Td>
                      <Table.Td fz="sm">{t(`site.therapies.${inquiry.therapy}`)}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLORS[inquiry.status]} variant="light" miw="fit-content">
                          {t(`site.inquiryStatuses.${inquiry.status}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>{openId && <InquiryDetail key={openId} id={openId} />}</Grid.Col>
      </Grid>
    </Stack>
  );
}

function InquiryDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const inquiry = useInquiry(id);
  const move = useMoveInquiry();
  const note = useNoteInquiry();
  const [text, setText] = useState('');
  if (inquiry.error) return <Alert color="red">{problemMessage(t, inquiry.error)}</Alert>;
  const shown = inquiry.data;
  if (!shown) return null;
  return (
    <Card withBorder data-testid="inquiry-detail">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{shown.name}</Title>
          <Badge color={STATUS_COLORS[shown.status]}>{t(`site.inquiryStatuses.${shown.status}`)}</Badge>
        </Group>
        <Text fz="sm">{shown.nameKana}</Text>
        <Text fz="sm">
          {t('site.inquiries.email')}: {shown.email}　{t('site.inquiries.phone')}: {shown.phone ?? '—'}
        </Text>
        <Text fz="sm">
          {t('site.inquiries.contact')}: {t(`site.contactMethods.${shown.preferredContact}`)}
          {shown.preferredTimes ? `（${shown.preferredTimes}）` : ''}
        </Text>
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="inquiry-message">
          {shown.message}
        </Text>
        <Group gap="xs">
          {NEXT[shown.status].map((status) => (
            <Button
              key={status}
              size="xs"
              variant="light"
              loading={move.isPending}
              onClick={() =>
                move.mutate({
                  id,
                  body: { status, version: shown.version },
                })
              }
              data-testid={`inquiry-move-${status}`}
            >
              {t(`site.inquiries.moveTo.${status}`)}
            </Button>
          ))}
        </Group>
        {move.error && <Alert color="red">{problemMessage(t, move.error)}</Alert>}
        <Title order={4} mt="sm">
          {t('site.inquiries.notes')}
        </Title>
        {shown.notes.map((n) => (
          <Text key={n.id} fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {new Date(n.writtenAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}　{n.body}
          </Text>
        ))}
        <Textarea
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          aria-label={t('site.inquiries.note')}
        />
        <Button
          size="xs"
          disabled={text.trim() === ''}
          loading={note.isPending}
          onClick={() => note.mutate({ id, body: text }, { onSuccess: () => setText('') })}
          w="fit-content"
        >
          {t('site.inquiries.addNote')}
        </Button>
        {shown.patientId ? (
          <Button
            component={Link}
            to={`/patients/${shown.patientId}`}
            variant="default"
            w="fit-content"
            data-testid="inquiry-patient"
          >
            {t('site.inquiries.openPatient')}
          </Button>
        ) : (
          <MakePatient inquiry={shown} />
        )}
      </Stack>
    </Card>
  );
}

function MakePatient({ inquiry }: { inquiry: InquiryWithNotes }) {
  const { t } = useTranslation();
  const make = useMakePatient();
  const [family = '', given = ''] = inquiry.name.split(/[\s　]+/);
  const [familyKana = '', givenKana = ''] = inquiry.nameKana.split(/[\s　]+/);
  const [form, setForm] = useState({
    familyName: family,
    givenName: given,
    familyNameKana: familyKana,
    givenNameKana: givenKana,
    birthDate: '',
    sex: '',
  });
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: e.currentTarget.value });
  return (
    <Card withBorder mt="sm" data-testid="make-patient">
      <Stack gap="xs">
        <Title order={4}>{t('site.inquiries.makePatient')}</Title>
        <Group grow>
          <TextInput
            label={t('site.inquiries.familyName')}
            value={form.familyName}
            onChange={set('familyName')}
          />
          <TextInput
            label={t('site.inquiries.givenName')}
            value={form.givenName}
            onChange={set('givenName')}
          />
        </Group>
        <Group grow>
          <TextInput
            label={t('site.inquiries.familyNameKana')}
            value={form.familyNameKana}
            onChange={set('familyNameKana')}
          />
          <TextInput
            label={t('site.inquiries.givenNameKana')}
            value={form.givenNameKana}
            onChange={set('givenNameKana')}
          />
        </Group>
        <Group grow>
          <TextInput
            label={t('site.inquiries.birthDate')}
            placeholder="1990-04-01"
            value={form.birthDate}
            onChange={set('birthDate')}
            data-testid="make-patient-birth"
          />
          <Select
            label={t('site.inquiries.sex')}
            value={form.sex || null}
            onChange={(value) => setForm({ ...form, sex: value ?? '' })}
            data={SEXES.map((value) => ({
              value,
              label: t(`site.sexes.${value}`),
            }))}
            data-testid="make-patient-sex"
          />
        </Group>
        {make.error && <Alert color="red">{problemMessage(t, make.error)}</Alert>}
        <Button
          w="fit-content"
          loading={make.isPending}
          onClick={() =>
            make.mutate({
              id: inquiry.id,
              body: {
                ...form,
                sex: SEXES.find((sex) => sex === form.sex) ?? 'unknown',
                version: inquiry.version,
              },
            })
          }
          data-testid="make-patient-submit"
        >
          {t('site.inquiries.makePatientSubmit')}
        </Button>
      </Stack>
    </Card>
  );
}
