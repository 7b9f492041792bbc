import { ASSESSED_COMPETENCIES, ASSESSED_COMPETENCY_KEYS } from './somerset-assessed-competencies';

describe('Somerset assessed competencies', () => {
  it('lists the six assessed competencies with unique keys', () => {
    expect(ASSESSED_COMPETENCIES.map((c) => c.key)).toEqual([...ASSESSED_COMPETENCY_KEYS]);
  });
});
