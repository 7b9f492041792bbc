import type { ReactNode } from 'react';

export interface Column<T> {
  heading: string;
  /** The heading is for screen readers only (e.g. an action column). */
  hideHeading?: boolean;
  cell: (row: T) => ReactNode;
}

export interface ResponsiveTableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
}

/**
 * The NHS.UK responsive table: a table on wide screens; on narrow ones each row
 * becomes a card whose cells carry their column heading. The first column heads
 * each row. ARIA roles keep the table semantics when the layout drops them.
 */
export function ResponsiveTable<T>({ caption, columns, rows, rowKey }: ResponsiveTableProps<T>) {
  return (
    <table className="nhsuk-table-responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((column) => (
            <th key={column.heading} className="nhsuk-table__header" scope="col" role="columnheader">
              {column.hideHeading ? <span className="nhsuk-u-visually-hidden">{column.heading}</span> : column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body" role="rowgroup">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="nhsuk-table__row" role="row">
            {columns.map((column, index) => {
              const content = (
                <>
                  {!column.hideHeading && (
                    <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                      {column.heading}{' '}
                    </span>
                  )}
                  <span>{column.cell(row)}</span>
                </>
              );
              return index === 0 ? (
                <th key={column.heading} className="nhsuk-table__header" scope="row" role="rowheader">
                  {content}
                </th>
              ) : (
                <td key={column.heading} className="nhsuk-table__cell" role="cell">
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
