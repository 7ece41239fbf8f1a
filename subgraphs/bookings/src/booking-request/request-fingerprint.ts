import { createHash } from 'node:crypto';
import type { CreateBookingInput } from './create-booking.input';

/** A UK postcode in its usual form: upper case, one space before the inward code. */
export function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/**
 * A stable hash of what a `createBooking` request asks for, so that a retry with the same
 * idempotency key is recognised as the same request (and a different request under a used key
 * is refused). Fields in a fixed order, absent optional fields as null.
 */
export function requestFingerprint(input: CreateBookingInput): string {
  const canonical = JSON.stringify([
    input.therapistId.toLowerCase(),
    input.startsAt.toISOString(),
    input.format,
    input.referralSource,
    input.note ?? null,
    input.postcode ? normalisePostcode(input.postcode) : null,
    // Only when given, so the fingerprints of bookings made before referrals existed stay the same.
    ...(input.referralId ? [input.referralId.toLowerCase()] : []),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
