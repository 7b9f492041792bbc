import { SOMERSET_LEVELS, type SomersetLevel } from '@ladder/competencies';

/** A ladder level as shown in results: `{ key: 'level-1', name: 'Level 1' }`. */
export interface LevelRef {
  key: SomersetLevel;
  name: string;
}

const LEVEL_NAMES: Readonly<Record<SomersetLevel, string>> = Object.freeze({
  entry: 'Entry',
  core: 'Core',
  'level-1': 'Level 1',
  'level-2': 'Level 2',
  'level-3': 'Level 3',
});

/** Display name of a level, e.g. 'level-2' → "Level 2". */
export function levelName(level: SomersetLevel): string {
  return LEVEL_NAMES[level];
}

export function levelRef(level: SomersetLevel): LevelRef {
  return { key: level, name: LEVEL_NAMES[level] };
}

/** Position on the ladder: entry 0 … level-3 4. Handy for "never lowers the level" comparisons. */
export function levelRank(level: SomersetLevel): number {
  return SOMERSET_LEVELS.indexOf(level);
}
