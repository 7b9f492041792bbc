/**
 * Framework texts are plain text, verbatim from the sources: "\n" separates
 * paragraphs and a line starting "• " is a bullet. They are turned into blocks
 * and rendered as React elements, never as HTML.
 */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'bullets'; items: string[] };

const BULLET = /^•\s*/;

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, '');
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'bullets') last.items.push(item);
      else blocks.push({ kind: 'bullets', items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string };

const count = (text: string, char: string): number => text.split(char).length - 1;

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** Splits web addresses out of a text so they can be real links; trailing punctuation stays text. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    // A closing bracket belongs to the address only when the address opened one.
    while (/[.,;:!?)\]]$/.test(url) && !(url.endsWith(')') && count(url, '(') >= count(url, ')'))) {
      url = url.slice(0, -1);
    }
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', href: url, text: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
