import type { FrameworkVersion, PayScale } from './model';
import { AFC_PAY_SCALE_2020_21 } from './pay-scales/afc-2020-21';
import { NHSE_SPLW_2023 } from './frameworks/nhse-splw/nhse-splw';
import { SOMERSET_2021 } from './frameworks/somerset/somerset-2021';
import { WALES_SP_2023 } from './frameworks/wales-sp/wales-sp-2023';

/**
 * The built-in catalogue: what ships with Ladder. The API stores each entry at start-up when it is
 * missing (and makes a framework version current when its framework has none); a stored entry is
 * never changed, so a correction ships as a new version or pay year here.
 */

/** The framework versions shipped with Ladder, one per framework. */
export const BUILT_IN_FRAMEWORK_VERSIONS: readonly FrameworkVersion[] = [SOMERSET_2021, NHSE_SPLW_2023, WALES_SP_2023];

/** The pay-scale years shipped with Ladder. */
export const BUILT_IN_PAY_SCALES: readonly PayScale[] = [AFC_PAY_SCALE_2020_21];

/**
 * The pay year a pay suggestion uses when none is named: the Somerset framework's Appendix 4
 * table, the year its levels were mapped to bands against.
 */
export const CURRENT_PAY_YEAR: string = AFC_PAY_SCALE_2020_21.year;
