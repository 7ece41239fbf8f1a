import { ForbiddenError } from '@caregraph/kernel';
import { hasHealthDataConsent, isUuid, type SubgraphContext } from '@caregraph/runtime';
import { CarePlan as CarePlanEntity, type CarePlan } from '../care-plans/care-plan.entity';
import { assertMayEdit, type AskedRecord } from './care-plan-access';

/**
 * Refuses a write of health data into a client's care plan unless the client consents to its processing now
 * (UK GDPR art. 9), as accounts says through the graph (the runtime's shared question, as bookings asks it).
 * Called before the write's transaction: the graph call never holds one open. The therapist learns only that
 * the write was refused and why.
 */
export async function assertClientConsents(ctx: SubgraphContext, clientId: string | null): Promise<void> {
  if (!clientId) throw new ForbiddenError('This care plan belongs to an account that was deleted: nothing new can be recorded in it.');
  if (await hasHealthDataConsent(ctx.graph, clientId)) return;
  throw new ForbiddenError(
    ctx.caller.userId === clientId
      ? 'You have not given (or have withdrawn) consent to process your health data, so nothing new can be recorded in your care plan. Give it again in your privacy settings.'
      : 'This client has not given (or has withdrawn) consent to process their health data, so nothing new can be recorded in their care plan until they give it again.',
  );
}

/**
 * The consent check for a write reaching a plan through one of its records (a goal, an activity): loads the
 * record outside the transaction, applies the same access rule as the write (so NOT_FOUND and FORBIDDEN come
 * first, naming what was asked for), then checks the client's consent. A missing record is left for the
 * write to report.
 */
export async function assertConsentThrough<T extends { carePlan: CarePlan }>(
  ctx: SubgraphContext,
  load: (em: SubgraphContext['em']) => Promise<T | null>,
  allowed: ReadonlyArray<'CLIENT' | 'THERAPIST'>,
  asked: AskedRecord,
): Promise<void> {
  const record = await load(ctx.em.fork());
  if (!record) return;
  const plan = assertMayEdit(ctx, record.carePlan, record.carePlan.id, allowed, asked);
  await assertClientConsents(ctx, plan.clientId);
}

/** The consent check for a write to the plan `carePlanId` itself (same access rule first; a malformed id is left for the write). */
export async function assertConsentForPlan(ctx: SubgraphContext, carePlanId: string, allowed: ReadonlyArray<'CLIENT' | 'THERAPIST'> = ['THERAPIST']): Promise<void> {
  if (!isUuid(carePlanId)) return;
  const plan = await ctx.em.fork().findOne(CarePlanEntity, { id: carePlanId });
  assertMayEdit(ctx, plan, carePlanId, allowed);
  await assertClientConsents(ctx, plan!.clientId);
}

/** What the schema says on every mutation that checks the client's consent. */
export const CONSENT_NEEDED =
  " FORBIDDEN while the client has not given, or has withdrawn, consent to process their health data (`User.hasHealthDataConsent`): nothing is written.";
