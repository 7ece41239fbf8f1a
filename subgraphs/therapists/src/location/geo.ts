import type { GeoPoint } from '../geocoding/geocoder';

/** Mean earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;
/** Fewest km in one degree of latitude (at the equator): dividing by it over-covers, never under-covers. */
const KM_PER_DEGREE_LATITUDE = 110.574;
/** Km in one degree of longitude at the equator; shrinks with cos(latitude). */
const KM_PER_DEGREE_LONGITUDE = 111.32;

/** A latitude/longitude rectangle. */
export interface BoundingBox {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/**
 * The smallest rectangle sure to hold every point within `radiusKm` of `centre` (for the
 * index-backed first cut; the exact distance then filters its corners out). Longitude is
 * widened for the latitude furthest from the equator, where degrees are shortest.
 */
export function boundingBox(centre: GeoPoint, radiusKm: number): BoundingBox {
  const dLat = radiusKm / KM_PER_DEGREE_LATITUDE;
  const widest = Math.min(89, Math.abs(centre.latitude) + dLat);
  const dLon = radiusKm / (KM_PER_DEGREE_LONGITUDE * Math.cos((widest * Math.PI) / 180));
  return {
    minLatitude: centre.latitude - dLat,
    maxLatitude: centre.latitude + dLat,
    minLongitude: centre.longitude - dLon,
    maxLongitude: centre.longitude + dLon,
  };
}

/** Great-circle distance in km (haversine): the same formula as `distanceSql`, for tests and checks. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * SQL for the haversine distance in km from `t.latitude/t.longitude` to a point given as
 * bindings (latitude, latitude, longitude, in that order).
 */
export const DISTANCE_SQL =
  `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(power(sin(radians(t.latitude - ?) / 2), 2) + ` +
  `cos(radians(?)) * cos(radians(t.latitude)) * power(sin(radians(t.longitude - ?) / 2), 2)))))`;
