import { Link } from 'react-router';
import { FUNDING_LABELS } from '../format/labels';
import { ABOUT } from './about-pages';
import { AboutPage } from './AboutPage';

/** /about/funding: paying yourself, and the NHS, employers, insurers and councils; how to find therapists who accept each. */
export function FundingPage() {
  return (
    <AboutPage page={ABOUT.funding} lede="You can pay for sessions yourself, or someone else may pay for them. Each therapist’s page says which ways of paying they accept.">
      <h2>Paying yourself</h2>
      <ul>
        <li>Each therapist sets their own fee for a session. You see it in pounds in the search results and on their page, which also says how long a session lasts.</li>
        <li>
          To see only therapists within your budget, fill in “Most you would pay per session” when you <Link to="/">search</Link>.
        </li>
        <li>The fee is fixed when you book. If a therapist changes their fee later, a session you have already booked keeps its fee.</li>
        <li>
          Each therapist says how long before a session you can cancel for free. Their page tells you before you book. Cancelling after that is recorded as a
          late cancellation.
        </li>
      </ul>

      <h2>The NHS</h2>
      <p>
        Some therapists see people whose sessions the NHS pays for, when their GP or an NHS community mental health team refers them. Ask your GP or your care
        team about a referral. <Link to={ABOUT.referrals.path}>Read how referral works</Link>.
      </p>

      <h2>Your employer</h2>
      <p>
        Some employers pay for sessions through a scheme, such as an employee assistance programme. Ask your employer whether they have one. Their programme
        can refer you to a therapist.
      </p>

      <h2>Health insurance</h2>
      <p>Some therapists accept private health insurance. Check with your insurer what your policy covers before you book.</p>

      <h2>Your local council</h2>
      <p>A local council, for example its adult social care team, can refer you to a therapist and pay for your sessions. Ask the council about it.</p>

      <h2>Finding therapists who accept your way of paying</h2>
      <p>
        Open a therapist’s page from the <Link to="/">search</Link>. The line called “Paying” lists what they accept:
      </p>
      <ul>
        {Object.values(FUNDING_LABELS).map((words) => (
          <li key={words}>{words}</li>
        ))}
      </ul>
      <p>
        To see only therapists who accept your way of paying, choose it under “How would you pay?” when you <Link to="/">search</Link>. If a
        therapist’s page says “Ask the therapist”, they have not said yet, and the search leaves them out when you choose a way of paying.
      </p>
      <p>When you book your first session from a referral, the booking records who pays, such as the NHS or your employer.</p>
    </AboutPage>
  );
}
