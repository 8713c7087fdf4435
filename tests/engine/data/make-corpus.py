#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the nasty-file corpus of tests/engine/data (deterministic; every file < 20 KB).

Run from anywhere: python3 tests/engine/data/make-corpus.py
The files are committed; rerun this script only to change them, and commit both.
Files named *.expected.utf8 hold what the file next to them must decode to (BOM removed).
"""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def expected(name, text):
    write(name + ".expected.utf8", text.encode("utf-8"))


# --- Dialects and shapes (UTF-8) ------------------------------------------------------------------

write("utf8-bom-header.csv", "\ufeffid,name,email\r\n1,Zoë Faÿ,zoe@example.com\r\n2,Jürgen Groß,jg@example.de\r\n")
write("utf8-plain.csv", "id,name,city\n1,Ana,São Paulo\n2,Łukasz,Łódź\n3,Ødegaard,Tromsø\n")
write("semicolon.csv",
      "Kundennummer;Name;Umsatz;Notiz\r\n"
      "1001;Müller GmbH;1.234,50;\"Zahlung; bar\"\r\n"
      "1002;Schmidt, Peter;99,90;\r\n"
      "1003;\"Weber \"\"& Söhne\"\"\";12,00;Rabatt 3,5 %\r\n"
      "1004;Fischer;0,99;ok\r\n")
write("tab.tsv",
      "id\tname\tcomment\n"
      "1\tAlice\tlikes, commas\n"
      "2\tBob\t\"quoted\ttab\"\n"
      "3\tCarol\tsemi;colon\n"
      "4\tDan\tplain\n")
write("pipe.csv", "sku|title|price\nA-1|Widget, large|9.99\nA-2|Gadget|19.50\nA-3|\"Pipe | fitting\"|1.25\n")
write("excel-preamble.csv",
      "Contacts export;;;\r\n"
      "Generated: 2026-11-02 08:15;;;\r\n"
      ";;;\r\n"
      "\r\n"
      "first_name;last_name;email;phone\r\n"
      "Ana;Lima;ana@example.com;+55 11 5555 0101\r\n"
      "Ben;Okafor;ben@example.com;+234 1 555 0102\r\n"
      "Chloé;Martin;chloe@example.fr;+33 1 55 55 01 03\r\n"
      "Dev;Patel;dev@example.in;+91 22 5555 0104\r\n")
write("cr-only.csv", "id,name,note\r1,Ana,\"two\rlines\"\r2,Ben,one line\r3,Cy,\"x\"\r")
write("embedded-newlines.csv",
      "id,address,note\n"
      "1,\"12 Main St\nApt 4\nSpringfield\",\"said \"\"hello\"\"\"\n"
      "2,\"1 Rue de la Paix\r\nParis\",\n"
      "3,plain,\"\"\n")
write("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n")
write("trailing-delimiters.csv", "id,name,email,\n1,Ana,ana@example.com,\n2,Ben,ben@example.com,\n3,Cy,,\n")
write("quoted-mess.csv",
      "id, \"name\" ,note\n"
      "1, \"Smith, J\" ,\"a \"\"b\"\" c\"\n"
      "2,\"x\"y,plain\"quote\n")
write("header-only.csv", "id,name,email\r\n")
write("empty.csv", b"")
write("bom-only.csv", b"\xef\xbb\xbf")
write("blank-lines-only.csv", "\r\n\r\n\n")
write("single-column.csv", "email\nana@example.com\nben@example.com\ncy@example.com\n")

# --- Encodings ------------------------------------------------------------------------------------

# Text every Western encoding can carry.
western = "id,name,city\n1,José Núñez,Málaga\n2,Françoise Dürr,Genève\n3,Åsa Øberg,Malmö\n"
write("latin1.csv", western.encode("latin-1"))
expected("latin1.csv", western)

# Windows-1252 only: euro sign, smart quotes, dashes, ellipsis, Ÿ and œ (0x80-0x9F).
cp1252 = ("product;price;note\r\n"
          "Café crème;2,50 €;“best” in town – really…\r\n"
          "Œuvre;10 €;‘quoted’ — Ÿes\r\n"
          "Straße;3 €;naïve\r\n")
write("windows-1252.csv", cp1252.encode("cp1252"))
expected("windows-1252.csv", cp1252)

# ISO-8859-15 only: € at 0xA4, œ/Œ, Š/š, Ž/ž, Ÿ at their Latin-9 places.
latin9 = "name;amount\nŒdipe Šubic;5 €\nŽana Bœuf;7 €\nŸves Žižek;9 €\n"
write("iso-8859-15.csv", latin9.encode("iso-8859-15"))
expected("iso-8859-15.csv", latin9)

# UTF-16: with and without BOM, both byte orders, a character outside the BMP (surrogate pair).
utf16 = "id,name,note\r\n1,Zoë,😀 smile\r\n2,Jürgen,\"multi\r\nline\"\r\n3,Ана,кириллица\r\n"
write("utf16le-bom.csv", b"\xff\xfe" + utf16.encode("utf-16-le"))
write("utf16be-bom.csv", b"\xfe\xff" + utf16.encode("utf-16-be"))
write("utf16le-nobom.csv", utf16.encode("utf-16-le"))
write("utf16be-nobom.csv", utf16.encode("utf-16-be"))
for name in ("utf16le-bom.csv", "utf16be-bom.csv", "utf16le-nobom.csv", "utf16be-nobom.csv"):
    expected(name, utf16)
expected("utf8-bom-header.csv", "id,name,email\r\n1,Zoë Faÿ,zoe@example.com\r\n2,Jürgen Groß,jg@example.de\r\n")

# UTF-8 with undecodable bytes: a stray Latin-1 é on record 2 (line 3) and a truncated sequence
# at the very end of record 3.
write("invalid-utf8.csv", b"id,name\n1,ok\xc3\xa9\n2,caf\xe9 noir\n3,cut\xe2\x82\n")

# --- Not CSV --------------------------------------------------------------------------------------

buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("[Content_Types].xml", date_time=(2026, 11, 1, 0, 0, 0))
    z.writestr(info, '<?xml version="1.0"?><Types/>')
write("xlsx-renamed.csv", buffer.getvalue())
write("nul-bytes.csv", b"id,name\n1,Ana\n2,B\x00\x00en\n3,Cy\n")
write("pdf-renamed.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
