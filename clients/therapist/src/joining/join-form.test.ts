import { acceptedConsents, joinBoxOf, validateJoin } from './join-form';

const documents = [
  { kind: 'TERMS_OF_USE' as const, version: '2026-01' },
  { kind: 'PRIVACY_NOTICE' as const, version: '2026-02' },
  { kind: 'HEALTH_DATA_PROCESSING' as const, version: '2026-03' },
];

describe('joining as a therapist', () => {
  it('needs a name, an e-mail address, a password and both agreements', () => {
    expect(Object.keys(validateJoin({ displayName: ' ', email: 'nope', password: 'short', ticked: { TERMS_OF_USE: true } }))).toEqual([
      'displayName',
      'email',
      'password',
      'consent-PRIVACY_NOTICE',
    ]);
    expect(validateJoin({ displayName: 'Sam', email: 'sam@example.com', password: 'long enough', ticked: { TERMS_OF_USE: true, PRIVACY_NOTICE: true } })).toEqual({});
  });

  it('sends the ticked therapist consents at the versions shown, never the client’s health-data consent', () => {
    expect(acceptedConsents(documents, { TERMS_OF_USE: true, PRIVACY_NOTICE: true, HEALTH_DATA_PROCESSING: true })).toEqual([
      { kind: 'TERMS_OF_USE', version: '2026-01' },
      { kind: 'PRIVACY_NOTICE', version: '2026-02' },
    ]);
  });

  it('puts a refused consent version beside its checkbox', () => {
    const sent = [{ kind: 'TERMS_OF_USE' as const }, { kind: 'PRIVACY_NOTICE' as const }];
    expect(joinBoxOf('consents.1.version', sent)).toBe('consent-PRIVACY_NOTICE');
    expect(joinBoxOf('email', sent)).toBe('email');
    expect(joinBoxOf(undefined, sent)).toBeUndefined();
  });
});
