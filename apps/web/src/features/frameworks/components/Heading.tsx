import type { ReactNode } from 'react';

export interface HeadingProps {
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** A heading at a computed level; below h6 the hierarchy goes on as bold text rather than skipping levels. */
export function Heading({ level, id, className, children }: HeadingProps) {
  if (level > 6) {
    return (
      <p id={id} className={className ?? 'nhsuk-u-font-weight-bold'}>
        {children}
      </p>
    );
  }
  const Tag = `h${Math.max(level, 1)}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
