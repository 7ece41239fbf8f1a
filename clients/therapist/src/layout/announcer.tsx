import { Notice } from '@caregraph/client-kit/status';
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';

/**
 * What a screen says after an action that moves or removes the thing acted on (a confirmed request
 * leaves the list): the message, read out, with the keyboard focus moved to it so nobody is left on a
 * button that no longer exists (WCAG 2.4.3).
 */
export function useAnnouncer(): { announce: (message: string) => void; announcement: ReactElement | null } {
  const [message, setMessage] = useState<string>();
  const [count, setCount] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, count]);
  const announce = useCallback((text: string) => {
    setMessage(text);
    setCount((n) => n + 1);
  }, []);
  const announcement = message ? (
    <div tabIndex={-1} ref={ref}>
      <Notice>
        <p>{message}</p>
      </Notice>
    </div>
  ) : null;
  return { announce, announcement };
}
