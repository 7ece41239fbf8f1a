import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Datagrid, FunctionField, Pagination, ReferenceManyField, Show, TextField, useRecordContext } from 'react-admin';
import { AuditRows } from '../audit/AuditRows';
import { BOOKING_STATUS_LABELS } from '../format/booking-status';
import { formatDateTime } from '../format/format';
import type { BookingSummaryFragment, UserDetailFragment } from '../gql/graphql';
import { Facts, Section } from '../layout/detail';
import { LISTING_STATUS_LABELS } from '../format/listing-status';
import { CONSENT_LABELS, ROLE_LABELS, yesNo } from './labels';
import { UserActions } from './UserActions';

function Consents({ user }: { user: UserDetailFragment }) {
  // While the account loads, react-admin may show the list's copy of it, which has no consents.
  if (user.consents === undefined) return <Typography>Loading the consents…</Typography>;
  if (!user.consents?.length) return <Typography>No consents recorded.</Typography>;
  return (
    <Table size="small" aria-label="Consents">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">Document</TableCell>
          <TableCell component="th" scope="col">Given</TableCell>
          <TableCell component="th" scope="col">Version accepted</TableCell>
          <TableCell component="th" scope="col">Version in force</TableCell>
          <TableCell component="th" scope="col">Last changed</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {user.consents.map((c) => (
          <TableRow key={c.kind}>
            <TableCell>{CONSENT_LABELS[c.kind]}</TableCell>
            <TableCell>{c.given ? (c.upToDate ? 'Yes' : 'Yes, to an earlier version') : 'No'}</TableCell>
            <TableCell>{c.version ?? '—'}</TableCell>
            <TableCell>{c.currentVersion}</TableCell>
            <TableCell>{formatDateTime(c.changedAt) || '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function UserDetail() {
  const user = useRecordContext<UserDetailFragment>();
  if (!user) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" useFlexGap spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {user.displayName} — {ROLE_LABELS[user.role]}
          {user.lockedAt ? ' (locked)' : ''}
        </Typography>
        <UserActions />
      </Stack>
      <Section title="Account">
        <Facts
          items={[
            ['Email address', user.email],
            ['Email confirmed', user.emailVerified ? 'Yes' : 'No'],
            ['Role', ROLE_LABELS[user.role]],
            ['Joined', formatDateTime(user.createdAt)],
            ['Sign-in', user.lockedAt ? `Locked since ${formatDateTime(user.lockedAt)}` : 'Open'],
            ['Two-step verification', yesNo(user.mfaEnabled)],
            ['Therapist listing', user.therapistProfile ? `${user.therapistProfile.displayName} (${LISTING_STATUS_LABELS[user.therapistProfile.status]})` : ''],
          ]}
        />
      </Section>
      <Section title="Consents">
        <Consents user={user} />
      </Section>
      {user.role === 'CLIENT' && (
        <Section title="Sessions booked">
          <ReferenceManyField reference="bookings" target="clientId" perPage={10} sort={{ field: 'startsAt', order: 'DESC' }} pagination={<Pagination rowsPerPageOptions={[10]} />}>
            <Datagrid rowClick="show" bulkActionButtons={false} empty={<Typography>No sessions booked.</Typography>}>
              <FunctionField<BookingSummaryFragment> label="Starts" render={(b) => formatDateTime(b.startsAt)} />
              <FunctionField<BookingSummaryFragment> label="Status" render={(b) => BOOKING_STATUS_LABELS[b.status]} />
              <TextField source="therapist.displayName" label="Therapist" />
            </Datagrid>
          </ReferenceManyField>
        </Section>
      )}
      <Section title="Admin actions on this account">
        <ReferenceManyField reference="auditLog" target="recordId" perPage={10} pagination={<Pagination rowsPerPageOptions={[10]} />}>
          <AuditRows empty="No admin has acted on this account." />
        </ReferenceManyField>
      </Section>
    </Stack>
  );
}

/** One account: details, consents, sessions booked, and the admin actions on it, with lock, unlock and role change. */
export function UserShow() {
  return (
    <Show title="Account" actions={false}>
      <UserDetail />
    </Show>
  );
}
