import { Alert, Box, Button, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useNotify, useRefresh, useUpdate } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { WebhookDeliveryRowFragment, WebhookDeliveryStatus, WebhookEndpointRowFragment } from '../gql/graphql';
import { visuallyHidden } from '../layout/visually-hidden';
import { WEBHOOK_DELIVERY_STATUS_MEANINGS, WEBHOOK_DELIVERY_STATUS_NAMES, WEBHOOK_EVENT_MEANINGS, WEBHOOK_EVENT_NAMES } from './labels';
import { mayReplay, type WebhookDeliveryActionData } from './webhooks-handler';

const PAGE_SIZES = [10, 25, 50];

/** "Replay" on one delivery: queued again (same webhook-id, signed afresh); says so, or why the graph refused. */
function ReplayButton({ delivery, when }: { delivery: WebhookDeliveryRowFragment; when: string }) {
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const data: WebhookDeliveryActionData = { action: 'replay' };
  const replay = () =>
    update(
      'webhookDeliveries',
      { id: delivery.id, data, previousData: delivery },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('Replayed: the delivery is queued again, with the same webhook-id and a fresh signature.', { type: 'success' });
          refresh();
        },
        onError: (error) => {
          const conflict = (error as { status?: number }).status === 409;
          notify(conflict ? `Not replayed: ${(error as Error).message}` : (error as Error).message, { type: 'error', multiLine: true });
          refresh();
        },
      },
    );
  return (
    <Button size="small" variant="outlined" disabled={isPending} aria-busy={isPending} onClick={() => void replay()}>
      Replay<Box component="span" sx={visuallyHidden}> {WEBHOOK_EVENT_NAMES[delivery.eventType]} of {when}</Box>
    </Button>
  );
}

/**
 * One endpoint's delivery log, newest first, a page at a time, filtered by status (Dead first: the ones to
 * look at). Replay where the graph allows it: not for a queued delivery, nor while the endpoint is disabled.
 */
export function WebhookDeliveryLog({ endpoint }: { endpoint: WebhookEndpointRowFragment }) {
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(PAGE_SIZES[0]);
  const { data, total, isPending, error } = useGetList<WebhookDeliveryRowFragment>('webhookDeliveries', {
    filter: { organisationId: endpoint.organisationId, endpointId: endpoint.id, status: status || undefined },
    pagination: { page, perPage },
    sort: { field: 'createdAt', order: 'DESC' },
  });

  return (
    <Stack spacing={1}>
      <TextField
        select
        size="small"
        label="Status"
        value={status}
        onChange={(e) => {
          setStatus(e.target.value as WebhookDeliveryStatus | '');
          setPage(1);
        }}
        sx={{ maxWidth: 240 }}
      >
        <MenuItem value="">All deliveries</MenuItem>
        {Object.entries(WEBHOOK_DELIVERY_STATUS_NAMES).map(([value, name]) => (
          <MenuItem key={value} value={value}>
            {name}
          </MenuItem>
        ))}
      </TextField>
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Typography>Loading the delivery log…</Typography>
      ) : !data?.length ? (
        <Typography>{status ? 'No deliveries with this status.' : 'Nothing has been sent to this endpoint yet.'}</Typography>
      ) : (
        <>
          <Table size="small" aria-label={`Delivery log of ${endpoint.url}`}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">Queued</TableCell>
                <TableCell component="th" scope="col">Event</TableCell>
                <TableCell component="th" scope="col">Status</TableCell>
                <TableCell component="th" scope="col">Failed attempts</TableCell>
                <TableCell component="th" scope="col">Last HTTP status</TableCell>
                <TableCell component="th" scope="col">Reason</TableCell>
                <TableCell component="th" scope="col">Delivered</TableCell>
                <TableCell component="th" scope="col"><Box component="span" sx={visuallyHidden}>Actions</Box></TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>{formatDateTime(d.createdAt)}</TableCell>
                  <TableCell>
                    <Tooltip title={WEBHOOK_EVENT_MEANINGS[d.eventType]}>
                      <Box component="span" sx={{ fontFamily: 'monospace' }}>{WEBHOOK_EVENT_NAMES[d.eventType]}</Box>
                    </Tooltip>
                  </TableCell>
                  <TableCell>
                    <Tooltip title={WEBHOOK_DELIVERY_STATUS_MEANINGS[d.status]}>
                      <span data-status={d.status}>{WEBHOOK_DELIVERY_STATUS_NAMES[d.status]}</span>
                    </Tooltip>
                    {d.replays > 0 && <Typography variant="body2" component="span">{` (replayed ${d.replays === 1 ? 'once' : `${d.replays} times`})`}</Typography>}
                  </TableCell>
                  <TableCell>{d.attempts}</TableCell>
                  <TableCell>{d.lastStatusCode ?? '—'}</TableCell>
                  <TableCell>{d.lastError ?? '—'}</TableCell>
                  <TableCell>{formatDateTime(d.deliveredAt) || '—'}</TableCell>
                  <TableCell>{mayReplay(d, endpoint) && <ReplayButton delivery={d} when={formatDateTime(d.createdAt)} />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={total ?? 0}
            page={page - 1}
            rowsPerPage={perPage}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_, next) => setPage(next + 1)}
            onRowsPerPageChange={(e) => {
              setPerPage(Number(e.target.value));
              setPage(1);
            }}
            labelRowsPerPage="Deliveries per page"
          />
        </>
      )}
      {endpoint.status !== 'ACTIVE' && <Typography variant="body2">Deliveries of a disabled endpoint cannot be replayed until the organisation turns it back on.</Typography>}
    </Stack>
  );
}
