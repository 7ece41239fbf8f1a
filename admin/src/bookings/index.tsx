import EventNoteIcon from '@mui/icons-material/EventNote';
import type { ResourceProps } from 'react-admin';
import { BookingList } from './BookingList';
import { BookingShow } from './BookingShow';

/** Bookings, read-only; data: bookings-handler.ts. */
export const bookings: ResourceProps = {
  name: 'bookings',
  list: BookingList,
  show: BookingShow,
  icon: EventNoteIcon,
  options: { label: 'Bookings' },
};
