export const PEOPLE_PATH = '/people';
export const INVITE_PATH = '/people/invite';
export const NEW_ASSIGNMENT_PATH = '/people/assignments/new';
export const SUPERVISEES_PATH = '/supervisees';

export const personPath = (id: string): string => `/people/${encodeURIComponent(id)}`;
export const endAssignmentPath = (id: string): string => `/people/assignments/${encodeURIComponent(id)}/end`;

/** What the people page says after a change elsewhere (carried in the navigation's state, never stored). */
export interface PeopleFlash {
  title: string;
  text: string;
}

export function readFlash(state: unknown): PeopleFlash | undefined {
  const flash = (state as { flash?: PeopleFlash } | null)?.flash;
  return flash && typeof flash.title === 'string' && typeof flash.text === 'string' ? flash : undefined;
}
