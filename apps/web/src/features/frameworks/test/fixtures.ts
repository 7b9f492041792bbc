import {
  LADDER_CROSSWALK,
  NHSE_SPLW_2023,
  SOMERSET_2021,
  WALES_SP_2023,
  crosswalkEntriesFor,
  type FrameworkVersion,
} from '@ladder/competencies';
import type { FrameworkSummaryView as FrameworkSummary, FrameworkVersionView } from '../../../lib/api/schema.gen';

/**
 * API responses built from Ladder's real framework data and crosswalk, shaped as
 * the API serves them (`FrameworkSummary[]`, `FrameworkVersionView`), so the
 * browser is tested against the real trees, texts and links.
 */
const CURRENT_VERSIONS: readonly FrameworkVersion[] = [SOMERSET_2021, NHSE_SPLW_2023, WALES_SP_2023];

export function versionView(version: FrameworkVersion, current = true): FrameworkVersionView {
  return {
    ...version,
    current,
    crosswalk: {
      version: LADDER_CROSSWALK.version,
      notice: LADDER_CROSSWALK.notice,
      entries: crosswalkEntriesFor(version, LADDER_CROSSWALK, CURRENT_VERSIONS),
    },
  };
}

export function summaryOf(version: FrameworkVersion, older: readonly FrameworkVersion[] = []): FrameworkSummary {
  return {
    key: version.key,
    title: version.title,
    publisher: version.publisher,
    currentVersion: version.version,
    versions: [version, ...older].map((held) => ({
      version: held.version,
      status: held.status,
      publishedOn: held.publishedOn,
      current: held === version,
    })),
  };
}

/** A made-up earlier Somerset version (only the version differs), for the version picker and the not-current warning. */
export const SOMERSET_EARLIER: FrameworkVersion = { ...SOMERSET_2021, version: '2020.1', publishedOn: '2020-09' };

export const SUMMARIES: FrameworkSummary[] = [
  summaryOf(SOMERSET_2021, [SOMERSET_EARLIER]),
  summaryOf(NHSE_SPLW_2023),
  summaryOf(WALES_SP_2023),
];

/** The API's responses by path: the list, and each version under its number and the `current` alias. */
export function apiResponses(): Record<string, unknown> {
  const responses: Record<string, unknown> = { '/api/frameworks': SUMMARIES };
  for (const version of CURRENT_VERSIONS) {
    const view = versionView(version);
    responses[`/api/frameworks/${version.key}/versions/${version.version}`] = view;
    responses[`/api/frameworks/${version.key}/versions/current`] = view;
  }
  responses[`/api/frameworks/somerset/versions/${SOMERSET_EARLIER.version}`] = versionView(SOMERSET_EARLIER, false);
  return responses;
}
