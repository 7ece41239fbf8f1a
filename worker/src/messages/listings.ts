// Listing messages to the therapist: an admin's moderation decision, with the admin's own message
// (shown as they wrote it, escaped by the layout), and a lapsed HCPC registration.
import { oneOfFact, textFact } from './facts';
import { HOME_PATHS, therapistPaths } from './links';
import type { MessageDraft, RecipientRole, Writer } from './types';

/** The moderation actions an admin takes on a listing (therapists' ListingAction), in the therapist's words. */
const DECISIONS = {
  APPROVED: { subject: 'Your listing is approved', sentence: 'Good news: your listing has been approved, and clients can now find you in the directory.' },
  CHANGES_REQUESTED: { subject: 'Your listing needs a few changes', sentence: 'An admin has looked at your listing and asked for a few changes before it can be published.' },
  REJECTED: { subject: 'An update on your listing', sentence: 'An admin has reviewed your listing, and it will not be published.' },
  SUSPENDED: { subject: 'Your listing is out of the directory for now', sentence: 'An admin has taken your listing out of the directory for now.' },
  REINSTATED: { subject: 'Your listing is back in the directory', sentence: 'Your listing is back in the directory, and clients can find you again.' },
  CHANGES_APPROVED: { subject: 'Your listing changes are live', sentence: 'An admin has approved the changes to your listing, and they are now live.' },
  CHANGES_DECLINED: { subject: 'About the changes to your listing', sentence: 'An admin has reviewed the changes you proposed, and your listing keeps its current details for now.' },
} as const;
const DECISION_NAMES = Object.keys(DECISIONS) as Array<keyof typeof DECISIONS>;
const UNKNOWN_DECISION = { subject: 'An update on your listing', sentence: 'An admin has reviewed your listing.' };

/** The listing page for the therapist; anyone else only ever gets the app's home. */
function listingPath(role: RecipientRole): string {
  return role === 'THERAPIST' ? therapistPaths.listing : HOME_PATHS[role];
}

export const listingDecision: Writer = (facts, role) => {
  const decision = oneOfFact(facts, 'decision', DECISION_NAMES);
  const words = decision ? DECISIONS[decision] : UNKNOWN_DECISION;
  const message = textFact(facts, 'message');
  const draft: MessageDraft = {
    subject: words.subject,
    heading: words.subject,
    paragraphs: [words.sentence, 'You can see the details on your listing page.'],
    action: 'Open my listing',
    path: listingPath(role),
  };
  if (message) draft.quoted = { intro: 'The admin left you this message:', words: message };
  return draft;
};

export const hcpcLapsed: Writer = (_facts, role) => ({
  subject: 'Please check your HCPC registration',
  heading: 'Please check your HCPC registration',
  paragraphs: [
    'An admin has recorded that your HCPC registration has lapsed.',
    'Please check your registration with the HCPC. If you think this is a mistake, or once it is renewed, your listing page shows what to do next.',
  ],
  action: 'Open my listing',
  path: listingPath(role),
});
