// Progress-review messages to the therapist: a review coming due, and one now overdue.
import { idFact } from './facts';
import { HOME_PATHS, therapistPaths } from './links';
import type { RecipientRole, Writer } from './types';

/** The care plan (it shows when the review is due and records it); without its id, Today, which lists plans due for review. */
function carePlanLink(facts: Record<string, unknown>, role: RecipientRole): { action: string; path: string } {
  const carePlanId = idFact(facts, 'carePlanId');
  return role === 'THERAPIST' && carePlanId ? { action: 'Open the care plan', path: therapistPaths.carePlan(carePlanId) } : { action: 'Open Caregraph', path: HOME_PATHS[role] };
}

export const reviewDue: Writer = (facts, role) => ({
  subject: 'A progress review is due',
  heading: 'A progress review is due',
  paragraphs: ['A progress review is due on one of your clients\u2019 care plans.', 'You can record it at a session with them when it suits you both.'],
  ...carePlanLink(facts, role),
});

export const reviewOverdue: Writer = (facts, role) => ({
  subject: 'A progress review is overdue',
  heading: 'A progress review is overdue',
  paragraphs: ['A progress review on one of your clients\u2019 care plans is now overdue.', 'Please record it when you next can.'],
  ...carePlanLink(facts, role),
});
