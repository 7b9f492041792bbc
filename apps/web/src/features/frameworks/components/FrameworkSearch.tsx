import { TextInput } from 'nhsuk-react-components';
import { useDeferredValue, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { VersionIndex } from '../model/framework-tree';
import { itemName, textAddsToName, truncate, typeLabel } from '../model/labels';
import { MIN_QUERY_LENGTH, highlight, queryTerms, searchItems, snippet } from '../model/search';

/** More results than this are counted but not listed; the person is asked to add words. */
const MAX_RESULTS_SHOWN = 50;

/** The count is announced once typing pauses, not after every key. */
const ANNOUNCE_AFTER_MS = 400;

function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export interface FrameworkSearchProps {
  index: VersionIndex;
  hrefFor: (itemId: string) => string;
  initialQuery?: string;
  /** Called as the query changes, e.g. to keep it in the address so Back returns to the results. */
  onQueryChange?: (query: string) => void;
}

function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlight(text, terms).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}

function resultsMessage(count: number, query: string): string {
  if (count === 0) return `No results for ‘${query}’. Check the spelling or try fewer words.`;
  const found = `${count} ${count === 1 ? 'result' : 'results'} for ‘${query}’`;
  return count > MAX_RESULTS_SHOWN
    ? `${found}. Showing the first ${MAX_RESULTS_SHOWN}; add more words to narrow the search.`
    : `${found}.`;
}

/**
 * Searches the loaded version as you type. Every word must appear in an item's
 * code, title or text. The results list follows every key; the count is
 * announced politely once typing pauses, so a screen reader says how many
 * results there are without interrupting.
 */
export function FrameworkSearch({ index, hrefFor, initialQuery = '', onQueryChange }: FrameworkSearchProps) {
  const [query, setQuery] = useState(initialQuery);
  const deferredQuery = useDeferredValue(query);
  const trimmed = deferredQuery.trim();
  const active = trimmed.length >= MIN_QUERY_LENGTH;
  const results = useMemo(() => (active ? searchItems(index, trimmed) : []), [active, index, trimmed]);
  const terms = queryTerms(trimmed);
  const announcement = useSettled(active ? resultsMessage(results.length, trimmed) : '', ANNOUNCE_AFTER_MS);

  const onChange = (value: string) => {
    setQuery(value);
    onQueryChange?.(value);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();

  return (
    <section aria-labelledby="framework-search-heading">
      <h2 id="framework-search-heading">Search this framework</h2>
      <form role="search" aria-labelledby="framework-search-heading" onSubmit={onSubmit}>
        <TextInput
          id="framework-search"
          name="q"
          type="search"
          label="Words or a code"
          hint="For example, motivational interviewing or 1.2a. Results appear as you type."
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </form>
      <p aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {results.length > 0 && (
        <ol className="nhsuk-list nhsuk-list--border" aria-label={`Results for ‘${trimmed}’`}>
          {results.slice(0, MAX_RESULTS_SHOWN).map(({ item, ancestors }) => {
            const name = itemName(item);
            const context = ancestors.map((ancestor) => truncate(itemName(ancestor), 60)).join(' › ');
            return (
              <li key={item.id}>
                <Link to={hrefFor(item.id)} className="nhsuk-u-font-weight-bold">
                  <Highlighted text={name} terms={terms} />
                </Link>
                <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-1">
                  {typeLabel(item.type)}
                  {context && ` in ${context}`}
                </p>
                {textAddsToName(item) && (
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                    <Highlighted text={snippet(item.text, terms)} terms={terms} />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
