// A sentence for each condition the directory searches by: what an occupational therapist can help with
// in everyday life, never a treatment or a promise. Keyed by the graph's Condition, so a condition added
// to the vocabulary fails the build here until it has its sentence.
import type { CONDITION_LABELS } from '@caregraph/client-kit/labels';

export type Condition = keyof typeof CONDITION_LABELS;

export const CONDITION_WORDS: Readonly<Record<Condition, string>> = {
  DEPRESSION_LOW_MOTIVATION:
    'When getting up, washing or going out feels like too much, a therapist can help you build a simple daily routine and take small steps back to things you used to enjoy.',
  ANXIETY: 'If worry stops you going places or doing things, a therapist can help you plan small steps back into them, at a pace you choose.',
  PTSD_TRAUMA:
    'After trauma, everyday places, sounds or crowds can feel hard. A therapist can help you notice what sets off strong feelings and plan ways to cope with them day to day.',
  BIPOLAR: 'A therapist can work with you on steady routines for sleep, activity and rest, and on planning your days and weeks.',
  PSYCHOSIS:
    'A therapist can help with everyday skills, such as cooking, budgeting and keeping appointments, and with getting back to work, study or things you enjoy.',
  EATING_DISORDERS:
    'A therapist can help with the everyday side of life, such as planning meals, shopping, cooking and eating with other people, alongside any care you have from your GP or a specialist team.',
  WORK_STRESS_BURNOUT: 'A therapist can help you pace your energy, set limits around work, and plan a step-by-step return to work when you are ready.',
  ADHD_NEURODIVERSITY: 'A therapist can help you find ways to plan your day, keep track of tasks and appointments, and cope with noise, crowds or bright light.',
};

/** A condition's name inside a sentence: "anxiety disorders", but "PTSD and trauma" and "ADHD and neurodiversity" as they are. */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
