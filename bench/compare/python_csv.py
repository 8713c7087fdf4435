#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Python's csv module (stdlib only) over the contacts file: data rows and invalid e-mails.

Prints {tool, rows, invalid_emails, seconds}. Issue 3 §6; see bench/README.md.

    python3 bench/compare/python_csv.py bench/data/contacts-5m.csv
"""
import csv
import json
import pathlib
import re
import sys
import time


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python_csv.py FILE", file=sys.stderr)
        return 2
    pattern = (pathlib.Path(__file__).with_name("email-regex.txt")).read_text().strip()
    email = re.compile(pattern)
    started = time.perf_counter()
    rows = invalid = 0
    # newline="" lets the csv module see the CR LF and the line breaks inside quoted notes.
    with open(sys.argv[1], newline="", encoding="utf-8", buffering=1 << 20) as f:
        reader = csv.reader(f)  # excel dialect: ',' '"' and "" inside quotes
        header = next(reader)
        column = header.index("email")
        match = email.fullmatch
        for record in reader:
            rows += 1
            if column >= len(record) or not match(record[column]):
                invalid += 1
    seconds = time.perf_counter() - started
    print(json.dumps({"tool": "python-csv", "rows": rows, "invalid_emails": invalid, "seconds": seconds}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
