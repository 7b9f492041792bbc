import type { IndexedItem, VersionIndex } from './framework-tree';

/**
 * Client-side search over the loaded version: every word of the query must appear
 * in the item's code, title or text (case, curly quotes and dashes ignored).
 * Items whose code or title contains the whole phrase come first, then items whose
 * text contains it, then the rest; document order within each group.
 */
export const MIN_QUERY_LENGTH = 2;

/** Case and typographic variants folded away, one character for one, so positions still match the original. */
export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s/g, ' ')
    .replace(/./gu, (char) => {
      const lower = char.toLowerCase();
      return lower.length === char.length ? lower : char;
    });
}

export function queryTerms(query: string): string[] {
  return fold(query).split(' ').filter(Boolean);
}

export function searchItems(index: VersionIndex, query: string): IndexedItem[] {
  const terms = queryTerms(query);
  const phrase = terms.join(' ');
  if (phrase.length < MIN_QUERY_LENGTH) return [];
  const tiers: IndexedItem[][] = [[], [], []];
  for (const entry of index.all) {
    const { code, title, text } = entry.item;
    const label = fold([code, title].filter(Boolean).join(' '));
    const body = fold(text).replace(/ +/g, ' ');
    const haystack = `${label} ${body}`;
    if (!terms.every((term) => haystack.includes(term))) continue;
    if (fold(code ?? '') === phrase || label.includes(phrase)) tiers[0].push(entry);
    else if (body.includes(phrase)) tiers[1].push(entry);
    else tiers[2].push(entry);
  }
  return tiers.flat();
}

export type HighlightPart = { text: string; match: boolean };

/** Marks every occurrence of the query's words in `text`. */
export function highlight(text: string, terms: readonly string[]): HighlightPart[] {
  const folded = fold(text);
  if (folded.length !== text.length || terms.length === 0) return [{ text, match: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      marked.fill(true, at, at + term.length);
    }
  }
  const parts: HighlightPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += text[i];
    else parts.push({ text: text[i], match: marked[i] });
  }
  return parts;
}

/** A window of a long text around the first match, cut at word boundaries. */
export function snippet(text: string, terms: readonly string[], length = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const folded = fold(flat);
  const firstMatch = Math.min(...terms.map((term) => folded.indexOf(term)).filter((at) => at >= 0), flat.length);
  let start = firstMatch === flat.length ? 0 : Math.max(0, firstMatch - Math.floor(length / 3));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
