import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '../layout/Page';
import { ABOUT_PAGES, type AboutPageEntry } from './about-pages';

/**
 * The frame of a page that explains the service: its title, description and canonical address in
 * `<head>` (React 19 hoists them, on the server too), the heading with the app's focus behaviour, the
 * page's words, and links to the other pages and the directory. Plain content only: nothing here
 * fetches data or reads the browser, so a server render and the first browser render are the same.
 */
export function AboutPage({ page, lede, children }: { page: AboutPageEntry; lede: string; children: ReactNode }) {
  return (
    <Page title={page.title} description={page.description} canonicalPath={page.path}>
      <p className="lede">{lede}</p>
      {children}
      <MoreAbout current={page.path} />
    </Page>
  );
}

/** Links onward: every other page about the service, each with what it says, and the directory. */
function MoreAbout({ current }: { current: string }) {
  return (
    <nav aria-labelledby="more-about-heading">
      <h2 id="more-about-heading">More about Caregraph</h2>
      <ul>
        {ABOUT_PAGES.filter((other) => other.path !== current).map((other) => (
          <li key={other.path}>
            <Link to={other.path}>{other.title}</Link>
            <p className="more-about__description">{other.description}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/" className="button">
          Find a therapist
        </Link>
      </p>
    </nav>
  );
}
