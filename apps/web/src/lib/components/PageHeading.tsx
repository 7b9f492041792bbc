import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/**
 * The page's `<h1>`. After a navigation inside the app (PUSH, or a REPLACE such
 * as a redirect to sign-in), focus moves to it, so keyboard and screen reader
 * users start reading the new page from its heading. A first load and Back
 * leave focus alone. (The same pattern as the framework pages' heading.)
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  const { pathname } = useLocation();
  useEffect(() => {
    if (navigationType !== 'POP') ref.current?.focus();
  }, [navigationType, pathname]);
  return (
    <>
      {caption && <span className="nhsuk-caption-l">{caption}</span>}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
