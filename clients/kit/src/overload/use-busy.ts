import { createContext, createElement, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { BusySnapshot, BusyStore } from './busy-store';

// The busy state for components: the app puts its BusyStore (the one its Apollo client writes) in
// context once, and any component can ask whether the app is waiting to try again.

const BusyContext = createContext<BusyStore | undefined>(undefined);

/** Gives the components below the app's BusyStore. */
export function BusyProvider({ store, children }: { store: BusyStore; children?: ReactNode }) {
  return createElement(BusyContext.Provider, { value: store }, children);
}

const NOTHING = () => () => undefined;
const IDLE = () => undefined;

/** What the app is waiting for, or undefined while nothing is (and where no BusyProvider is given). */
export function useBusy(): BusySnapshot | undefined {
  const store = useContext(BusyContext);
  return useSyncExternalStore(store?.subscribe ?? NOTHING, store?.getSnapshot ?? IDLE, store?.getSnapshot ?? IDLE);
}
