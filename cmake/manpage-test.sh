#!/bin/sh
# Checks that jxlint(1) has not drifted from the program it documents.
# Usage: manpage-test.sh JXLINT SOURCE_DIR PAGE   (PAGE: jxlint.1 or jxlint.1.gz)
#
# The options and subcommands are generated from the binary's help (cmake/manpage.sh), so
# this checks that help2man understood that help, and that the hand-written parts
# (docs/jxlint.h2m) still tell the truth:
#   - the version in the page is the binary's;
#   - every option of jxlint --help has its paragraph in OPTIONS, and every subcommand its
#     line in SYNOPSIS and its subsection in SUBCOMMANDS;
#   - every --option the page mentions anywhere exists;
#   - EXIT STATUS lists exactly the codes of docs/output.md's exit status table;
#   - ENVIRONMENT lists exactly the variables the sources read with getenv;
#   - every rule named in a "jxlint explain RULE" example exists;
#   - man renders the page without a warning (as lintian checks it), when man is installed.
set -eu
jxlint=$1
src=$2
page=$3

failures=0
fail() { echo "jxlint.1: $*" >&2; failures=$((failures + 1)); }

roff=$(mktemp)
trap 'rm -f "$roff" "$roff.err"' EXIT
case "$page" in
  *.gz) gzip -dc "$page" >"$roff" ;;
  *) cat "$page" >"$roff" ;;
esac

# The lines of one section (.SH NAME up to the next .SH).
section() { awk -v name="$1" '/^\.SH /{ s = $0; sub(/^\.SH "?/, "", s); sub(/"$/, "", s); on = (s == name); next } on' "$roff"; }
# An option or name as roff writes it: "--files-from" -> "\-\-files\-from".
as_roff() { printf '%s\n' "$1" | sed 's/-/\\-/g'; }

# The version.
version=$("$jxlint" --version)
grep -q "^\\.TH JXLINT \"1\" \"[^\"]*\" \"$version\"" "$roff" || fail "the .TH line does not name \"$version\""

# Every option, in bold, in the tag of its own paragraph of OPTIONS (a description that
# help2man misread would be run into the tag).
tags=$(section OPTIONS | awk 'prev == ".TP" { print } { prev = $0 }')
known=""
for name in $("$jxlint" --help | sed -n '/^Options:/,/^$/ s/^  \(-[^ ]*\).*/\1/p' | tr ',' ' '); do
  known="$known $name"
  printf '%s\n' "$tags" | grep -qF "\\fB$(as_roff "$name")\\fR" ||
    fail "OPTIONS has no paragraph for $name (jxlint --help has it)"
done
[ -n "$known" ] || fail "found no option in jxlint --help"

# Every subcommand, in SYNOPSIS and in SUBCOMMANDS.
subcommands=$("$jxlint" --help | sed -n '/^Subcommands:/,$ s/^  \([a-z][a-z0-9-]*\) .*/\1/p')
[ -n "$subcommands" ] || fail "found no subcommand in jxlint --help"
for sub in $subcommands; do
  section SYNOPSIS | grep -qx "\\.B jxlint $sub" || fail "SYNOPSIS lacks jxlint $sub"
  section SUBCOMMANDS | grep -q "^\\.SS \"jxlint ${sub}[ \"]" || fail "SUBCOMMANDS lacks jxlint $sub"
done
for sub in $(section SUBCOMMANDS | sed -n 's/^\.SS "jxlint \([^ "]*\).*/\1/p'); do
  # shellcheck disable=SC2086 # one subcommand a line
  printf '%s\n' $subcommands | grep -qx "$sub" || fail "SUBCOMMANDS has jxlint $sub, which jxlint --help does not list"
done

# A subcommand's own options (checks --markdown …) are known too.
for sub in $subcommands; do
  for name in $("$jxlint" "$sub" --help 2>/dev/null | sed -n 's/^ *\(-[a-zA-Z0-9],\)\{0,1\}\(--[a-z0-9-]*\).*/\2/p'); do
    known="$known $name"
  done
done

# Every --option the page mentions, in the prose and the examples too, exists.
for name in $(grep -o '\\-\\-[a-z0-9]\+\(\\-[a-z0-9]\+\)*' "$roff" | sed 's/\\-/-/g' | sort -u); do
  case " $known " in *" $name "*) ;; *) fail "mentions $name, which jxlint --help does not list" ;; esac
done

# EXIT STATUS: the codes of docs/output.md.
documented=$(sed -n '/^## Exit status/,/^## [^E]/ s/^| \([0-9]\{1,\}\) |.*/\1/p' "$src/docs/output.md" | sort -n | tr '\n' ' ')
in_page=$(section "EXIT STATUS" | awk 'prev == ".TP" && /^\.B [0-9]+$/ { print $2 } { prev = $0 }' | sort -n | tr '\n' ' ')
[ -n "$documented" ] || fail "found no exit status in docs/output.md"
[ "$documented" = "$in_page" ] || fail "EXIT STATUS lists [ $in_page] but docs/output.md [ $documented]"

# ENVIRONMENT: the variables the sources read.
read_by_sources=$(grep -rhoE 'getenv\("[A-Za-z_][A-Za-z0-9_]*"\)' "$src/src" | sed 's/.*("\(.*\)")/\1/' | sort -u | tr '\n' ' ')
in_page=$(section ENVIRONMENT | awk 'prev == ".TP" && /^\.B / { print $2 } { prev = $0 }' | sort -u | tr '\n' ' ')
[ "$read_by_sources" = "$in_page" ] || fail "ENVIRONMENT lists [ $in_page] but the sources read [ $read_by_sources]"

# Rules named in examples exist.
for rule in $(grep -o 'jxlint explain [a-z0-9]\+\(\\-[a-z0-9]\+\)*' "$roff" | sed -e 's/.* //' -e 's/\\-/-/g' | sort -u); do
  "$jxlint" explain "$rule" >/dev/null 2>&1 || fail "names the rule $rule, which jxlint explain does not know"
done

# man renders it without a warning, as lintian runs it.
if command -v man >/dev/null 2>&1; then
  LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" >/dev/null 2>"$roff.err" ||
    fail "man could not render it"
  if [ -s "$roff.err" ]; then
    fail "man warns: $(cat "$roff.err")"
  fi
else
  echo "manpage-test: man is not installed; rendering not checked" >&2
fi

if [ "$failures" -gt 0 ]; then
  echo "jxlint.1: $failures problem(s); see docs/jxlint.h2m and cmake/manpage.sh" >&2
  exit 1
fi
echo "jxlint.1: matches $version (options, subcommands, exit status, environment)"
