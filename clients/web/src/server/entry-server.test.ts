/** @jest-environment node */
import { isServerRendered, renderRobots } from './entry-server';

describe('the server-rendered addresses', () => {
  it.each(['/', '/therapists/9a35c14c-586b-55a2-83e9-709594aea51d', '/therapists/9a35c14c-586b-55a2-83e9-709594aea51d/eilidh-ingham-manchester', '/about', '/about/', '/about/conditions', '/about/no-such-page'])(
    'renders %s on the server',
    (path) => expect(isServerRendered(path)).toBe(true),
  );

  it.each(['/bookings', '/care-plan', '/my-data', '/referrals', '/sign-in', '/therapists', '/therapists/a/b/c', '/about/a/b', '/aboutus', '/config.js'])(
    'leaves %s to the app in the browser',
    (path) => expect(isServerRendered(path)).toBe(false),
  );

  it('keeps crawlers out of the signed-in and account screens, and names the sitemap at the public origin', () => {
    const robots = renderRobots('https://caregraph.example');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    for (const path of ['/bookings', '/care-plan', '/referrals', '/my-data', '/sign-in', '/reset-password', '/graphql']) expect(robots).toContain(`Disallow: ${path}\n`);
    expect(robots).toContain('Sitemap: https://caregraph.example/sitemap.xml\n');
  });
});
