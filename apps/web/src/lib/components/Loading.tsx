/** Shown while a page's data loads: "Loading the observation…", announced politely. */
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="nhsuk-body-l">
      Loading {what}…
    </p>
  );
}
