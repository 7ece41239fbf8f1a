import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { CONDITION_LABELS } from '@caregraph/client-kit/labels';
import type { ListingDetailFragment } from '../gql/graphql';
import { formatDateTime } from '../format/format';
import { labelList } from '../format/choices';
import { SESSION_FORMAT_LABELS } from '../format/session-format';

/** The pending changes beside the live values, one row per changed field. */
export function PendingChanges({ listing }: { listing: ListingDetailFragment }) {
  const pending = listing.privateDetails?.pendingChanges;
  if (!pending) return <Typography>No changes are waiting for review.</Typography>;
  const rows: [string, string, string][] = [];
  if (pending.displayName != null) rows.push(['Name', listing.displayName, pending.displayName]);
  if (pending.hcpcNumber != null) rows.push(['HCPC number', listing.hcpcNumber, pending.hcpcNumber]);
  if (pending.conditions != null) rows.push(['Conditions', labelList(listing.conditions, CONDITION_LABELS), labelList(pending.conditions, CONDITION_LABELS)]);
  if (pending.sessionFormats != null) rows.push(['Session formats', labelList(listing.sessionFormats, SESSION_FORMAT_LABELS), labelList(pending.sessionFormats, SESSION_FORMAT_LABELS)]);
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Proposed {formatDateTime(pending.proposedAt)}.
      </Typography>
      <Table size="small" aria-label="Pending changes beside the live listing">
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">Field</TableCell>
            <TableCell component="th" scope="col">Live now</TableCell>
            <TableCell component="th" scope="col">Proposed</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(([field, live, proposed]) => (
            <TableRow key={field}>
              <TableCell component="th" scope="row">{field}</TableCell>
              <TableCell>{live}</TableCell>
              <TableCell>{proposed}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
