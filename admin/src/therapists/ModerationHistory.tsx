import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ListingDetailFragment } from '../gql/graphql';
import { formatDateTime } from '../format/format';
import { LISTING_ACTION_LABELS } from '../format/listing-action';
import { LISTING_STATUS_LABELS } from '../format/listing-status';

/** The listing's moderation history, newest first. */
export function ModerationHistory({ listing }: { listing: ListingDetailFragment }) {
  const events = [...(listing.privateDetails?.moderationHistory ?? [])].reverse();
  if (!events.length) return <Typography>No history yet.</Typography>;
  return (
    <Table size="small" aria-label="Moderation history, newest first">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">When</TableCell>
          <TableCell component="th" scope="col">What</TableCell>
          <TableCell component="th" scope="col">Status</TableCell>
          <TableCell component="th" scope="col">By</TableCell>
          <TableCell component="th" scope="col">Reason or note</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id}>
            <TableCell>{formatDateTime(event.occurredAt)}</TableCell>
            <TableCell>{LISTING_ACTION_LABELS[event.action] ?? event.action}</TableCell>
            <TableCell>{event.fromStatus && event.fromStatus !== event.toStatus ? `${LISTING_STATUS_LABELS[event.fromStatus]} → ${LISTING_STATUS_LABELS[event.toStatus]}` : LISTING_STATUS_LABELS[event.toStatus]}</TableCell>
            <TableCell>{event.actor.displayName}</TableCell>
            <TableCell>{event.reason ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
