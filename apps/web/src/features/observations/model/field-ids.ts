/** The anchor of an item's scoring fieldset on the scoring page, for "Change" links and the error summary. */
export const itemAnchor = (index: number): string => `item-${index}`;
export const scoreInputId = (index: number, score: number | 'not-observed'): string => `item-${index}-score-${score}`;
export const evidenceInputId = (index: number): string => `item-${index}-evidence`;
export const settingInputId = (setting: string): string => `setting-${setting}`;
