import { gpLetterProblems, type GpLetterDraft } from './gp-letter-rules';

const NOW = Date.parse('2026-12-05T12:00:00Z');
const draft = (fields: Partial<GpLetterDraft> = {}): GpLetterDraft => ({
  givenName: 'Sam', familyName: 'Example', dateOfBirth: '1988-06-15', referrerName: 'Dr H. Example', letterDate: '2026-11-30', reason: 'A daily routine.', urgency: 'ROUTINE', ...fields,
});

describe('the GP letter form’s rules (as the graph checks them)', () => {
  it('takes a complete letter', () => {
    expect(gpLetterProblems(draft(), NOW)).toEqual({});
  });

  it('names each field that is wrong', () => {
    expect(Object.keys(gpLetterProblems(draft({ givenName: ' ', familyName: '', dateOfBirth: '', referrerName: 'x', letterDate: '', reason: '', urgency: 'NOW' }), NOW)).sort()).toEqual(
      ['dateOfBirth', 'familyName', 'givenName', 'letterDate', 'reason', 'referrerName', 'urgency'],
    );
  });

  it('refuses a letter dated in the future or over a year ago, and anyone under 16', () => {
    expect(gpLetterProblems(draft({ letterDate: '2026-12-08' }), NOW).letterDate).toMatch(/future/);
    expect(gpLetterProblems(draft({ letterDate: '2025-11-01' }), NOW).letterDate).toMatch(/more than a year old/);
    expect(gpLetterProblems(draft({ dateOfBirth: '2012-01-01' }), NOW).dateOfBirth).toMatch(/16 and over/);
  });
});
