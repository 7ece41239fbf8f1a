import type { DemoTherapist } from '@caregraph/demo-data';
import { OfflineGeocoder } from '../geocoding/offline-geocoder';
import { Approach } from '../therapists/approach';
import { type Condition, SessionFormat } from '@caregraph/vocabulary';
import { FundingOption } from '../therapists/funding-option';
import { Language } from '../therapists/language';
import { TherapistGender } from '../therapists/therapist-gender';

const HEADLINES = [
  'Small, steady steps back to the things that matter to you',
  'Rebuilding routines after burnout, one week at a time',
  'Creative ways out of low mood: art, craft and music',
  'Calm, practical support for anxious days',
  'Getting back to work safely, at your own pace',
  'Everyday skills and confidence at home',
];
const ACTIVITIES = ['gardening', 'cooking', 'walking groups', 'art and craft', 'music', 'volunteering', 'swimming', 'photography'];
const APPROACH_SETS: Approach[][] = [
  [Approach.ROUTINE_PLANNING, Approach.LIFE_SKILLS],
  [Approach.CREATIVE_EXPRESSION, Approach.MINDFULNESS_RELAXATION],
  [Approach.WORK_REHABILITATION, Approach.ROUTINE_PLANNING, Approach.HOME_WORKPLACE_ASSESSMENT],
  [Approach.PHYSICAL_ACTIVITY, Approach.SOCIAL_PRACTICE],
  [Approach.SOCIAL_PRACTICE, Approach.LIFE_SKILLS, Approach.CREATIVE_EXPRESSION],
];
const FUNDING_SETS: FundingOption[][] = [
  [FundingOption.SELF_PAY],
  [FundingOption.SELF_PAY, FundingOption.INSURANCE],
  [FundingOption.NHS_REFERRAL, FundingOption.SELF_PAY],
  [FundingOption.SELF_PAY, FundingOption.EMPLOYER_SCHEME, FundingOption.INSURANCE],
];
const SECOND_LANGUAGES = [Language.POLISH, Language.URDU, Language.PUNJABI, Language.BRITISH_SIGN_LANGUAGE, Language.BENGALI, Language.ARABIC];
const GENDERS = [TherapistGender.FEMALE, TherapistGender.FEMALE, TherapistGender.MALE, TherapistGender.NON_BINARY, TherapistGender.FEMALE, null];
/** Letters Royal Mail uses in inward codes. */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const geocoder = new OfflineGeocoder();

/** The demo values of a roster therapist's directory fields: deterministic, made up, believable. */
export function demoListingFields(demo: DemoTherapist, i: number) {
  const point = geocoder.lookup(demo.outwardCode);
  if (!point) throw new Error(`the offline geocoder does not know ${demo.outwardCode}: add it to postcode-districts.ts`);
  const sessionFormats = [...demo.sessionFormats] as SessionFormat[];
  if (i % 4 === 0) sessionFormats.push(SessionFormat.CLINIC);
  const first = demo.displayName.split(' ')[0];
  const activity = ACTIVITIES[i % ACTIVITIES.length];
  const languages = demo.city === 'Cardiff' ? [Language.ENGLISH, Language.WELSH] : i % 3 === 0 ? [Language.ENGLISH, SECOND_LANGUAGES[i % SECOND_LANGUAGES.length]] : [Language.ENGLISH];
  const inward = `${(i % 9) + 1}${INWARD_LETTERS[i % INWARD_LETTERS.length]}${INWARD_LETTERS[(i * 7 + 3) % INWARD_LETTERS.length]}`;
  return {
    headline: HEADLINES[i % HEADLINES.length],
    biography:
      `I'm ${first}, an occupational therapist in ${demo.city}. I help people living with mental-health conditions ` +
      `rebuild the routines, skills and confidence that everyday life needs. We start from what matters to you and ` +
      `set small, realistic goals, often through ${activity}, and review them together as things get easier.`,
    photoUrl: i % 5 === 4 ? null : `https://images.caregraph.example/therapists/${demo.id}.jpg`,
    yearsOfExperience: 2 + ((i * 5) % 25),
    languages,
    gender: GENDERS[i % GENDERS.length],
    conditions: demo.conditions as Condition[],
    approaches: APPROACH_SETS[i % APPROACH_SETS.length],
    sessionFormats,
    fundingOptions: FUNDING_SETS[i % FUNDING_SETS.length],
    feePence: 4500 + (i % 8) * 500,
    sessionMinutes: [50, 60, 60, 90][i % 4],
    travelRadiusKm: sessionFormats.includes(SessionFormat.HOME_VISIT) ? 5 + (i % 4) * 5 : null,
    city: demo.city,
    postcode: `${demo.outwardCode} ${inward}`,
    outwardCode: demo.outwardCode,
    latitude: point.latitude,
    longitude: point.longitude,
  };
}
