import { ConfigError, envString } from '@caregraph/kernel';

/** Everything the bookings subgraph reads from its environment, beyond the runtime's settings. */
export interface BookingsConfig {
  /** Video-room link for online sessions; `{id}` becomes a fresh random room id. */
  videoRoomUrlTemplate: string;
}

/** Reads BOOKINGS_VIDEO_ROOM_URL_TEMPLATE (default `https://meet.caregraph.example/room/{id}`). */
export function readBookingsConfig(): BookingsConfig {
  const videoRoomUrlTemplate = envString('BOOKINGS_VIDEO_ROOM_URL_TEMPLATE', 'https://meet.caregraph.example/room/{id}');
  if (!/^https:\/\/[^\s/]+/.test(videoRoomUrlTemplate) || !videoRoomUrlTemplate.includes('{id}')) {
    throw new ConfigError(`BOOKINGS_VIDEO_ROOM_URL_TEMPLATE must be an https:// URL containing {id}, got "${videoRoomUrlTemplate}"`);
  }
  return { videoRoomUrlTemplate };
}
