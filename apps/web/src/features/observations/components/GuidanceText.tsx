/**
 * Guidance from the API as plain text: blank lines between paragraphs, a line starting "- " or
 * "• " is a bullet. Rendered as elements, never as HTML.
 */
export function GuidanceText({ text }: { text: string }) {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
  return (
    <>
      {blocks.map((lines, index) => {
        const bullets = lines.filter((line) => /^\s*[-•]\s/.test(line));
        const text = lines.filter((line) => !/^\s*[-•]\s/.test(line));
        return (
          <div key={index}>
            {text.map((line, lineIndex) => (
              <p key={lineIndex}>{line}</p>
            ))}
            {bullets.length > 0 && (
              <ul>
                {bullets.map((line, lineIndex) => (
                  <li key={lineIndex}>{line.replace(/^\s*[-•]\s/, '')}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
