import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Show, useDataProvider, useRecordContext, type DataProvider } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { CarePlanStatusViewFragment } from '../gql/graphql';
import { Facts, Section } from '../layout/detail';
import { BreakGlassDialog } from './BreakGlassDialog';
import { CarePlanContent } from './CarePlanContent';
import type { BrokenGlassPlan, CarePlanMethods } from './care-plans-handler';
import { CARE_PLAN_STATUS_LABELS } from './labels';

/** The plan on its show page (exported for its test). */
export function CarePlanDetail() {
  const plan = useRecordContext<CarePlanStatusViewFragment>();
  const dataProvider = useDataProvider<DataProvider & CarePlanMethods>();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string>();
  const [content, setContent] = useState<BrokenGlassPlan>();
  if (!plan) return null;
  const clientName = plan.client?.displayName ?? 'an erased account';

  const open = async (reason: string) => {
    setBusy(true);
    setRefused(undefined);
    try {
      setContent((await dataProvider.openCarePlanWithBreakGlass(plan.id, reason)).data);
      setAsking(false);
    } catch (error) {
      setRefused((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" useFlexGap spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          Care plan of {clientName} — {CARE_PLAN_STATUS_LABELS[plan.status]}
        </Typography>
        {!content && (
          <Button variant="outlined" color="error" onClick={() => setAsking(true)}>
            Open with break-glass
          </Button>
        )}
      </Stack>
      <Section title="Plan">
        <Facts
          items={[
            ['Client', clientName],
            ['Therapist', plan.therapist.displayName],
            ['Status', CARE_PLAN_STATUS_LABELS[plan.status]],
            ['Created', formatDateTime(plan.createdAt)],
            ['Last changed', formatDateTime(plan.updatedAt)],
          ]}
        />
        {!content && (
          <Typography variant="body2" sx={{ mt: 2 }}>
            Its content is between the client and their therapist. An admin may read it only with break-glass access, which is recorded and shown to the client.
          </Typography>
        )}
      </Section>
      {content && <CarePlanContent plan={content} />}
      {asking && <BreakGlassDialog subject={clientName} busy={busy} error={refused} onCancel={() => setAsking(false)} onConfirm={open} />}
    </Stack>
  );
}

/** One care plan: that it exists, its status and whose it is; its content only through break-glass. */
export function CarePlanShow() {
  return (
    <Show title="Care plan" actions={false}>
      <CarePlanDetail />
    </Show>
  );
}
