/**
 * The newest mail to an address, for tests and end-to-end journeys, which read
 * the outbox as the database owner (the API's role cannot read it), e.g.
 * `ownerQuery<OutboxRow>(databaseUrl, LAST_MAIL_TO_SQL, [email])`.
 */
export const LAST_MAIL_TO_SQL = `SELECT id, organisation_id, kind, to_address, subject, body_text, link, created_at
  FROM mail_outbox WHERE to_address = lower($1) ORDER BY id DESC LIMIT 1`;

export interface OutboxRow {
  id: string;
  organisation_id: string | null;
  kind: 'invitation' | 'password-reset';
  to_address: string;
  subject: string;
  body_text: string;
  link: string;
  created_at: Date;
}
