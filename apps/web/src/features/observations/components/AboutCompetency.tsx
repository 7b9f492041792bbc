import type { AboutSection } from '../model/competencies';

/** A competency's key features and interaction (or description, or ability statements), under small headings. */
export function AboutCompetency({
  sections,
  headingLevel,
}: {
  sections: readonly AboutSection[];
  headingLevel: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (sections.length === 0) return <p>The framework gives no further guidance for this competency.</p>;
  return (
    <>
      {sections.map((section) => (
        <div key={section.heading}>
          <Heading className="nhsuk-heading-s">{section.heading}</Heading>
          {section.paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          {section.bullets.length > 0 && (
            <ul>
              {section.bullets.map((bullet, index) => (
                <li key={index}>{bullet}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
