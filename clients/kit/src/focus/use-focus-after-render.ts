import { useCallback, useLayoutEffect, useReducer, useRef, type RefObject } from 'react';

/** What should take the focus: an element's id, a ref, or a finder for an element inside a ref. */
export type FocusTarget = string | RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined);

const elementOf = (target: FocusTarget) =>
  typeof target === 'string' ? document.getElementById(target) : typeof target === 'function' ? target() : target.current;

/**
 * Moves the focus to an element the coming render draws: a new row's first box, an error summary, a
 * conflict panel. The move happens in the commit that draws the element, so it can neither run ahead
 * of the render (a guessed animation frame can, on a busy machine) nor leave the user waiting for a
 * frame. A target not drawn yet waits for a later render of the same component.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => {
    if (!pending.current) return;
    const element = elementOf(pending.current);
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return useCallback((target: FocusTarget) => {
    pending.current = target;
    rerender();
  }, []);
}
