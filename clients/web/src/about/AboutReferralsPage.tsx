import { Link } from 'react-router';
import { ABOUT } from './about-pages';
import { AboutPage } from './AboutPage';

/** /about/referrals: booking yourself, or being referred (GP, NHS team, employer, council); what the person agrees to and what the referrer is told. */
export function AboutReferralsPage() {
  return (
    <AboutPage page={ABOUT.referrals} lede="You can book a therapist yourself, or someone can refer you to one. Here is how each way works.">
      <h2>Referring yourself</h2>
      <p>
        You do not need anyone to refer you. <Link to="/">Find a therapist</Link>, create an account and book a session. When you book, you are asked how you
        came to Caregraph.
      </p>

      <h2>Through your GP</h2>
      <p>There are two ways.</p>
      <ul>
        <li>
          <strong>Your GP gives you a referral letter.</strong> Sign in, open the page of the therapist you would like to see, and choose “I have a referral
          letter from my GP”. Type in what the letter says: your name and date of birth, who wrote it, its date, what it refers you for and how soon it asks
          for you to be seen. The letter must be less than a year old. It goes to that therapist.
        </li>
        <li>
          <strong>Your GP practice refers you from its own system.</strong> Some practices send referrals to a therapist on Caregraph straight from the system
          they already use.
        </li>
      </ul>

      <h2>Through an NHS team, your employer or your council</h2>
      <p>These can also send a referral to a therapist from their own systems:</p>
      <ul>
        <li>an NHS community mental health team;</li>
        <li>your employer, for example through an employee assistance programme;</li>
        <li>your local council, for example its adult social care team.</li>
      </ul>

      <h2>What happens next</h2>
      <ol>
        <li>The therapist reads the referral. They accept it, or say why they cannot take you on.</li>
        <li>
          You see your referrals and where each one stands under “My referrals” when you are signed in. Sign in, or create an account, with the e-mail
          address your referrer has for you, and confirm it: that is how Caregraph knows the referral is yours.
        </li>
        <li>When the therapist has accepted it, you book your first session from the referral.</li>
      </ol>
      <p>Whoever referred you can withdraw the referral until your first session is booked.</p>

      <h2>What you agree to</h2>
      <ul>
        <li>Whoever refers you must ask you first. A referral can only be sent once you have agreed to it.</li>
        <li>You need to be 16 or over.</li>
        <li>
          To send a GP letter yourself, you need to have agreed to Caregraph handling your health information. You can do this under “My data”.
        </li>
        <li>The therapist sees everything in the referral: your name, date of birth and contact details, the reason for it, and how soon you should be seen.</li>
      </ul>

      <h2>What whoever referred you is told</h2>
      <ul>
        <li>Whether the therapist accepted the referral or not.</li>
        <li>When you book your first session, and whether the sessions that come from the referral are confirmed, cancelled, took place or were missed.</li>
        <li>Nothing else: not the times or the place of your sessions, not what you talk about, and never your care plan.</li>
      </ul>
      <p>
        When your care ends, your therapist writes a discharge summary: your mood and anxiety scores at the start and at the end, the goals you achieved, and
        their recommendations. Whoever referred you reads it only if you choose to share it with them, and you can stop sharing it at any time.
      </p>
      <p>When you send a GP letter yourself, Caregraph tells nobody else about it.</p>

      <h2>How soon you can be seen</h2>
      <p>
        A referral says how soon it asks for you to be seen: as usual, within two weeks, or within a few days. Caregraph is not an emergency service. If you are
        in danger, call 999.
      </p>
      <p>
        <Link to={ABOUT.funding.path}>Read who pays for sessions when you are referred</Link>.
      </p>
    </AboutPage>
  );
}
