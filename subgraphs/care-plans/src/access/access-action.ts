import { registerEnumType } from 'type-graphql';

/** What someone did with care-plan content. */
export enum AccessAction {
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  BREAK_GLASS = 'BREAK_GLASS',
}

registerEnumType(AccessAction, {
  name: 'CarePlanAccessAction',
  description: 'What someone did with care-plan content.',
  valuesConfig: {
    READ: { description: "Read the plan's content (recorded once per plan per request)." },
    CREATE: { description: 'Created a record: the plan, a goal, an activity, a log entry, a questionnaire, a review.' },
    UPDATE: { description: 'Changed a record: the plan, its status, a goal, an activity, a risk flag.' },
    BREAK_GLASS: { description: "An admin read the plan's content with break-glass access, giving a reason." },
  },
});

/** The kinds of care-plan record an access names. */
export type AccessRecordType = 'CarePlan' | 'Goal' | 'Activity' | 'ActivityLog' | 'QuestionnaireResponse' | 'ProgressReview' | 'RiskFlag';
