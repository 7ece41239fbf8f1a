// The dashboard's "busy, trying again" notice, and the words react-admin shows once the kit's tries
// for an OVERLOADED refusal are used up.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { BusyStore } from '@caregraph/client-kit';
import { BusyProvider } from '@caregraph/client-kit/busy';
import { act, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { toHttpError } from '../graphql/errors';
import { AdminBusyNotice } from './AdminBusyNotice';

describe('the busy notice in the dashboard', () => {
  it('is a polite status, there before it has words, with one line while requests wait, and empty when they are answered', async () => {
    const busy = new BusyStore();
    const { container } = render(
      <BusyProvider store={busy}>
        <AdminBusyNotice />
      </BusyProvider>,
    );
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    const moderation = Symbol('moderation');
    act(() => busy.waitUntil(moderation, Date.now() + 2_500));
    expect(region).toHaveTextContent('Caregraph is very busy at the moment. We will try again in about 3 seconds; there is no need to do anything.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const results = await axe.run(container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);

    act(() => busy.settled(moderation));
    expect(region).toBeEmptyDOMElement();
  });

  it('shows nothing, and needs no provider, where no BusyStore is given', () => {
    render(<AdminBusyNotice />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('an OVERLOADED refusal after the last try', () => {
  it('reaches react-admin as a 503 saying nothing has changed', () => {
    const refusal = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Overloaded: try again after 2 seconds.', extensions: { code: 'OVERLOADED', retryAfterSeconds: 2 } }] });
    const error = toHttpError(refusal);
    expect(error.status).toBe(503);
    expect(error.body).toMatchObject({ code: 'OVERLOADED' });
    expect(error.message).toMatch(/^Caregraph is very busy at the moment, so this was not done and nothing has changed\./);
  });
});
