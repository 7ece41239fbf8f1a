import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useGetList, useNotify, useRefresh, useUpdate } from 'react-admin';
import { labelList } from '../format/choices';
import { formatDateTime } from '../format/format';
import type { OrganisationDetailFragment, WebhookEndpointRowFragment } from '../gql/graphql';
import { Facts } from '../layout/detail';
import { WEBHOOK_ENDPOINT_STATUS_MEANINGS, WEBHOOK_ENDPOINT_STATUS_NAMES, WEBHOOK_EVENT_NAMES } from './labels';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import type { WebhookEndpointActionData } from './webhooks-handler';

/**
 * "Disable" with a confirmation that says what it means: nothing more is sent, events meanwhile are not kept
 * for the endpoint, and only the organisation can turn it back on. The graph's refusal is shown in the dialog.
 */
function DisableEndpoint({ endpoint, organisationName }: { endpoint: WebhookEndpointRowFragment; organisationName: string }) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const textId = useId();
  const data: WebhookEndpointActionData = { action: 'disable' };
  const close = () => {
    setOpen(false);
    setProblem(undefined);
  };
  const disable = () =>
    update(
      'webhookEndpoints',
      { id: endpoint.id, data, previousData: endpoint },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          close();
          notify(`Disabled: nothing more is sent to ${endpoint.url} until ${organisationName} turns it back on.`, { type: 'success', multiLine: true });
          refresh();
        },
        onError: (error) => setProblem((error as Error).message),
      },
    );
  return (
    <>
      <Button variant="outlined" color="error" onClick={() => setOpen(true)}>
        Disable endpoint
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} aria-describedby={textId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>Disable this endpoint?</DialogTitle>
        <DialogContent>
          <DialogContentText id={textId}>
            Caregraph stops sending events to {endpoint.url} now. Events that happen while it is disabled are not kept for it: the organisation catches up from its
            delivery log and its referrals in the graph. Only {organisationName} can turn it back on (its admins, or its system with events:manage); Caregraph’s
            admins cannot.
          </DialogContentText>
          {problem && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Keep it on</Button>
          <Button variant="contained" color="error" disabled={isPending} aria-busy={isPending} onClick={() => void disable()}>
            Disable endpoint
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** One endpoint: where, what it hears, whether it is on, and its delivery log. */
function WebhookEndpointPart({ endpoint, organisationName }: { endpoint: WebhookEndpointRowFragment; organisationName: string }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ borderTop: 1, borderColor: 'divider', pt: 2 }}>
      <Stack direction="row" useFlexGap spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {endpoint.url}
        </Typography>
        {endpoint.status === 'ACTIVE' && <DisableEndpoint endpoint={endpoint} organisationName={organisationName} />}
      </Stack>
      <Facts
        items={[
          ['Description', endpoint.description],
          ['Events', labelList(endpoint.eventTypes, WEBHOOK_EVENT_NAMES)],
          ['Status', `${WEBHOOK_ENDPOINT_STATUS_NAMES[endpoint.status]}: ${WEBHOOK_ENDPOINT_STATUS_MEANINGS[endpoint.status].toLowerCase()}`],
          ['Added', formatDateTime(endpoint.createdAt)],
          ['Last changed', formatDateTime(endpoint.updatedAt)],
        ]}
      />
      <Typography variant="subtitle2" component="h4" sx={{ mt: 2, mb: 1 }}>
        Delivery log
      </Typography>
      <WebhookDeliveryLog endpoint={endpoint} />
    </Box>
  );
}

/**
 * The organisation's webhook endpoints (docs/adr/030), oldest first, each with its delivery log. Caregraph's
 * admins read them, replay deliveries and disable an endpoint; the organisation adds them and holds their secrets.
 */
export function WebhookEndpoints({ organisation }: { organisation: OrganisationDetailFragment }) {
  const { data, isPending, error } = useGetList<WebhookEndpointRowFragment>('webhookEndpoints', {
    filter: { organisationId: organisation.id },
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'createdAt', order: 'ASC' },
  });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (isPending) return <Typography>Loading the webhook endpoints…</Typography>;
  if (!data?.length) return <Typography>No webhook endpoints. The organisation adds them itself (its admins, or its system with events:manage).</Typography>;
  return (
    <Stack spacing={3}>
      {data.map((endpoint) => (
        <WebhookEndpointPart key={endpoint.id} endpoint={endpoint} organisationName={organisation.name} />
      ))}
    </Stack>
  );
}
