import { Button } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import type { DeliveryRowFragment } from '../gql/graphql';
import { RETRYABLE } from './deliveries-handler';

/** "Retry" on a dead delivery: queues it again from scratch; says what happened, or the graph's reason it did not. */
export function RetryButton() {
  const delivery = useRecordContext<DeliveryRowFragment>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!delivery || !RETRYABLE.includes(delivery.status)) return null;

  const retry = () =>
    update(
      'deliveries',
      { id: delivery.id, data: { action: 'retry' }, previousData: delivery },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('Delivery queued again: the delivery worker will try it from scratch.', { type: 'success' });
          refresh();
        },
        onError: (error) => {
          notify((error as Error).message, { type: 'error', multiLine: true });
          refresh();
        },
      },
    );

  return (
    <Button size="small" variant="outlined" disabled={isPending} aria-busy={isPending} onClick={(event) => { event.stopPropagation(); void retry(); }}>
      Retry
    </Button>
  );
}
