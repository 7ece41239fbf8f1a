import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { parsePostcode } from './postcode';
import { distanceKm } from './geo';
import type { TherapistsServices } from '../services';
import { SessionFormat } from '@caregraph/vocabulary';
import { Therapist } from '../therapists/therapist.entity';

/** `Therapist.coversPostcode`: whether a home visit to a postcode is within the listing's travel radius. */
@Resolver(() => Therapist)
export class TherapistCoverageResolver {
  constructor(private readonly services: TherapistsServices) {}

  @FieldResolver(() => Boolean, {
    description:
      "True when the therapist offers home visits and `postcode` lies within their travel radius (measured from the centre of their " +
      "postcode district to the postcode, as directory search measures). False when they do not offer home visits, have no radius or base, " +
      'or the postcode cannot be placed. The bookings subgraph asks it before accepting a home visit. BAD_USER_INPUT (field `postcode`) for ' +
      'something that is not a UK postcode.',
  })
  async coversPostcode(
    @Root() therapist: Therapist,
    @Arg('postcode', () => String, { description: 'The full UK postcode of the home to visit, e.g. `LS6 2AB`.' }) postcode: string,
  ): Promise<boolean> {
    const parsed = parsePostcode(postcode);
    if (!parsed) throw new UserInputError('postcode', 'postcode must be a full UK postcode, e.g. LS6 2AB.');
    if (!therapist.sessionFormats.includes(SessionFormat.HOME_VISIT)) return false;
    if (therapist.travelRadiusKm === null || therapist.latitude === null || therapist.longitude === null) return false;
    // The geocoder answers from its offline table when its provider is down: never an outage for the caller.
    const point = await this.services.geocoder.locatePostcode(parsed);
    if (!point) return false;
    return distanceKm({ latitude: therapist.latitude, longitude: therapist.longitude }, point) <= therapist.travelRadiusKm;
  }
}
