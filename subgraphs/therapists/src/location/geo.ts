import type { GeoPoint } from '../geocoding/geocoder';

/** Mean earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;
/** Fewest km in one degree of latitude (at the equator): dividing by it over-covers, never under-covers. */
const KM_PER_DEGREE_LATITUDE = 110.574;
/** Km in one degree of longitude at the equator; shrinks with cos(latitude). */
const KM_PER_DEGREE_LONGITUDE = 111.32;

/** SQL with `?` placeholders and their values, in order. */
export interface SqlFragment {
  sql: string;
  bindings: unknown[];
}

/** Concatenates text and fragments, keeping the bindings in the order of their placeholders. */
export function joinSql(...parts: Array<string | SqlFragment>): SqlFragment {
  return {
    sql: parts.map((part) => (typeof part === 'string' ? part : part.sql)).join(''),
    bindings: parts.flatMap((part) => (typeof part === 'string' ? [] : part.bindings)),
  };
}

/**
 * SQL for the smallest box sure to hold every point within `radiusKm` (an SQL expression, so a
 * statement can size a ring from what it found) of `centre`: for the index-backed first cut, before
 * the exact distance filters its corners out. Longitude is widened for the latitude furthest from
 * the equator, where degrees are shortest. A box of `point(longitude, latitude)`.
 */
export function boundingBoxSql(centre: GeoPoint, radiusKm: SqlFragment): SqlFragment {
  const latitude: SqlFragment = { sql: '?::float8', bindings: [centre.latitude] };
  const longitude: SqlFragment = { sql: '?::float8', bindings: [centre.longitude] };
  const dLat = joinSql('(', radiusKm, `) / ${KM_PER_DEGREE_LATITUDE}`);
  const dLon = joinSql('(', radiusKm, `) / (${KM_PER_DEGREE_LONGITUDE} * cos(radians(least(89, abs(`, latitude, ') + ', dLat, '))))');
  return joinSql('box(point(', longitude, ' - ', dLon, ', ', latitude, ' - ', dLat, '), point(', longitude, ' + ', dLon, ', ', latitude, ' + ', dLat, '))');
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
