// SPDX-License-Identifier: GPL-3.0-or-later
// DuckDB's read_csv over the contacts file: data rows and invalid e-mails, on 2 threads.
// Prints one JSON object: {tool, rows, invalid_emails, seconds}. Issue 3 §6; see bench/README.md.
//
//   node bench/compare/duckdb.mjs bench/data/contacts-5m.csv [--threads 2]
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--threads');
const threadsArg = args.indexOf('--threads');
const threads = threadsArg >= 0 ? Number(args[threadsArg + 1]) : 2;
if (!file) {
    console.error('usage: node duckdb.mjs FILE [--threads N]');
    process.exit(2);
}
const emailRegex = readFileSync(new URL('./email-regex.txt', import.meta.url), 'utf8').trim();
const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;

const started = process.hrtime.bigint();
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(`SET threads = ${threads}`);
// The dialect is given, not sniffed: a header, ',' and '"' with '""' inside quoted fields
// (which may span lines), every column as text (no type sniffing of the mixed dates).
const reader = `read_csv(${sqlString(file)}, header = true, delim = ',', quote = '"', escape = '"',
                         all_varchar = true)`;
const result = await connection.runAndReadAll(
    `SELECT count(*) AS rows,
            count(*) FILTER (WHERE email IS NULL OR NOT regexp_full_match(email, ${sqlString(emailRegex)}))
                AS invalid_emails
       FROM ${reader}`);
const [rows, invalidEmails] = result.getRows()[0];
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
connection.closeSync?.();
console.log(JSON.stringify({ tool: 'duckdb', rows: Number(rows), invalid_emails: Number(invalidEmails), seconds }));
