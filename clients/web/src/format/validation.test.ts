import { poundsToPence } from './format';
import { isFullPostcode, isValid, normalisePostcode, validateBooking, validateCancellation, validateDeletion, validateSearch, validateSignIn, validateSignUp } from './validation';

describe('postcodes', () => {
  it.each(['LS6 2AB', 'ls62ab', 'SW1A 1AA', 'M14 5RT', 'EH9  1PR'])('takes %s as a full postcode', (text) => {
    expect(isFullPostcode(text)).toBe(true);
  });
  it.each(['LS6', 'LS6 2A', '12345', 'not a postcode', ''])('does not take "%s" as a full postcode', (text) => {
    expect(isFullPostcode(text)).toBe(false);
  });
  it('writes a postcode the way the graph and people expect', () => {
    expect(normalisePostcode(' ls62ab ')).toBe('LS6 2AB');
    expect(normalisePostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(normalisePostcode('ls6')).toBe('LS6');
  });
});

describe('the search filters', () => {
  const search = (values: Partial<Parameters<typeof validateSearch>[0]>) => validateSearch({ postcode: '', radiusKm: '', maxFee: '', ...values }, poundsToPence);

  it('accepts an empty search, a full postcode or an outward code, a radius and a fee', () => {
    expect(isValid(search({}))).toBe(true);
    expect(isValid(search({ postcode: 'LS6 2AB', radiusKm: '40', maxFee: '80' }))).toBe(true);
    expect(isValid(search({ postcode: 'LS6' }))).toBe(true);
  });

  it('names each field that is wrong, in words', () => {
    expect(search({ postcode: 'Leeds' }).postcode).toMatch(/UK postcode, like LS6 2AB/);
    expect(search({ postcode: 'LS6', radiusKm: '500' }).radiusKm).toMatch(/between 1 and 200 km/);
    expect(search({ radiusKm: '10' }).postcode).toMatch(/Enter a postcode/);
    expect(search({ maxFee: 'cheap' }).maxFee).toMatch(/amount in pounds/);
  });
});

describe('signing up and in', () => {
  const good = { displayName: 'Sam', email: 'sam@example.org', password: 'a long passphrase', acceptedTerms: true, acceptedPrivacy: true };

  it('accepts a complete form', () => {
    expect(validateSignUp(good)).toEqual({});
  });

  it('asks for a name, an e-mail address, a password of 8 to 256 characters and the two required agreements', () => {
    const errors = validateSignUp({ displayName: ' ', email: 'sam@', password: 'short', acceptedTerms: false, acceptedPrivacy: false });
    expect(Object.keys(errors).sort()).toEqual(['acceptedPrivacy', 'acceptedTerms', 'displayName', 'email', 'password']);
    expect(errors.password).toMatch(/at least 8 characters/);
    expect(validateSignUp({ ...good, password: 'x'.repeat(257) }).password).toMatch(/256 characters or fewer/);
    expect(validateSignUp({ ...good, displayName: 'x'.repeat(101) }).displayName).toMatch(/100 characters or fewer/);
  });

  it('asks for both sign-in fields', () => {
    expect(validateSignIn({ email: '', password: '' })).toEqual({ email: expect.any(String), password: expect.any(String) });
    expect(validateSignIn({ email: 'sam@example.org', password: 'x' })).toEqual({});
  });
});

describe('booking a session', () => {
  const good = { startsAt: '2026-12-01T10:00:00.000Z', format: 'ONLINE', postcode: '', referralSource: 'SELF', note: '' };

  it('accepts an online session without a postcode', () => {
    expect(validateBooking(good)).toEqual({});
  });

  it('needs a time, a format, and for a home visit a full postcode', () => {
    expect(validateBooking({ ...good, startsAt: '', format: '' })).toEqual({ startsAt: 'Choose a time for your session.', format: 'Choose how you would like to meet.' });
    expect(validateBooking({ ...good, format: 'HOME_VISIT' }).postcode).toMatch(/postcode of your home/);
    expect(validateBooking({ ...good, format: 'HOME_VISIT', postcode: 'LS6' }).postcode).toMatch(/full postcode, like LS6 2AB/);
    expect(validateBooking({ ...good, format: 'HOME_VISIT', postcode: 'LS6 2AB' })).toEqual({});
  });

  it('keeps the note within 1,000 characters and says how long it is', () => {
    expect(validateBooking({ ...good, note: 'x'.repeat(1001) }).note).toBe('Your note must be 1000 characters or fewer (it has 1001).');
  });

  it('asks for a reason to cancel, up to 500 characters', () => {
    expect(validateCancellation('  ').reason).toMatch(/why you are cancelling/);
    expect(validateCancellation('x'.repeat(501)).reason).toMatch(/500 characters or fewer/);
    expect(validateCancellation('Unwell this week')).toEqual({});
  });

  it('asks for the password and an explicit confirmation before deleting an account', () => {
    expect(Object.keys(validateDeletion({ password: '', understood: false })).sort()).toEqual(['password', 'understood']);
    expect(validateDeletion({ password: 'secret', understood: true })).toEqual({});
  });
});
