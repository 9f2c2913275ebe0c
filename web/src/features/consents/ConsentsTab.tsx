import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PatientTabProps } from '../patients/patient-tabs';
import { RecordList } from '../patients/records/RecordList';
import { ConsentCard } from './ConsentCard';
import { ConsentDetail } from './ConsentDetail';
import { useConsents, usePlans } from './consents-api';
import { EligibilityPanel } from './EligibilityPanel';

/**
 * The patient's consents: may they be treated now (per therapy), every consent signed, newest
 * first, and the way to take a new one (the walk, full screen on the tablet). The consent opened
 * is in the address (`?consent=…`), so the timeline and a bookmark can open it.
 */
export function ConsentsTab({ patient, writable }: PatientTabProps) {
  const { t } = useTranslation();
  const list = useConsents(patient.id);
  const plans = usePlans();
  const [params, setParams] = useSearchParams();
  const openId = params.get('consent');
  const open = (id: string | null) =>
    setParams(id ? { consent: id } : {}, { replace: true, preventScrollReset: true });
  const consents = list.data?.pages.flatMap((page) => page.items) ?? [];
  const opened = consents.find((consent) => consent.id === openId);

  return (
    <>
      <RecordList
        list={list}
        emptyText={t('consents.empty')}
        header={<EligibilityPanel patientId={patient.id} writable={writable} />}
        actions={
          writable && (
            <Button component={Link} to={`/patients/${patient.id}/consents/new`} data-testid="consent-new">
              {t('consents.new')}
            </Button>
          )
        }
      >
        {(consent) => (
          <ConsentCard
            key={consent.id}
            consent={consent}
            plan={plans.data?.find((plan) => plan.id === consent.planId)}
            writable={writable}
            onOpen={() => open(consent.id)}
          />
        )}
      </RecordList>
      {opened && (
        <ConsentDetail
          consent={opened}
          plan={plans.data?.find((plan) => plan.id === opened.planId)}
          writable={writable}
          onClose={() => open(null)}
        />
      )}
    </>
  );
}
