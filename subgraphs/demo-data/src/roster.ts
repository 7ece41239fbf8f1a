import { demoId, demoRandom } from './ids';
import { DEMO_PLACES } from './places';

/**
 * The demo population every subgraph seeds its own part of. Names are generated
 * combinations and e-mail addresses use the reserved `.example` domain: no real people.
 */
export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  role: 'CLIENT' | 'THERAPIST' | 'ADMIN';
}

export interface DemoTherapist {
  id: string;
  userId: string;
  displayName: string;
  hcpcNumber: string;
  city: string;
  outwardCode: string;
  conditions: string[];
  sessionFormats: Array<'HOME_VISIT' | 'ONLINE'>;
  status: 'DRAFT' | 'PENDING_REVIEW' | 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED' | 'SUSPENDED';
}

export interface DemoBooking {
  id: string;
  clientId: string;
  therapistId: string;
  startsAt: Date;
  endsAt: Date;
  format: 'HOME_VISIT' | 'ONLINE';
  status: 'REQUESTED' | 'CONFIRMED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED' | 'DECLINED';
}

export interface DemoCarePlan {
  id: string;
  clientId: string;
  therapistId: string;
  status: 'DRAFT' | 'ACTIVE' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED';
  goals: string[];
}

export interface DemoRoster {
  users: DemoUser[];
  therapists: DemoTherapist[];
  bookings: DemoBooking[];
  carePlans: DemoCarePlan[];
}

export const DEMO_CONDITIONS = [
  'DEPRESSION_LOW_MOTIVATION',
  'ANXIETY',
  'PTSD_TRAUMA',
  'BIPOLAR',
  'PSYCHOSIS',
  'EATING_DISORDERS',
  'WORK_STRESS_BURNOUT',
  'ADHD_NEURODIVERSITY',
] as const;

const FIRST_NAMES = ['Amara', 'Ben', 'Chloe', 'Dev', 'Eilidh', 'Femi', 'Grace', 'Hamza', 'Isla', 'Jonah', 'Kiran', 'Lowri', 'Malik', 'Niamh', 'Owen', 'Priya', 'Rhys', 'Sana', 'Tom', 'Una', 'Vik', 'Wren', 'Yusuf', 'Zara'];
const SURNAMES = ['Ashdown', 'Brackley', 'Calloway', 'Dunmore', 'Ellery', 'Fairburn', 'Greaves', 'Halloran', 'Ingham', 'Jessop', 'Kettering', 'Lindqvist', 'Marlow', 'Norcross', 'Oduya', 'Pennick', 'Quayle', 'Rowntree', 'Sefton', 'Thursby'];

const GOALS = [
  'Get up by 8:30 on five weekday mornings a week',
  'Keep a regular bedtime (before 23:30) on six nights a week',
  'Walk to the corner shop and back on my own twice a week',
  'Join one community group session a fortnight',
  'Plan and cook two simple meals a week',
  'Return to work two mornings a week on a phased plan',
  'Use a grounding routine when noise in the supermarket builds up',
  'Keep a weekly budget and check it every Sunday',
];

const STATUS_CYCLE: DemoTherapist['status'][] = ['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'PENDING_REVIEW', 'APPROVED', 'DRAFT', 'APPROVED', 'CHANGES_REQUESTED', 'SUSPENDED', 'APPROVED', 'REJECTED'];
const PLAN_STATUSES: DemoCarePlan['status'][] = ['ACTIVE', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'DRAFT', 'ACTIVE', 'CANCELLED'];

export const DEMO_THERAPIST_COUNT = 36;
export const DEMO_CLIENT_COUNT = 24;
/** The demo admin's e-mail address, printed by `npm start`. */
export const DEMO_ADMIN_EMAIL = 'admin@caregraph.example';

const pad = (n: number) => String(n).padStart(2, '0');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Builds the demo roster. Bookings are placed around `now` (some past, some future) at
 * whole hours, each therapist's sessions on distinct days so none overlap.
 */
export function demoRoster(now: Date = new Date()): DemoRoster {
  const random = demoRandom(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const name = (i: number) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[(i * 7) % SURNAMES.length]}`;

  const users: DemoUser[] = [{ id: demoId('user:admin'), email: DEMO_ADMIN_EMAIL, displayName: 'Caregraph Admin', role: 'ADMIN' }];
  const therapists: DemoTherapist[] = [];
  for (let i = 1; i <= DEMO_THERAPIST_COUNT; i++) {
    const userId = demoId(`user:therapist:${i}`);
    const displayName = name(i + 3);
    users.push({ id: userId, email: `therapist${pad(i)}@caregraph.example`, displayName, role: 'THERAPIST' });
    const place = DEMO_PLACES[i % DEMO_PLACES.length];
    const conditions = DEMO_CONDITIONS.filter((_, c) => (i + c) % 3 === 0 || c === i % DEMO_CONDITIONS.length);
    therapists.push({
      id: demoId(`therapist:${i}`),
      userId,
      displayName,
      hcpcNumber: `OT9${String(i).padStart(5, '0')}`,
      city: place.city,
      outwardCode: place.outwardCodes[i % place.outwardCodes.length],
      conditions: [...new Set(conditions)],
      sessionFormats: i % 3 === 0 ? ['ONLINE'] : i % 3 === 1 ? ['HOME_VISIT', 'ONLINE'] : ['HOME_VISIT'],
      status: STATUS_CYCLE[i % STATUS_CYCLE.length],
    });
  }
  const clients: DemoUser[] = [];
  for (let i = 1; i <= DEMO_CLIENT_COUNT; i++) {
    clients.push({ id: demoId(`user:client:${i}`), email: `client${pad(i)}@caregraph.example`, displayName: name(i * 5 + 1), role: 'CLIENT' });
  }
  users.push(...clients);

  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const approved = therapists.filter((t) => t.status === 'APPROVED' || t.status === 'SUSPENDED');
  const bookings: DemoBooking[] = [];
  const carePlans: DemoCarePlan[] = [];
  clients.forEach((client, c) => {
    const therapist = approved[c % approved.length];
    // Five sessions a week apart: three in the past, two ahead; each at 10:00 + (c % 6) hours UTC.
    for (let s = 0; s < 5; s++) {
      const dayOffset = (s - 3) * 7 + (c % 5) + 1;
      const startsAt = new Date(today + dayOffset * DAY + (10 + (c % 6)) * HOUR);
      const past = startsAt.getTime() < now.getTime();
      const status: DemoBooking['status'] = past
        ? s === 1 && c % 4 === 0 ? 'NO_SHOW' : s === 2 && c % 5 === 0 ? 'CANCELLED' : 'COMPLETED'
        : s === 4 && c % 3 === 0 ? 'REQUESTED' : s === 3 && c % 4 === 1 ? 'DECLINED' : 'CONFIRMED';
      bookings.push({
        id: demoId(`booking:${c}:${s}`),
        clientId: client.id,
        therapistId: therapist.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + HOUR),
        format: therapist.sessionFormats[s % therapist.sessionFormats.length],
        status,
      });
    }
    if (c < 18) {
      carePlans.push({
        id: demoId(`care-plan:${c}`),
        clientId: client.id,
        therapistId: therapist.id,
        status: PLAN_STATUSES[c % PLAN_STATUSES.length],
        goals: [pick(GOALS), pick(GOALS)].filter((g, i, all) => all.indexOf(g) === i),
      });
    }
  });
  return { users, therapists, bookings, carePlans };
}
