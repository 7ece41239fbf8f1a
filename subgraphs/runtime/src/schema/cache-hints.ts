import { Directive } from 'type-graphql';

/**
 * How long the gateway may serve a public field from its cache of anonymous reads (docs/adr/032).
 * Listings change rarely and every change purges them at once; free times move with the clock.
 */
export const PUBLIC_LISTING_MAX_AGE = 300;
export const PUBLIC_TIMES_MAX_AGE = 60;

/**
 * `@cacheControl(maxAge, scope: PUBLIC)` on a type or field: it may be shared between callers who
 * are not signed in. Only for what anyone may read; a field without a hint is never cached.
 */
export function PublicCache(maxAge: number): ClassDecorator & MethodDecorator & PropertyDecorator {
  return Directive(`@cacheControl(maxAge: ${maxAge}, scope: PUBLIC)`) as ClassDecorator & MethodDecorator & PropertyDecorator;
}

/** `@cacheControl(maxAge: 0)`: a leaf of a public type whose answer depends on who asks; never cached. */
export function NeverCache(): MethodDecorator & PropertyDecorator {
  return Directive('@cacheControl(maxAge: 0)') as MethodDecorator & PropertyDecorator;
}
