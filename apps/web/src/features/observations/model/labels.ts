import type {
  ObservationSetting,
  ObservationVariant,
  ObservationView,
  PossibleIdentifierKind,
} from '../api/observations';

export const SETTING_LABELS: Record<ObservationSetting, string> = {
  'face-to-face': 'Face to face',
  'home-visit': 'Home visit',
  telephone: 'Telephone',
  video: 'Video',
  group: 'Group',
  community: 'Community',
};

export const VARIANT_LABELS: Record<ObservationVariant, string> = {
  standard: 'Standard observation',
  'community-development': 'Community development observation',
};

export const VARIANT_HINTS: Record<ObservationVariant, string> = {
  standard: 'Any competencies of the framework',
  'community-development': 'NHS England area 3, competencies to enable community development, only',
};

/** How a kind of possible identifier is named in a sentence: "looks like it holds an NHS number". */
export const IDENTIFIER_KIND_LABELS: Record<PossibleIdentifierKind, string> = {
  'nhs-number': 'an NHS number',
  'date-of-birth': 'a date of birth',
  'postcode-with-name': 'a postcode next to a name',
};

/** "Signed off", "Amended" (a later version replaces it), "Draft". */
export function statusText(observation: Pick<ObservationView, 'status' | 'supersededBy'>): string {
  if (observation.status === 'draft') return 'Draft';
  return observation.supersededBy ? 'Replaced by an amendment' : 'Signed off';
}

/** `14:05`, the time of day in the reader's own time zone. */
export function formatTime(date: Date): string {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** `5 March 2026 at 14:05`. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `${day} at ${formatTime(date)}`;
}

/** "a, b and c". */
export function listText(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
