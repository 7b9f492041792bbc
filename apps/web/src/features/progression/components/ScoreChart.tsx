import { DREYFUS_SCALE } from '@ladder/dreyfus';
import { Details } from 'nhsuk-react-components';
import { formatDate } from '../../../lib/dates';
import { historyText, ratingOf, type ScorePoint } from '../model/history';

const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 24;
const RIGHT = 8;
const TOP = 18;
const BOTTOM = 40;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
/** The chart shows the latest few; the table under it has every score. */
const MAX_BARS = 6;

const yOf = (score: number) => TOP + PLOT_HEIGHT - (score / 5) * PLOT_HEIGHT;

/** "7 Sept" and "2026", for a label in two lines under a bar. */
function shortDate(iso: string): [string, string] {
  const [year, month, day] = iso.split('-').map(Number);
  const dayMonth = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return [dayMonth, String(year)];
}

/**
 * A competency's signed-off scores over time as a small bar chart (inline SVG), with its text
 * alternative: the image's name says every score and date, and a table under it lists them.
 * Each bar carries its score as text, so nothing depends on colour or on reading the axis.
 */
export function ScoreChart({
  title,
  points,
  tableId,
}: {
  title: string;
  points: readonly ScorePoint[];
  tableId: string;
}) {
  if (points.length === 0) return null;
  const shown = points.slice(-MAX_BARS);
  const slot = (WIDTH - LEFT - RIGHT) / MAX_BARS;
  const barWidth = Math.min(28, slot - 12);
  const label = `${title} scores by date: ${historyText(points)}`;
  return (
    <>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: `${WIDTH * 1.5}px`, display: 'block' }}
        focusable="false"
      >
        {DREYFUS_SCALE.map(({ score }) => (
          <g key={score}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(score)} y2={yOf(score)} stroke="#d8dde0" strokeWidth={1} />
            <text x={LEFT - 6} y={yOf(score) + 4} textAnchor="end" fontSize={11} fill="#4c6272">
              {score}
            </text>
          </g>
        ))}
        {shown.map((point, index) => {
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          const y = yOf(point.score);
          return (
            <g key={point.observationId}>
              <rect
                x={x}
                y={point.score === 0 ? y - 2 : y}
                width={barWidth}
                height={point.score === 0 ? 2 : TOP + PLOT_HEIGHT - y}
                fill="#005eb8"
              />
              <text x={x + barWidth / 2} y={y - 5} textAnchor="middle" fontSize={12} fontWeight="bold" fill="#212b32">
                {point.score}
              </text>
              <text x={x + barWidth / 2} y={HEIGHT - BOTTOM + 14} textAnchor="middle" fontSize={10} fill="#4c6272">
                {shortDate(point.observedOn)}
              </text>
            </g>
          );
        })}
      </svg>
      <Details>
        <Details.Summary>
          Scores by date <span className="nhsuk-u-visually-hidden">for {title}</span>
        </Details.Summary>
        <Details.Text>
          <table className="nhsuk-table" id={tableId}>
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{title}: scores by date</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th className="nhsuk-table__header" scope="col">
                  Observed on
                </th>
                <th className="nhsuk-table__header" scope="col">
                  Score
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {points.map((point) => (
                <tr key={point.observationId} className="nhsuk-table__row">
                  <td className="nhsuk-table__cell">{formatDate(point.observedOn)}</td>
                  <td className="nhsuk-table__cell">
                    {point.score} {ratingOf(point.score)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Details.Text>
      </Details>
    </>
  );
}
