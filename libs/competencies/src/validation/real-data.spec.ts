import { LADDER_CROSSWALK } from '../crosswalk/crosswalk';
import { NHSE_SPLW_2023 } from '../frameworks/nhse-splw/nhse-splw';
import { SOMERSET_2021 } from '../frameworks/somerset/somerset-2021';
import { WALES_SP_2023 } from '../frameworks/wales-sp/wales-sp-2023';
import { AFC_PAY_SCALE_2020_21 } from '../pay-scales/afc-2020-21';
import { validateCrosswalk, validateFrameworkVersion, validatePayScale } from './validate-framework';

describe("Ladder's reference data", () => {
  it.each([
    ['SOMERSET_2021', SOMERSET_2021],
    ['NHSE_SPLW_2023', NHSE_SPLW_2023],
    ['WALES_SP_2023', WALES_SP_2023],
  ])('%s is a valid framework version', (_name, version) => {
    expect(validateFrameworkVersion(version)).toEqual([]);
  });

  it('AFC_PAY_SCALE_2020_21 is a valid pay scale', () => {
    expect(validatePayScale(AFC_PAY_SCALE_2020_21)).toEqual([]);
  });

  it('LADDER_CROSSWALK links only items of the three frameworks', () => {
    expect(validateCrosswalk(LADDER_CROSSWALK, [SOMERSET_2021, NHSE_SPLW_2023, WALES_SP_2023])).toEqual([]);
  });
});
