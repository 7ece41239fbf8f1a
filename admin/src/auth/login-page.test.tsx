// Signing in as an admin who has no authenticator app yet: the page shows the set-up key, takes the
// first code, then shows the recovery codes once before going on. The auth provider here records
// calls (it is tested on the real accounts in auth/auth-provider.suite.ts).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, testDataProvider } from 'react-admin';
import { MfaEnrolmentRequiredError } from '@caregraph/client-kit';
import type { CaregraphAuthProvider, LoginParams } from './auth-provider';
import { LoginPage } from './LoginPage';

function enrollingAuthProvider() {
  const calls: unknown[] = [];
  let signedIn = false;
  const provider: CaregraphAuthProvider = {
    async login(params: LoginParams) {
      calls.push(['login', params]);
      if ('email' in params) throw new MfaEnrolmentRequiredError('mfa-token-1');
      if ('enrolled' in params && !signedIn) throw new Error('not signed in');
    },
    async startMfaEnrolment(mfaToken) {
      calls.push(['start', mfaToken]);
      return { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', otpauthUri: 'otpauth://totp/Caregraph:new-admin?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Caregraph' };
    },
    async confirmMfaEnrolment(mfaToken, code) {
      calls.push(['confirm', mfaToken, code]);
      // As accounts does (through the session manager): spaces in a typed code do not matter.
      if (code.replace(/\s+/g, '') !== '123456') throw new Error('That code is not right. Check the time on your phone and try again.');
      signedIn = true;
      return ['aaaa-bbbb', 'cccc-dddd'];
    },
    logout: async () => undefined,
    checkAuth: async () => (signedIn ? undefined : Promise.reject(new Error('Please sign in.'))),
    checkError: async () => undefined,
  };
  return { calls, provider };
}

describe('the sign-in page', () => {
  it('has an admin without an authenticator app set one up, then shows the recovery codes before going on', async () => {
    const user = userEvent.setup();
    const { calls, provider } = enrollingAuthProvider();
    render(
      <AdminContext dataProvider={testDataProvider()} authProvider={provider}>
        <LoginPage />
      </AdminContext>,
    );
    await user.type(screen.getByLabelText(/Email address/), 'new-admin@caregraph.example');
    await user.type(screen.getByLabelText(/Password/), 'a password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('form', { name: 'Set up two-step verification' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Set-up key')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(screen.getByRole('link', { name: /open it in the authenticator app/ })).toHaveAttribute('href', expect.stringMatching(/^otpauth:/));
    const code = screen.getByLabelText(/Code from the authenticator app/);
    expect(code).toHaveFocus();

    await user.type(code, '000000{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right');
    await user.clear(code);
    await user.type(code, '123 456{Enter}');
    const codes = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(codes).toHaveTextContent('aaaa-bbbb');
    expect(codes).toHaveTextContent('cccc-dddd');

    await user.click(screen.getByRole('button', { name: 'I have saved them: continue' }));
    await waitFor(() => expect(calls.at(-1)).toEqual(['login', { enrolled: true }]));
    expect(calls.slice(0, 4)).toEqual([
      ['login', { email: 'new-admin@caregraph.example', password: 'a password' }],
      ['start', 'mfa-token-1'],
      ['confirm', 'mfa-token-1', '000000'],
      ['confirm', 'mfa-token-1', '123 456'],
    ]);
  });
});
