import { CONDITION_LABELS } from '@caregraph/client-kit/labels';
import { Link } from 'react-router';
import { searchPath } from '../search/search-params';
import { ABOUT } from './about-pages';
import { AboutPage } from './AboutPage';
import { CONDITION_WORDS, inSentence, type Condition } from './condition-words';

/** /about/conditions: every condition the directory searches by, each with a sentence and a link to the search for it. */
export function ConditionsPage() {
  const conditions = Object.keys(CONDITION_LABELS) as Condition[];
  return (
    <AboutPage page={ABOUT.conditions} lede="You can search Caregraph for occupational therapists who help with each of these. Choose one to see the therapists.">
      {conditions.map((condition) => (
        <section key={condition} aria-labelledby={`condition-${condition}`}>
          <h2 id={`condition-${condition}`}>{CONDITION_LABELS[condition]}</h2>
          <p>{CONDITION_WORDS[condition]}</p>
          <p>
            <Link to={searchPath({ condition })}>Find therapists for {inSentence(CONDITION_LABELS[condition])}</Link>
          </p>
        </section>
      ))}

      <h2>Not sure which fits?</h2>
      <p>
        You do not need a diagnosis to search or to book. You can <Link to="/">search all therapists</Link> and read what each one says about the help they
        offer.
      </p>
      <p>
        <Link to={ABOUT.occupationalTherapy.path}>Read what occupational therapy is</Link>.
      </p>
    </AboutPage>
  );
}
