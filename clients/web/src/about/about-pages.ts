// The pages that explain the service, in one list: each page's address, its heading (and document
// title), and the description a search engine shows for it, which the other pages' links repeat.

export interface AboutPageEntry {
  /** The page's address, and its canonical one. */
  path: string;
  /** The `h1`; the document title is this, then `— Caregraph`. */
  title: string;
  /** The meta description, one or two plain sentences; also said under the links to the page. */
  description: string;
}

export const ABOUT = {
  overview: {
    path: '/about',
    title: 'How Caregraph works',
    description:
      'Caregraph helps you find an HCPC-registered occupational therapist for your mental health, book sessions at home or online, and follow your care plan.',
  },
  occupationalTherapy: {
    path: '/about/occupational-therapy',
    title: 'Occupational therapy for mental health',
    description:
      'What an occupational therapist does: helping you get back to everyday activities and routines, one small, realistic goal at a time.',
  },
  conditions: {
    path: '/about/conditions',
    title: 'Conditions therapists can help with',
    description:
      'The conditions you can search for on Caregraph, from anxiety and depression to ADHD and burnout, with a link to therapists for each.',
  },
  firstSession: {
    path: '/about/first-session-and-care-plans',
    title: 'Your first session and your care plan',
    description:
      'What happens at your first session, at home or online, and how your care plan, check-ins and reviews help you see your progress.',
  },
  referrals: {
    path: '/about/referrals',
    title: 'How referral works',
    description:
      'Book a therapist yourself, or be referred by your GP, an NHS mental health team, your employer or your council: what you agree to and who is told what.',
  },
  funding: {
    path: '/about/funding',
    title: 'Paying for sessions',
    description:
      'Paying for sessions yourself, or having them paid for by the NHS, your employer, your health insurer or your council, and how to find therapists who accept each.',
  },
} as const satisfies Record<string, AboutPageEntry>;

/** Every page, the overview first: the order of the links between them. */
export const ABOUT_PAGES: readonly AboutPageEntry[] = [ABOUT.overview, ABOUT.occupationalTherapy, ABOUT.conditions, ABOUT.firstSession, ABOUT.referrals, ABOUT.funding];
