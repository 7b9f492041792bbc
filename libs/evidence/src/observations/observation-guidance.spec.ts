import { SOMERSET_2021, type AssessedCompetencyKey, type SomersetLevel } from '@ladder/competencies';
import {
  keyFeaturesOf,
  NHSE_OBSERVATION_QUOTES,
  NHSE_SOURCE,
  observationGuidance,
  proposedItemIds,
  scoringInstructions,
  WALES_CONSENT_QUOTES,
  WALES_SOURCE,
  type ProgressToPlanFrom,
} from './observation-guidance';

const PCA = 'somerset:ac.person-centred-approach';
const AUTONOMY = 'somerset:ac.promoting-autonomy';
const SELF_MONITORING = 'somerset:ac.self-monitoring';

/** A progression whose competencies are each required at the given levels. */
function progress(
  level: SomersetLevel,
  nextLevel: SomersetLevel | null,
  requiredAt: Partial<Record<AssessedCompetencyKey, SomersetLevel[]>>,
): ProgressToPlanFrom {
  return {
    level: { key: level },
    nextLevel: nextLevel === null ? null : { key: nextLevel },
    competencies: (Object.entries(requiredAt) as [AssessedCompetencyKey, SomersetLevel[]][]).map(([key, levels]) => ({
      key,
      requirements: levels.map((required) => ({ level: { key: required } })),
    })),
  };
}

describe('proposedItemIds', () => {
  it.each<[string, ProgressToPlanFrom, string[]]>([
    [
      'the competencies of the current and the next level, in the order given',
      progress('core', 'level-1', {
        'person-centred-approach': ['core'],
        'promoting-autonomy': ['level-1'],
        'self-monitoring': ['level-2'],
      }),
      [PCA, AUTONOMY],
    ],
    [
      'at the top of the ladder, the current level only',
      progress('level-3', null, { 'person-centred-approach': ['level-3'], 'self-monitoring': ['level-2'] }),
      [PCA],
    ],
    [
      'a competency named at several levels counts once',
      progress('entry', 'core', { 'self-monitoring': ['core', 'level-1'] }),
      [SELF_MONITORING],
    ],
    [
      'nothing required at these levels: nothing proposed',
      progress('entry', 'core', { 'self-monitoring': ['level-3'] }),
      [],
    ],
  ])('%s', (_case, worker, expected) => {
    expect(proposedItemIds(worker, SOMERSET_2021)).toEqual(expected);
  });

  it('proposes only items the Somerset version can score', () => {
    const worker = progress('core', 'level-1', { 'person-centred-approach': ['core'] });
    expect(proposedItemIds(worker, { items: [] })).toEqual([]);
  });
});

describe('keyFeaturesOf', () => {
  it('quotes the Somerset item’s key features and interaction as stored', () => {
    const features = keyFeaturesOf(SOMERSET_2021, PCA);
    expect(features).toMatchObject({ itemId: PCA, title: 'Person Centred Approach' });
    expect(features?.keyFeatures).not.toBe('');
    expect(features?.interaction).not.toBe('');
  });

  it.each(['somerset:ac.unknown', 'nhse-splw:1.01'])('%s: none', (itemId) => {
    expect(keyFeaturesOf(SOMERSET_2021, itemId)).toBeNull();
  });
});

describe('scoringInstructions', () => {
  const text = scoringInstructions(SOMERSET_2021);

  it.each([
    ['names the version', `${SOMERSET_2021.title} (${SOMERSET_2021.version}):`],
    ['quotes Table 2 point by point', '0 '],
    ['says what not observed means in Ladder', 'mark an item "not observed"'],
  ])('%s', (_case, expected) => {
    expect(text).toContain(expected);
  });
});

describe('observationGuidance', () => {
  it.each<[string, string[], string]>([
    ['names the proposed competencies', [PCA, AUTONOMY], 'against: Person Centred Approach; Promoting Autonomy.'],
    ['with none proposed, the ones agreed', [], 'against the competencies you agree.'],
    ['leaves out ids that are not Somerset items', ['somerset:ac.unknown'], 'against the competencies you agree.'],
  ])('%s', (_case, proposed, wording) => {
    const guidance = observationGuidance(SOMERSET_2021, proposed);
    expect(guidance.whatWillBeObserved).toContain(wording);
    expect(guidance.keyFeatures.map((features) => features.itemId)).toEqual(
      proposed.filter((id) => id !== 'somerset:ac.unknown'),
    );
  });

  it('quotes NHS England Annex B and the Wales framework on consent word for word, with their sources', () => {
    const guidance = observationGuidance(SOMERSET_2021, [PCA]);
    expect(guidance.whatWillBeObserved).toContain(`${NHSE_SOURCE}:`);
    for (const quote of NHSE_OBSERVATION_QUOTES) expect(guidance.whatWillBeObserved).toContain(`“${quote}”`);
    expect(guidance.consent).toContain(`${WALES_SOURCE}:`);
    for (const quote of WALES_CONSENT_QUOTES) expect(guidance.consent).toContain(`“${quote}”`);
    expect(guidance.howScoringWorks).toBe(scoringInstructions(SOMERSET_2021));
  });
});
