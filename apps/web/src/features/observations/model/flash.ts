/** What a page says after a change made on the page before (carried in the navigation's state, never stored). */
export interface ObservationFlash {
  title: string;
  text: string;
}

export function readFlash(state: unknown): ObservationFlash | undefined {
  const flash = (state as { flash?: ObservationFlash } | null)?.flash;
  return flash && typeof flash.title === 'string' && typeof flash.text === 'string' ? flash : undefined;
}

/** Who is looking at an observation, as far as its pages care. */
export interface Viewer {
  personId: string;
  isSupervisor: boolean;
}
