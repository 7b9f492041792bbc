import { Fragment } from 'react';
import { linkParts, textBlocks } from '../model/text';

/** A line of framework text with its web addresses as real links. */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {linkParts(text).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href}>
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * Framework text as paragraphs and bullet lists. With `inline`, a text that is a
 * single paragraph is rendered without a `<p>`, for use inside a list item.
 */
export function RichText({ text, inline = false }: { text: string; inline?: boolean }) {
  const blocks = textBlocks(text);
  if (inline && blocks.length === 1 && blocks[0].kind === 'paragraph') return <LinkedText text={blocks[0].text} />;
  return (
    <>
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>
            <LinkedText text={block.text} />
          </p>
        ) : (
          <ul key={index} className="nhsuk-list nhsuk-list--bullet">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <LinkedText text={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
