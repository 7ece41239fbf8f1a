import { registerEnumType } from 'type-graphql';

/**
 * A language sessions can be held in: English, the UK's other native and sign languages, and
 * the languages most spoken at home in the UK (2021 census). Extend by adding a value here;
 * the CHECK constraint on `therapists.languages` is generated from this list.
 */
export enum Language {
  ENGLISH = 'ENGLISH',
  WELSH = 'WELSH',
  SCOTTISH_GAELIC = 'SCOTTISH_GAELIC',
  IRISH = 'IRISH',
  BRITISH_SIGN_LANGUAGE = 'BRITISH_SIGN_LANGUAGE',
  POLISH = 'POLISH',
  ROMANIAN = 'ROMANIAN',
  PUNJABI = 'PUNJABI',
  URDU = 'URDU',
  PORTUGUESE = 'PORTUGUESE',
  SPANISH = 'SPANISH',
  ARABIC = 'ARABIC',
  BENGALI = 'BENGALI',
  GUJARATI = 'GUJARATI',
  ITALIAN = 'ITALIAN',
  FRENCH = 'FRENCH',
  LITHUANIAN = 'LITHUANIAN',
  TAMIL = 'TAMIL',
  CHINESE_MANDARIN = 'CHINESE_MANDARIN',
  CHINESE_CANTONESE = 'CHINESE_CANTONESE',
  TURKISH = 'TURKISH',
  SOMALI = 'SOMALI',
  PERSIAN = 'PERSIAN',
  HINDI = 'HINDI',
}

const LABELS: Record<Language, string> = {
  ENGLISH: 'English',
  WELSH: 'Welsh (Cymraeg)',
  SCOTTISH_GAELIC: 'Scottish Gaelic (Gàidhlig)',
  IRISH: 'Irish (Gaeilge)',
  BRITISH_SIGN_LANGUAGE: 'British Sign Language (BSL)',
  POLISH: 'Polish',
  ROMANIAN: 'Romanian',
  PUNJABI: 'Punjabi',
  URDU: 'Urdu',
  PORTUGUESE: 'Portuguese',
  SPANISH: 'Spanish',
  ARABIC: 'Arabic',
  BENGALI: 'Bengali (including Sylheti)',
  GUJARATI: 'Gujarati',
  ITALIAN: 'Italian',
  FRENCH: 'French',
  LITHUANIAN: 'Lithuanian',
  TAMIL: 'Tamil',
  CHINESE_MANDARIN: 'Mandarin Chinese',
  CHINESE_CANTONESE: 'Cantonese Chinese',
  TURKISH: 'Turkish',
  SOMALI: 'Somali',
  PERSIAN: 'Persian (Farsi)',
  HINDI: 'Hindi',
};

registerEnumType(Language, {
  name: 'Language',
  description: 'A language sessions can be held in.',
  valuesConfig: Object.fromEntries(Object.entries(LABELS).map(([value, label]) => [value, { description: `${label}.` }])),
});
