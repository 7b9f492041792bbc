// `npm run outbox [email]`: the newest mails in Ladder's outbox (to, subject, link), read as the
// database owner — how a developer follows an invitation or password-reset link on a machine with
// no mail relay. Mail is never written to the log, because its links hold live tokens. Needs the
// database running (`npm start`): the embedded one, or the server in DATABASE_URL.
import pg from 'pg';

const embeddedUrl = `postgres://ladder:ladder-embedded@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}/ladder`;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL || embeddedUrl });
const email = process.argv[2];
try {
  await client.connect();
} catch (error) {
  console.error(`Cannot reach the database (${error.code ?? error.message}); is Ladder running (npm start)?`);
  process.exit(1);
}
try {
  const { rows } = await client.query(
    `SELECT created_at, kind, to_address, subject, link FROM mail_outbox
      WHERE $1::text IS NULL OR to_address = lower($1) ORDER BY id DESC LIMIT 10`,
    [email ?? null],
  );
  if (rows.length === 0) console.log(email ? `No mail to ${email}.` : 'The outbox is empty.');
  for (const row of rows) {
    console.log(
      `${row.created_at.toISOString()}  ${row.kind}  to ${row.to_address}\n  ${row.subject}\n  ${row.link}\n`,
    );
  }
} finally {
  await client.end();
}
