import { Link } from 'react-router';
import { ABOUT } from './about-pages';
import { AboutPage } from './AboutPage';

/** /about/first-session-and-care-plans: what the first session involves, and the care plan with its check-ins and reviews. */
export function FirstSessionPage() {
  return (
    <AboutPage page={ABOUT.firstSession} lede="What to expect when you start, and how your care plan helps you and your therapist see how you are getting on.">
      <h2>Booking your first session</h2>
      <ul>
        <li>
          <Link to="/">Find a therapist</Link>, choose a free time on their page and book it. Some therapists confirm each booking themselves: you will be told
          when they have.
        </li>
        <li>Sessions are at your home or online by video. Some therapists also see people at their clinic.</li>
        <li>For a home visit you give your postcode. Only you and your therapist see it.</li>
        <li>Each therapist sets how long their sessions last. Their page shows it next to the fee.</li>
        <li>When you book, you can leave a note for your therapist, such as “I find mornings hard”. Only you and your therapist see it.</li>
      </ul>

      <h2>What happens at the first session</h2>
      <p>Your therapist will want to get to know you and your everyday life. They may ask:</p>
      <ul>
        <li>what a usual day or week looks like for you;</li>
        <li>what you find hard at the moment, and what helps;</li>
        <li>what you would like to be able to do again, or do more of;</li>
        <li>who is around to support you.</li>
      </ul>
      <p>You only share what you are comfortable sharing. There are no right or wrong answers.</p>

      <h2>Your care plan</h2>
      <p>After your first sessions, your therapist writes a care plan with you. You can see it in the app under “My care plan”. It has:</p>
      <ul>
        <li>your goals: small, realistic things you want to do, and how each one is going;</li>
        <li>things to do between sessions, with an “I did this today” button for each;</li>
        <li>the date of the plan’s next review.</li>
      </ul>

      <h2>Check-ins</h2>
      <p>Between sessions you can answer two short sets of questions in the app. Each takes about two minutes:</p>
      <ul>
        <li>a mood check-in (PHQ-9, nine questions);</li>
        <li>an anxiety check-in (GAD-7, seven questions).</li>
      </ul>
      <p>
        Your scores are drawn on a chart, so you and your therapist can see how things change over time. Your therapist sees your answers. If an answer shows
        you may be thinking of hurting yourself, the app shows you straight away where to get help.
      </p>

      <h2>Reviews</h2>
      <p>
        At your sessions your therapist reviews the plan with you: how your goals are going, and how well you feel you are doing the things that matter to
        you, each out of 10. As your confidence grows, you finish goals you have reached and set new ones. If you need a break, the plan can be put on hold.
      </p>

      <h2>Who sees your plan</h2>
      <p>
        Only you and your therapist. In rare cases a Caregraph administrator may need to open it: they must give a reason, and every time your plan is opened
        or changed is recorded.
      </p>
      <p>
        <Link to={ABOUT.referrals.path}>If someone referred you</Link>, they never see your plan.
      </p>
    </AboutPage>
  );
}
