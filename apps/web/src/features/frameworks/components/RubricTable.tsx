import { Table } from 'nhsuk-react-components';

export interface ScoreRow {
  score: number | string;
  rating: string;
  descriptor: string;
}

/**
 * A 0–5 scale as printed (a competency's rubric, or the Dreyfus scale itself):
 * one row per score, the score as the row header.
 */
export function RubricTable({ caption, rows }: { caption: string; rows: readonly ScoreRow[] }) {
  return (
    <Table caption={caption} captionProps={{ size: 'm' }} firstCellIsHeader>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Score</Table.Cell>
          <Table.Cell>Rating</Table.Cell>
          <Table.Cell>Descriptor</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.score}>
            <Table.Cell>{row.score}</Table.Cell>
            <Table.Cell>{row.rating}</Table.Cell>
            <Table.Cell>{row.descriptor}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
