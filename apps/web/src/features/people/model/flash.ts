/** What the people page says after a change elsewhere (carried in the navigation's state, never stored). */
export interface PeopleFlash {
  title: string;
  text: string;
}

export function readFlash(state: unknown): PeopleFlash | undefined {
  const flash = (state as { flash?: PeopleFlash } | null)?.flash;
  return flash && typeof flash.title === 'string' && typeof flash.text === 'string' ? flash : undefined;
}
