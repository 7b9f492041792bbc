import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/**
 * The page's `<h1>`. After following a link inside the app (a PUSH navigation),
 * focus moves to it, so keyboard and screen reader users start reading the new
 * page from its heading rather than from wherever the old link was. A first load,
 * Back, and the search box updating the address (REPLACE) leave focus alone.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  const { pathname } = useLocation();
  useEffect(() => {
    if (navigationType === 'PUSH') ref.current?.focus();
  }, [navigationType, pathname]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
