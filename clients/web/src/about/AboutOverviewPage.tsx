import { Link } from 'react-router';
import { ABOUT } from './about-pages';
import { AboutPage } from './AboutPage';

/** /about: what Caregraph is and what a person can do with it; the other pages are linked below it. */
export function AboutOverviewPage() {
  return (
    <AboutPage page={ABOUT.overview} lede="Caregraph helps you find an occupational therapist for your mental health, book sessions, and keep track of how you are getting on.">
      <h2>Who the therapists are</h2>
      <p>
        Every therapist on Caregraph is an occupational therapist registered with the Health and Care Professions Council (HCPC). Each therapist’s page shows
        their registration number and whether Caregraph has checked it on the HCPC register.
      </p>
      <p>
        <Link to={ABOUT.occupationalTherapy.path}>Read what occupational therapy is</Link>.
      </p>

      <h2>What you can do</h2>
      <ul>
        <li>
          Search for a therapist by <Link to={ABOUT.conditions.path}>what you would like help with</Link>, how you would like to meet, your postcode, the fee and the
          language.
        </li>
        <li>See a therapist’s free times and book a session at your home or online by video.</li>
        <li>Cancel or move a session, or ask to be told when an earlier time comes up.</li>
        <li>
          Follow <Link to={ABOUT.firstSession.path}>your care plan</Link>: your goals, things to do between sessions, and short check-ins about your mood and
          anxiety.
        </li>
        <li>
          See <Link to={ABOUT.referrals.path}>referrals</Link> made for you, and book your first session from one.
        </li>
        <li>Download everything Caregraph holds about you, or delete your account.</li>
      </ul>

      <h2>Paying</h2>
      <p>
        You can pay for sessions yourself, or they may be paid for by the NHS, your employer, your health insurer or your council.{' '}
        <Link to={ABOUT.funding.path}>Read how paying for sessions works</Link>.
      </p>

      <h2>If you need help now</h2>
      <p>Caregraph is not an emergency service. If you are in crisis or feel unsafe, use the numbers at the bottom of every page.</p>
    </AboutPage>
  );
}
