#!/usr/bin/env bash
# Writes the malformed-input corpus of the fault suite into the folder given (made if missing).
# Every input is generated here from shell tools (printf, head, awk, gzip), so no binary file is
# committed. One input per name; the suite runs check, flags, summary and report on each.
# Usage: make-inputs.sh DIR
set -euo pipefail
dir=${1:?usage: make-inputs.sh DIR}
mkdir -p "$dir"
cd "$dir"

header='date,severity,bedtime,wake_time,awakenings,notes'
row() { printf '%s,5,23:00,07:00,1,%s\n' "$1" "${2:-}"; }
# n nights from a start date (GNU date), one row each
nights() {
  local start=$1 n=$2 i day
  for ((i = 0; i < n; i++)); do echo "$start + $i day"; done | date -u -f - +%F \
    | while read -r day; do row "$day" "${3:-}"; done
}
diary() { { echo "$header"; cat; } > "$1"; }

# --- empty and nearly empty
: > empty.csv
printf '\n' > only-newline.csv
printf '\n\n\n\r\n' > only-blank-lines.csv
echo "$header" > only-header.csv
printf '\xef\xbb\xbf' > only-bom.csv
printf '# name: Nobody\n# patient_id: X1\n' > only-metadata.csv
printf ',,,,\n,,,,\n' > only-commas.csv
printf '"' > one-quote.csv
printf 'date\n' > date-header-only.csv

# --- byte order marks and encodings
{ printf '\xef\xbb\xbf'; echo "$header"; nights 2024-01-01 5; } > bom-utf8.csv
{ printf '\xef\xbb\xbf\xef\xbb\xbf'; echo "$header"; nights 2024-01-01 5; } > bom-utf8-twice.csv
{ echo "$header"; printf '\xef\xbb\xbf'; nights 2024-01-01 5; } > bom-utf8-middle.csv
{ printf '\xff\xfe'; { echo "$header"; nights 2024-01-01 5; } | iconv -f UTF-8 -t UTF-16LE; } > bom-utf16le.csv
{ printf '\xfe\xff'; { echo "$header"; nights 2024-01-01 5; } | iconv -f UTF-8 -t UTF-16BE; } > bom-utf16be.csv
{ echo "$header"; nights 2024-01-01 5; } | iconv -f UTF-8 -t UTF-16LE > utf16le-no-bom.csv
{ printf '\xff\xfe\x00\x00'; { echo "$header"; nights 2024-01-01 3; } | iconv -f UTF-8 -t UTF-32LE; } > bom-utf32le.csv
{ printf '\xff\xfe'; echo "$header"; nights 2024-01-01 3; } > bom-utf16-but-utf8.csv
{ echo "$header"; row 2024-01-01 $'caf\xe9 cr\xe8me, jambes lourdes'; row 2024-01-02 $'\xe9'; } > latin1.csv
{ echo "$header"; row 2024-01-01 $'bad \xc3\x28 bytes \xa0\xa1'; row 2024-01-02 $'\xf8\x88\x80\x80\x80'; } > invalid-utf8.csv
{ echo "$header"; row 2024-01-01 $'overlong \xc0\xaf \xe0\x80\xaf'; } > overlong-utf8.csv
{ echo "$header"; row 2024-01-01 $'surrogate \xed\xa0\x80\xed\xbf\xbf'; } > surrogate-utf8.csv
{ echo "$header"; row 2024-01-01 $'\x93smart\x94 quotes \x96 dash'; } > windows-1252.csv
{ echo "$header"; row 2024-01-01 $'truncated at end \xe2\x82'; } | head -c -1 > truncated-utf8.csv

# --- binary and archives named .csv
printf '\x00\x00\x00\x00' > nul-only.csv
{ printf '\x00'; echo "$header"; nights 2024-01-01 3; } > nul-first.csv
{ echo "$header"; row 2024-01-01 "weak"; printf '2024-01-02,5,23:00,07:00,1,le\x00g\n'; } > nul-in-note.csv
{ echo "$header"; nights 2024-01-01 2000; printf '\x00'; } > nul-late.csv
head -c 65536 /dev/urandom > random-bytes.csv
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' > png.csv
printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n' > pdf.csv
printf '\x7fELF\x02\x01\x01\x00' > elf.csv
printf 'PK\x03\x04\x14\x00\x00\x00\x08\x00' > zip-header.csv
head -c 200000000 /dev/zero | gzip -9 > gzip-bomb.csv
{ echo "$header"; nights 2024-01-01 3; } | gzip > gzipped-diary.csv

# --- huge tokens and lines (about 10 MB each)
head -c 10000000 /dev/zero | tr '\0' 'a' > huge-token-no-newline.csv
{ echo "$header"; printf '2024-01-01,5,23:00,07:00,1,'; head -c 10000000 /dev/zero | tr '\0' 'w'; echo; nights 2024-01-02 3; } > huge-note-token.csv
{ echo "$header"; printf '2024-01-01,5,23:00,07:00,1,"'; head -c 2000000 /dev/zero | tr "\0" x | fold -w 7 | tr '\n' ' '; echo '"'; } > huge-note-words.csv  # 2 MB of words: the analysis reads every one
{ head -c 10000000 /dev/zero | tr '\0' 'h'; echo; nights 2024-01-01 3; } > huge-header.csv
{ echo "$header"; head -c 10000000 /dev/zero | tr '\0' ','; echo; } > huge-commas.csv
{ echo "$header"; printf '2024-01-01,'; head -c 10000000 /dev/zero | tr '\0' '9'; printf ',23:00,07:00,1,\n'; } > huge-number.csv
{ echo "$header"; head -c 10000000 /dev/zero | tr '\0' '7'; echo ',5,23:00,07:00,1,'; } > huge-date-cell.csv
{ printf '# name: '; head -c 10000000 /dev/zero | tr '\0' 'N'; echo; echo "$header"; nights 2024-01-01 3; } > huge-metadata.csv
awk 'BEGIN { printf "date"; for (i = 1; i < 100000; i++) printf ",c%d", i; print ""; printf "2024-01-01"; for (i = 1; i < 100000; i++) printf ",%d", i % 10; print "" }' > columns-100k.csv
{ echo "$header"; awk 'BEGIN { printf "2024-01-01"; for (i = 0; i < 100000; i++) printf ",x"; print "" }'; } > row-100k-cells.csv
awk 'BEGIN { for (i = 0; i < 100000; i++) print "# k" i ": v" }' > metadata-100k.csv
awk -v h="$header" 'BEGIN { for (i = 0; i < 100000; i++) print ""; print h; print "2024-01-01,5,23:00,07:00,1," }' > blank-lines-100k.csv
{ echo "$header"; awk 'BEGIN { for (i = 0; i < 400000; i++) print "2024-03-01,5,23:00,07:00,1,same night" }'; } > same-night-400k.csv

# --- quotes
{ echo "$header"; row 2024-01-01 '"never closed'; nights 2024-01-02 3; } > unterminated-quote.csv
{ echo "$header"; nights 2024-01-01 3; printf '2024-01-04,5,23:00,07:00,1,"open at the end'; } > unterminated-quote-eof.csv
{ echo "$header"; printf '2024-01-01,5,23:00,07:00,1,"'; head -c 1000000 /dev/zero | tr '\0' '"'; echo; } > nested-quotes-1m.csv
{ echo "$header"; printf '2024-01-01,5,23:00,07:00,1,'; head -c 200000 /dev/zero | tr '\0' '"'; printf 'x'; head -c 200000 /dev/zero | tr '\0' '"'; echo; } > quote-storm.csv
{ echo "$header"; printf '"2024-01-01","5"x,"23:00"",07:00,1,"a""b""c\n'; } > quotes-garbled.csv
{ echo "$header"; awk 'BEGIN { printf "2024-01-01,5,23:00,07:00,1,\""; for (i = 0; i < 100000; i++) printf "line %d\n", i; print "\"" }'; } > quoted-100k-lines.csv

# --- line endings and delimiters
{ echo "$header"; nights 2024-01-01 5; } | tr '\n' '\r' > cr-only.csv
{ echo "$header"; row 2024-01-01; printf '2024-01-02,5,23:00,07:00,1,\r\n2024-01-03,5,23:00,07:00,1,\r'; } > mixed-endings.csv
{ echo "date;severity;notes"; echo "2024-01-01,5;x;y;z"; echo "2024-01-02;5"; } > mixed-delimiters.csv
{ printf 'date\tseverity\tnotes\n'; printf '2024-01-01\t5\tok\n2024-01-02\t\t\t\t\t\n'; } > tabs.csv
printf 'date,date,severity,severity\n2024-01-01,2024-01-02,5,6\n' > duplicate-columns.csv
printf ',,,\n2024-01-01,5,,\n' > empty-column-names.csv
printf 'date,sev\x1b[31mred\x07,notes\x01\n2024-01-01,5,x\n' > control-header.csv

# --- dates
{ echo "$header"; row 1900-01-01; row 9999-12-31; } > dates-1900-9999.csv
{ echo "$header"; row 0001-01-01; nights 2024-01-01 5; } > year-0001.csv
{ echo "$header"; row 1899-12-31; nights 2024-01-01 5; } > year-1899.csv
{ echo "$header"; nights 2024-01-01 5; row 9999-12-31; } > year-9999.csv
{ echo "$header"; nights 2024-01-01 30; row 2062-01-31; } > year-2062-typo.csv
{ echo "$header"; nights 2024-01-01 30; row 2204-02-01; } > year-2204-typo.csv
{ echo "$header"; row 1024-01-01; nights 2024-01-02 30; } > year-1024-typo.csv
{ echo "$header"; row -0001-01-01; row +10000-01-01; nights 2024-01-01 3; } > year-signed.csv
{ echo "$header"; row 2024-02-30; row 2024-13-01; row 2024-00-10; row 2024-01-32; nights 2024-03-01 3; } > impossible-dates.csv
{ echo "$header"; row 01/02/03; row 99/99/99; row 12/31/1899; } > slash-dates.csv
{ echo "$header"; row $'\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa4-\xd9\xa0\xd9\xa1-\xd9\xa0\xd9\xa1'; row $'\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94-01-02'; nights 2024-01-03 3; } > unicode-digit-dates.csv
{ echo "$header"; nights 1990-01-01 10000; } > long-diary-10000-nights.csv
{ echo "$header"; row 1991-01-01 weak; row 1991-01-02; nights 2024-01-01 10 "left leg swollen"; } > long-gap-33-years.csv
{ echo "$header"; nights 2020-01-01 1500 "legs weak and numb, swelling of left leg, snoring and pauses"; } > flags-every-night-1500.csv
{ echo "$header"; row "$(date -u -d 'tomorrow + 3 day' +%F)"; nights 2024-01-01 5; } > future-date.csv

# --- values and text
{ echo "$header"; printf '2024-01-01,1e308,23:00,07:00,NaN,\n2024-01-02,-1,25:99,-07:00,-5,\n2024-01-03,99999999999999999999,23:00,07:00,Infinity,\n'; } > wild-numbers.csv
{ echo "$header"; row 2024-01-01 "$(printf '\xf0\x9f\xa6\xb5%.0s' {1..3000})"; nights 2024-01-02 2; } > emoji-note.csv
{ echo "$header"; row 2024-01-01 $'\xe2\x80\xaeweak legs\xe2\x80\xac \xe2\x80\x8bnumb\xe2\x80\x8b'; } > bidi-controls.csv
{ printf '# name: \x1b[2J\x1b[31mEvil\x1b]0;title\x07 Name\n# patient_id: =HYPERLINK("http://x")\n'; echo "$header"; row 2024-01-01 $'\x1b[2Jleg weakness \x1b[31m=cmd|calc'; row 2024-01-02 '=HYPERLINK("http://example.invalid","click") weak legs'; row 2024-01-03 '+1 leg numb'; row 2024-01-04 '@SUM(A1) left leg swollen'; } > escapes-and-formulas.csv
{ echo "$header"; awk 'BEGIN { printf "2024-01-01,5,23:00,07:00,1,\""; for (i = 0; i < 20000; i++) printf "my legs feel weak and numb tonight, "; print "\"" }'; } > long-note-words.csv
{ printf 'Date;Mood;Activities\n'; printf 'x;y;z\n%.0s' {1..50}; } > daylio-like-garbage.csv
printf 'date,type,name,amount\n2024-01-01,symptom,,\n,,,\nnot a date,mood,x,9999999999\n' > flaredown-like-garbage.csv
printf 'Start;End;Sleep quality\n;;\nfoo;bar;baz\n' > sleepcycle-like-garbage.csv

# --- not regular files and paths that cannot be read
mkdir -p directory.csv
rm -f fifo.csv; mkfifo fifo.csv
printf 'plain file\n' > not-a-dir
ln -sfn not-a-dir/x.csv parent-is-file.csv
ln -sfn loop-b.csv loop-a.csv; ln -sfn loop-a.csv loop-b.csv
ln -sfn symlink-loop.csv symlink-loop.csv
ln -sfn /nonexistent/diary.csv dangling-link.csv
ln -sfn /dev/zero dev-zero.csv
ln -sfn /dev/null dev-null.csv
{ echo "$header"; nights 2024-01-01 3; } > unreadable.csv; chmod 000 unreadable.csv
truncate -s 300M sparse-300mb.csv
{ echo "$header"; nights 2024-01-01 3; } > $'name-with-\x1b[31mescape.csv'
