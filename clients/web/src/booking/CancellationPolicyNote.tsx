import { cancellationPolicyText } from './cancellation-policy';

/** The therapist's cancellation policy, said before the client books; nothing when the therapist has set none. */
export function CancellationPolicyNote({ policy }: { policy: { freeCancellationHours: number } | null | undefined }) {
  if (!policy) return null;
  return (
    <p>
      <strong>Cancelling: </strong>
      {cancellationPolicyText(policy.freeCancellationHours)}
    </p>
  );
}
