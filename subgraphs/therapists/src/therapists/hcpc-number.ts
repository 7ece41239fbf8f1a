import { Matches } from 'class-validator';

/**
 * Shape of an occupational therapist's HCPC registration number: `OT` and 1 to 6 digits.
 * The same rule is a CHECK constraint on `therapists.hcpc_number`.
 */
export const HCPC_NUMBER_PATTERN = /^OT[0-9]{1,6}$/;

/** The message given when an HCPC number has the wrong shape. */
export const HCPC_NUMBER_MESSAGE = 'hcpcNumber must be OT followed by 1 to 6 digits, e.g. OT12345.';

/** class-validator rule for input fields holding an HCPC registration number. */
export function IsHcpcNumber(): PropertyDecorator {
  return Matches(HCPC_NUMBER_PATTERN, { message: HCPC_NUMBER_MESSAGE });
}
