import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Show, useRecordContext } from 'react-admin';
import { formatDateTime, formatPence } from '../format/format';
import type { AdminBookingQuery } from '../gql/graphql';
import { Facts, Section } from '../layout/detail';
import { BOOKING_STATUS_LABELS } from '../format/booking-status';
import { SESSION_FORMAT_LABELS } from '../format/session-format';
import { BOOKING_ACTION_LABELS, PARTY_LABELS, REFERRAL_LABELS } from './labels';

type BookingDetail = NonNullable<AdminBookingQuery['booking']>;

function History({ booking }: { booking: BookingDetail }) {
  // While the booking loads, react-admin may show the list's copy of it, which has no history.
  if (!booking.history) return <Typography>Loading the history…</Typography>;
  if (!booking.history.length) return <Typography>Nothing has happened to this booking since it was made.</Typography>;
  return (
    <Table size="small" aria-label="Booking history, oldest first">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">When</TableCell>
          <TableCell component="th" scope="col">What</TableCell>
          <TableCell component="th" scope="col">By</TableCell>
          <TableCell component="th" scope="col">Status</TableCell>
          <TableCell component="th" scope="col">Moved</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {booking.history.map((e) => (
          <TableRow key={`${e.occurredAt}-${e.action}`}>
            <TableCell>{formatDateTime(e.occurredAt)}</TableCell>
            <TableCell>{BOOKING_ACTION_LABELS[e.action]}</TableCell>
            <TableCell>{PARTY_LABELS[e.actor]}</TableCell>
            <TableCell>{e.fromStatus === e.toStatus ? BOOKING_STATUS_LABELS[e.toStatus] : `${BOOKING_STATUS_LABELS[e.fromStatus]} → ${BOOKING_STATUS_LABELS[e.toStatus]}`}</TableCell>
            <TableCell>{e.previousStartsAt ? `${formatDateTime(e.previousStartsAt)} → ${formatDateTime(e.newStartsAt)}` : ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function BookingDetailView() {
  const booking = useRecordContext<BookingDetail>();
  if (!booking) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Typography variant="h5" component="h1">
        Session on {formatDateTime(booking.startsAt)} — {BOOKING_STATUS_LABELS[booking.status]}
      </Typography>
      <Section title="Session">
        <Facts
          items={[
            ['Starts', formatDateTime(booking.startsAt)],
            ['Ends', formatDateTime(booking.endsAt)],
            ['Format', SESSION_FORMAT_LABELS[booking.format]],
            ['Fee', formatPence(booking.fee?.amountPence)],
            ['Referral', REFERRAL_LABELS[booking.referralSource]],
            ['Client', booking.client ? <Link to={`/users/${booking.client.id}/show`}>{booking.client.displayName}</Link> : 'Erased account (kept as a clinical record)'],
            ['Therapist', <Link key="therapist" to={`/therapists/${booking.therapist.id}/show`}>{booking.therapist.displayName}</Link>],
            ['Booked', formatDateTime(booking.createdAt)],
            ['Times moved', booking.rescheduleCount],
            ['Cancelled', booking.cancelledAt ? `${formatDateTime(booking.cancelledAt)} by the ${PARTY_LABELS[booking.cancelledBy!].toLowerCase()}${booking.lateCancellation ? ' (late)' : ''}` : ''],
          ]}
        />
        <Typography variant="body2" sx={{ mt: 2 }}>
          The client’s note, the video link, the visit address and the reasons given stay between the client and the therapist: admins do not see them.
        </Typography>
      </Section>
      <Section title="History">
        <History booking={booking} />
      </Section>
    </Stack>
  );
}

/** One booking: when, who, what happened to it. Never the clinical details. */
export function BookingShow() {
  return (
    <Show title="Booking" actions={false}>
      <BookingDetailView />
    </Show>
  );
}
