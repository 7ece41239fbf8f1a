import { dischargeInput, dischargeProblems, inboxSections, type DischargeDraft, type Referral } from './referral-rules';

const draft = (fields: Partial<DischargeDraft> = {}): DischargeDraft => ({ phq9AtStart: '', phq9AtEnd: '', gad7AtStart: '', gad7AtEnd: '', goalsAchieved: 'A steady routine.', recommendations: 'Review in three months.', ...fields });

describe('the discharge form’s rules (as the graph checks them)', () => {
  it('accepts empty scores (not measured) and scores within each measure’s range', () => {
    expect(dischargeProblems(draft())).toEqual({});
    expect(dischargeProblems(draft({ phq9AtStart: '27', phq9AtEnd: '0', gad7AtStart: '21', gad7AtEnd: ' 3 ' }))).toEqual({});
  });

  it('names each field that is wrong: a score out of range or not a whole number, missing words, too many words', () => {
    const problems = dischargeProblems(draft({ phq9AtEnd: '28', gad7AtStart: '22', gad7AtEnd: '2.5', phq9AtStart: '-1', goalsAchieved: '  ', recommendations: 'x'.repeat(2001) }));
    expect(Object.keys(problems).sort()).toEqual(['gad7AtEnd', 'gad7AtStart', 'goalsAchieved', 'phq9AtEnd', 'phq9AtStart', 'recommendations']);
    expect(problems.phq9AtEnd).toMatch(/0 to 27/);
    expect(problems.gad7AtStart).toMatch(/0 to 21/);
  });

  it('sends numbers, leaves unmeasured scores null, and trims the words', () => {
    expect(dischargeInput('r1', draft({ phq9AtStart: '15', phq9AtEnd: '6', goalsAchieved: ' Back at work. ' }))).toEqual({
      referralId: 'r1', phq9AtStart: 15, phq9AtEnd: 6, gad7AtStart: null, gad7AtEnd: null, goalsAchieved: 'Back at work.', recommendations: 'Review in three months.',
    });
  });

  it('sorts the inbox into waiting, accepted and in care', () => {
    const of = (id: string, status: string) => ({ id, status }) as unknown as Referral;
    const sections = inboxSections([of('a', 'SUBMITTED'), of('b', 'ACCEPTED'), of('c', 'BOOKED'), of('d', 'SUBMITTED')]);
    expect({ waiting: sections.waiting.map((r) => r.id), accepted: sections.accepted.map((r) => r.id), inCare: sections.inCare.map((r) => r.id) }).toEqual({ waiting: ['a', 'd'], accepted: ['b'], inCare: ['c'] });
  });
});
