// The PHQ-9 and GAD-7 severity bands as the therapist types the answers. The bands are defined once, by
// the care-plans subgraph, and published as the SeverityBand values' descriptions ("PHQ-9 5–9, GAD-7
// 5–9"), which the client kit generates into SEVERITY_BAND_LABELS. The ranges are read from there, so
// the workspace shows exactly the graph's bands and no threshold is kept here.
import { SEVERITY_BAND_LABELS } from '../format/labels';

export type Questionnaire = 'PHQ9' | 'GAD7';
export type Band = keyof typeof SEVERITY_BAND_LABELS;

/** Items per questionnaire, and each item's highest answer. */
export const ITEM_COUNT: Record<Questionnaire, number> = { PHQ9: 9, GAD7: 7 };
export const MAX_ANSWER = 3;

export interface BandRange {
  band: Band;
  from: number;
  to: number;
}

const NAMES: Record<Questionnaire, string> = { PHQ9: 'PHQ-9', GAD7: 'GAD-7' };

/** Every band a questionnaire has, lowest first, as the graph describes them. */
export function bandRanges(kind: Questionnaire, descriptions: Readonly<Record<string, string>> = SEVERITY_BAND_LABELS): BandRange[] {
  const pattern = new RegExp(`${NAMES[kind]} (\\d+)[–-](\\d+)`);
  const ranges: BandRange[] = [];
  for (const [band, description] of Object.entries(descriptions)) {
    const match = pattern.exec(description);
    if (match) ranges.push({ band: band as Band, from: Number(match[1]), to: Number(match[2]) });
  }
  return ranges.sort((a, b) => a.from - b.from);
}

/** The band of a total, or undefined when the graph's descriptions give none for it. */
export function bandOf(kind: Questionnaire, total: number, descriptions?: Readonly<Record<string, string>>): BandRange | undefined {
  return bandRanges(kind, descriptions).find((range) => total >= range.from && total <= range.to);
}

/** The total and band so far: complete once every item has an answer. */
export function scoreSoFar(kind: Questionnaire, answers: ReadonlyArray<number | undefined>): { total: number; answered: number; complete: boolean; band?: BandRange } {
  const given = answers.slice(0, ITEM_COUNT[kind]).filter((a): a is number => a !== undefined);
  const total = given.reduce((sum, a) => sum + a, 0);
  const complete = given.length === ITEM_COUNT[kind];
  return { total, answered: given.length, complete, band: complete ? bandOf(kind, total) : undefined };
}

/** The band in words for a total, e.g. "moderate (10–14)". */
export function bandWords(range: BandRange | undefined): string {
  if (!range) return 'no band';
  return `${range.band.toLowerCase().replace(/_/g, ' ')} (${range.from}–${range.to})`;
}
