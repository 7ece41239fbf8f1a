import { ActivityType } from '../activities/activity-type';
import { GoalCategory } from '../goals/goal-enums';

/** The category a demo goal belongs to, by what it is about. */
export function categoryOf(goal: string): GoalCategory {
  const text = goal.toLowerCase();
  if (text.includes('bedtime')) return GoalCategory.SLEEP_ROUTINE;
  if (text.includes('get up')) return GoalCategory.MORNING_ROUTINE;
  if (text.includes('group') || text.includes('corner shop')) return GoalCategory.SOCIAL_CONFIDENCE;
  if (text.includes('work')) return GoalCategory.RETURN_TO_WORK;
  if (text.includes('noise') || text.includes('grounding')) return GoalCategory.MANAGING_SENSORY_TRIGGERS;
  if (text.includes('budget') || text.includes('meal')) return GoalCategory.BUDGETING_AND_MEAL_PLANNING;
  return GoalCategory.OTHER;
}

/** An activity that works towards a goal of `category`. */
export function activityFor(category: GoalCategory): { type: ActivityType; timesPerWeek: number; instructions: string } {
  switch (category) {
    case GoalCategory.SLEEP_ROUTINE:
      return { type: ActivityType.ROUTINE_PLANNING, timesPerWeek: 7, instructions: 'Screens off at 22:45, then ten minutes of reading with a warm drink.' };
    case GoalCategory.MORNING_ROUTINE:
      return { type: ActivityType.ROUTINE_PLANNING, timesPerWeek: 5, instructions: 'Alarm across the room; open the curtains and drink a glass of water straight away.' };
    case GoalCategory.SOCIAL_CONFIDENCE:
      return { type: ActivityType.SOCIAL_PRACTICE, timesPerWeek: 2, instructions: 'Walk to the shop at a quiet time and say hello at the till.' };
    case GoalCategory.RETURN_TO_WORK:
      return { type: ActivityType.WORK_REHABILITATION, timesPerWeek: 3, instructions: 'Two hours of focused tasks at the kitchen table, with a break halfway.' };
    case GoalCategory.MANAGING_SENSORY_TRIGGERS:
      return { type: ActivityType.MINDFULNESS, timesPerWeek: 4, instructions: 'Practise the 5-4-3-2-1 grounding exercise at home, then once in a busier place.' };
    case GoalCategory.BUDGETING_AND_MEAL_PLANNING:
      return { type: ActivityType.LIFE_SKILLS, timesPerWeek: 2, instructions: 'Write the week\'s meals on Sunday and shop from the list.' };
    default:
      return { type: ActivityType.PHYSICAL_ACTIVITY, timesPerWeek: 3, instructions: 'A fifteen-minute walk, any time of day.' };
  }
}

/**
 * PHQ-9 answers that ease over `step` reviews (0 = first): a believable recovery, not a straight line.
 * With `riskAtFirst`, the first response answers item 9 with 1 (several days), which raises a risk flag.
 */
export function phq9At(step: number, riskAtFirst: boolean): number[] {
  const base = [2, 2, 2, 1, 2, 1, 1, 1, riskAtFirst && step === 0 ? 1 : 0];
  return base.map((answer, i) => Math.max(0, answer - (i % 3 < step ? 1 : 0)));
}

/** GAD-7 answers that ease over the reviews. */
export function gad7At(step: number): number[] {
  return [2, 2, 1, 2, 1, 1, 2].map((answer, i) => Math.max(0, answer - (i % 2 < step ? 1 : 0)));
}

/** COPM ratings that rise over the reviews, by 2 or more by the second review (a meaningful change). */
export function copmAt(step: number, goals: string[]): Array<{ problem: string; performance: number; satisfaction: number }> {
  return goals.map((goal, i) => ({ problem: goal.slice(0, 200), performance: Math.min(10, 3 + i + step * 2), satisfaction: Math.min(10, 2 + i + step * 2) }));
}
