import { ValidateBy } from 'class-validator';
import { parseOutwardCode, parsePostcode } from './postcode';

/** The message given for a postcode of the wrong shape. */
export const POSTCODE_MESSAGE = '$property must be a full UK postcode, e.g. LS6 2AB.';

/** class-validator rule: a full UK postcode, in any case and spacing (normalised later by `parsePostcode`). */
export function IsUkPostcode(): PropertyDecorator {
  return ValidateBy({
    name: 'isUkPostcode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parsePostcode(value) !== null,
      defaultMessage: () => POSTCODE_MESSAGE,
    },
  });
}

/** class-validator rule: a full UK postcode or just its outward code (`LS6`), for searching near a place. */
export function IsUkPostcodeOrOutwardCode(): PropertyDecorator {
  return ValidateBy({
    name: 'isUkPostcodeOrOutwardCode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && (parsePostcode(value) !== null || parseOutwardCode(value) !== null),
      defaultMessage: () => '$property must be a UK postcode (LS6 2AB) or the first half of one (LS6).',
    },
  });
}
