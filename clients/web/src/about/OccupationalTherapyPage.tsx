import { Link } from 'react-router';
import { ABOUT } from './about-pages';
import { AboutPage } from './AboutPage';

/** /about/occupational-therapy: what occupational therapy for mental health is, in everyday words. */
export function OccupationalTherapyPage() {
  return (
    <AboutPage page={ABOUT.occupationalTherapy} lede="Occupational therapy helps you do the everyday things that matter to you when your mental health makes them hard.">
      <h2>What an occupational therapist does</h2>
      <p>
        “Occupations” are the things you do every day: looking after yourself, your home, work or study, hobbies and seeing people. When you are unwell,
        these can become hard or stop altogether.
      </p>
      <p>
        An occupational therapist looks at your day with you: what you do, what you find hard, and what you would like to do again. Together you work out
        small steps to get there.
      </p>

      <h2>What you might work on</h2>
      <ul>
        <li>Sleep: going to bed and getting up at regular times, and winding down.</li>
        <li>Your morning: getting up, washed, dressed and out of the door.</li>
        <li>Social confidence: meeting people, talking in a group, going out.</li>
        <li>Going back to work, study or volunteering, a step at a time.</li>
        <li>Coping with noise, crowds, bright light and other things that can overwhelm your senses.</li>
        <li>Money, shopping and cooking.</li>
        <li>Planning your day or week, and keeping appointments.</li>
        <li>Making things, exercise and being outdoors.</li>
      </ul>
      <p>
        See the <Link to={ABOUT.conditions.path}>conditions therapists can help with</Link>.
      </p>

      <h2>Small, realistic goals</h2>
      <p>
        You choose what to work on. Your therapist helps you turn it into goals small enough to manage, such as “walk to the shop twice this week”.
      </p>
      <p>
        Between sessions you try the activities you agreed. You can note each one in the app on the day you do it. As your confidence grows, you and your
        therapist look at your goals again and choose the next step.
      </p>
      <p>
        <Link to={ABOUT.firstSession.path}>Read about your first session and your care plan</Link>.
      </p>

      <h2>Who the therapists are</h2>
      <p>
        Every therapist on Caregraph is an occupational therapist registered with the Health and Care Professions Council (HCPC), which keeps a register of
        health and care professionals in the UK. A therapist’s page shows their registration number and whether Caregraph has checked it on the register.
      </p>

      <h2>Where sessions take place</h2>
      <p>At your home, or online by video. Some therapists also see people at their clinic. Each therapist’s page says which they offer.</p>
    </AboutPage>
  );
}
