import type { ContainerType } from 'type-graphql';

/** A resolver class as the composition hands it its services. */
type ResolverClass = new (services: object) => object;

/**
 * type-graphql's resolver container for one running subgraph: each resolver class is built once, on
 * first use, as `new Resolver(services)`, so resolvers receive the services from the subgraph's
 * composition root instead of importing a process-wide singleton.
 */
export function resolversBuiltWith(services: object): ContainerType {
  const instances = new Map<ResolverClass, object>();
  return {
    get(resolverClass: ResolverClass): object {
      let instance = instances.get(resolverClass);
      if (!instance) {
        instance = new resolverClass(services);
        instances.set(resolverClass, instance);
      }
      return instance;
    },
  };
}
