import { ConfigError, envInt, envString } from '@caregraph/kernel';

/** Everything the bookings subgraph reads from its environment, beyond the runtime's settings. */
export interface BookingsConfig {
  /** Video-room link for online sessions; `{id}` becomes a fresh random room id. */
  videoRoomUrlTemplate: string;
  /** How long before a confirmed session its reminder is sent (the session-reminders sweep). */
  reminderLeadHours: number;
}

/** The longest reminder lead time: a week. */
const MAX_REMINDER_LEAD_HOURS = 168;

/** Reads REMINDER_LEAD_HOURS (default 24, 1 to 168): read by the sweep on each run and checked at start. */
export function readReminderLeadHours(): number {
  const hours = envInt('REMINDER_LEAD_HOURS', 24);
  if (hours < 1 || hours > MAX_REMINDER_LEAD_HOURS) {
    throw new ConfigError(`REMINDER_LEAD_HOURS must be between 1 and ${MAX_REMINDER_LEAD_HOURS}, got ${hours}`);
  }
  return hours;
}

/** Reads BOOKINGS_VIDEO_ROOM_URL_TEMPLATE (default `https://meet.caregraph.example/room/{id}`) and REMINDER_LEAD_HOURS. */
export function readBookingsConfig(): BookingsConfig {
  const videoRoomUrlTemplate = envString('BOOKINGS_VIDEO_ROOM_URL_TEMPLATE', 'https://meet.caregraph.example/room/{id}');
  if (!/^https:\/\/[^\s/]+/.test(videoRoomUrlTemplate) || !videoRoomUrlTemplate.includes('{id}')) {
    throw new ConfigError(`BOOKINGS_VIDEO_ROOM_URL_TEMPLATE must be an https:// URL containing {id}, got "${videoRoomUrlTemplate}"`);
  }
  return { videoRoomUrlTemplate, reminderLeadHours: readReminderLeadHours() };
}
