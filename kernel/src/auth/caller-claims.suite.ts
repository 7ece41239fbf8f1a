import type { Caller } from './caller';
import { principalIdOf } from './caller';
import { createDelegationTokenSigner, createDelegationTokenVerifier } from './delegation-token';
import { createInternalTokenSigner, createInternalTokenVerifier, reusingInternalTokens } from './internal-token';
import { generateGatewayKeys } from '../testing/test-keys';

describe("the caller inside the gateway's tokens", () => {
  const keys = generateGatewayKeys();
  const person: Caller = { userId: '6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f', roles: ['THERAPIST'] };
  const machine: Caller = { userId: null, roles: [], machine: { clientId: '7d0c1e2f-3a4b-4c5d-8e6f-708192a3b4c5', organisationId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716', scopes: ['referrals:write'] } };

  it("carries an organisation's system through internal tokens as no person", async () => {
    const signer = await createInternalTokenSigner(keys.privateKeyPem);
    const verifier = await createInternalTokenVerifier(keys.publicKeyPem, 'accounts');
    expect((await verifier.verify(`Bearer ${await signer.sign('accounts', machine, 'req-1')}`)).caller).toEqual(machine);
    expect((await verifier.verify(`Bearer ${await signer.sign('accounts', person, 'req-1')}`)).caller).toEqual(person);
  });

  it('keeps the system through a delegation, so a subgraph asking on its behalf asks as it', async () => {
    const signer = await createDelegationTokenSigner(keys.privateKeyPem);
    const verifier = await createDelegationTokenVerifier(keys.publicKeyPem, ['bookings']);
    const token = await signer.sign({ caller: machine, subgraph: 'bookings', depth: 1, requestId: 'req-2', clientIp: null });
    expect((await verifier.verify(token)).caller).toEqual(machine);
  });

  it('never reuses one caller\'s token for another: two systems of one organisation, or scopes that differ', async () => {
    const signer = reusingInternalTokens(await createInternalTokenSigner(keys.privateKeyPem));
    const verifier = await createInternalTokenVerifier(keys.publicKeyPem, 'accounts');
    const narrower: Caller = { ...machine, machine: { ...machine.machine!, scopes: [] } };
    const other: Caller = { ...machine, machine: { ...machine.machine!, clientId: '11111111-2222-4333-8444-555555555555' } };
    for (const caller of [machine, narrower, other, person]) {
      expect((await verifier.verify(`Bearer ${await signer.sign('accounts', caller, '')}`)).caller).toEqual(caller);
    }
  });

  it('counts a system under its client id and a person under their user id', () => {
    expect(principalIdOf(machine)).toBe(machine.machine!.clientId);
    expect(principalIdOf(person)).toBe(person.userId);
    expect(principalIdOf({ userId: null, roles: [] })).toBeNull();
  });
});
