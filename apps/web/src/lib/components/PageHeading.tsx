import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

export interface PageHeadingProps {
  children: ReactNode;
  caption?: ReactNode;
  /**
   * Leave focus alone after a REPLACE too: for pages whose own controls update
   * the address as you type (the framework search box), where moving focus would
   * pull it out of the box.
   */
  keepFocusOnReplace?: boolean;
}

/**
 * The page's `<h1>`. After a navigation inside the app (PUSH, or a REPLACE such
 * as a redirect to sign-in), focus moves to it, so keyboard and screen reader
 * users start reading the new page from its heading. A first load and Back
 * leave focus alone.
 */
export function PageHeading({ children, caption, keepFocusOnReplace = false }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  const { pathname } = useLocation();
  useEffect(() => {
    const moves = keepFocusOnReplace ? navigationType === 'PUSH' : navigationType !== 'POP';
    if (moves) ref.current?.focus();
  }, [navigationType, pathname, keepFocusOnReplace]);
  return (
    <>
      {caption && <span className="nhsuk-caption-l">{caption}</span>}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
