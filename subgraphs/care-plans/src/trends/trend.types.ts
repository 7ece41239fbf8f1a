import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Goal } from '../goals/goal.entity';
import { GoalAchievement, GoalStatus } from '../goals/goal-enums';
import { SeverityBand } from '../measures/questionnaire-scoring';

/** The outcome measures a plan charts. */
export enum OutcomeMeasure {
  PHQ9 = 'PHQ9',
  GAD7 = 'GAD7',
  COPM_PERFORMANCE = 'COPM_PERFORMANCE',
  COPM_SATISFACTION = 'COPM_SATISFACTION',
}

registerEnumType(OutcomeMeasure, {
  name: 'OutcomeMeasure',
  description: 'An outcome measure a care plan charts over time.',
  valuesConfig: {
    PHQ9: { description: 'PHQ-9 total, 0–27: lower is better.' },
    GAD7: { description: 'GAD-7 total, 0–21: lower is better.' },
    COPM_PERFORMANCE: { description: 'Average COPM performance rating, 1–10: higher is better.' },
    COPM_SATISFACTION: { description: 'Average COPM satisfaction rating, 1–10: higher is better.' },
  },
});

@ObjectType({ description: 'One point of a measure over time.' })
export class MeasurePoint {
  @Field(() => Date, { description: 'When the measure was taken.' })
  at!: Date;

  @Field(() => Float, { description: 'The score.' })
  value!: number;

  @Field(() => SeverityBand, { nullable: true, description: 'The severity band, for PHQ-9 and GAD-7.' })
  band!: SeverityBand | null;

  @Field({ description: 'For COPM: true when the change from the previous point is 2 or more (clinically meaningful).' })
  meaningfulChange!: boolean;
}

@ObjectType({ description: 'A measure over time, oldest point first: what a progress chart draws.' })
export class MeasureTrend {
  @Field(() => OutcomeMeasure, { description: 'Which measure.' })
  measure!: OutcomeMeasure;

  @Field(() => [MeasurePoint], { description: 'The points, oldest first.' })
  points!: MeasurePoint[];
}

@ObjectType({ description: "A goal's status and achievement at one review." })
export class GoalTrendPoint {
  @Field(() => Date, { description: 'When the review took place.' })
  at!: Date;

  @Field(() => GoalStatus, { description: "The goal's status after the review." })
  status!: GoalStatus;

  @Field(() => GoalAchievement, { description: 'How the client was getting on.' })
  achievement!: GoalAchievement;

  @Field(() => Int, { description: 'The achievement as a number for charts: 0 not achieved, 1 worsening, 2 no change or in progress, 3 improving, 4 achieved.' })
  score!: number;
}

@ObjectType({ description: "A goal's progress over the reviews, oldest first." })
export class GoalTrend {
  @Field(() => Goal, { description: 'The goal.' })
  goal!: Goal;

  @Field(() => [GoalTrendPoint], { description: 'The reviews that updated it, oldest first.' })
  points!: GoalTrendPoint[];
}

@ObjectType({ description: "A plan's measures and goals over time, for progress charts." })
export class CarePlanTrends {
  @Field(() => [MeasureTrend], { description: 'Every outcome measure, each with its points (empty when never taken).' })
  measures!: MeasureTrend[];

  @Field(() => [GoalTrend], { description: "Every goal's progress over the reviews." })
  goals!: GoalTrend[];
}
