// The floors the API is measured against, each as small as Node and PostgreSQL allow:
//   plain  — node:http answering the health body;
//   select — node:http answering after one `SELECT 1` through a pg pool of 10 (the API's pool size);
//   bytes  — node:http serving a file's bytes as JSON (the immutable framework document).
// Usage: node floor-server.mjs MODE PORT [DATABASE_URL | FILE]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';

const [mode, port, arg] = process.argv.slice(2);
const HEALTH_BODY = JSON.stringify({ status: 'ok', database: 'ok' });

let handler;
if (mode === 'plain') {
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(HEALTH_BODY);
  };
} else if (mode === 'select') {
  const pool = new pg.Pool({ connectionString: arg, max: 10 });
  handler = (_req, res) => {
    pool.query('SELECT 1').then(
      () => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(HEALTH_BODY);
      },
      () => {
        res.writeHead(503);
        res.end();
      },
    );
  };
} else if (mode === 'bytes') {
  const bytes = readFileSync(arg);
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
    res.end(bytes);
  };
} else {
  throw new Error(`unknown floor ${mode}`);
}

createServer(handler).listen(Number(port), '127.0.0.1', () => process.send?.('listening'));
