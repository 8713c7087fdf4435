// SPDX-License-Identifier: GPL-3.0-or-later
// PapaParse streaming the contacts file (a Node read stream, one `step` call per record):
// data rows and invalid e-mails. Prints {tool, rows, invalid_emails, seconds}. Issue 3 §6.
//
//   node bench/compare/papaparse.mjs bench/data/contacts-5m.csv
import Papa from 'papaparse';
import { createReadStream, readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
    console.error('usage: node papaparse.mjs FILE');
    process.exit(2);
}
const email = new RegExp(readFileSync(new URL('./email-regex.txt', import.meta.url), 'utf8').trim());

const started = process.hrtime.bigint();
let records = 0;
let invalidEmails = 0;
let emailColumn = -1;
let errors = 0;
Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    step(result) {
        if (result.errors.length)
            errors += result.errors.length;
        const fields = result.data;
        if (records++ === 0) {
            emailColumn = fields.indexOf('email');
            return;
        }
        const value = fields[emailColumn];
        if (value === undefined || !email.test(value))
            ++invalidEmails;
    },
    complete() {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        console.log(JSON.stringify({ tool: 'papaparse', rows: records - 1, invalid_emails: invalidEmails, seconds,
                                     parse_errors: errors }));
    },
    error(err) {
        console.error(`papaparse: ${err}`);
        process.exit(1);
    },
});
