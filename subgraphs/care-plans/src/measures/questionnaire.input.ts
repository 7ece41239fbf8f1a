import { Field, InputType, Int } from 'type-graphql';
import { QuestionnaireKind } from './questionnaire-scoring';

@InputType({ description: 'A completed PHQ-9 or GAD-7: every item answered 0 (not at all) to 3 (nearly every day), in item order.' })
export class QuestionnaireInput {
  @Field(() => QuestionnaireKind, { description: 'Which questionnaire.' })
  kind!: QuestionnaireKind;

  @Field(() => [Int], { description: 'The answers in item order: 9 for PHQ-9, 7 for GAD-7, each 0–3.' })
  answers!: number[];
}
