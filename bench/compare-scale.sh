#!/usr/bin/env bash
# The cases of two bench/scale.sh runs side by side, as a Markdown table: each case's median at
# the small size, at the large size, and how many times slower it got. Cases are matched by area,
# who and address; numbers in an address (ids, page numbers) are read as "N" so that the same case
# at two sizes matches.
# Addresses are shown decoded (서울의 겨울 rather than %EC%84%9C...).
# Usage: bench/compare-scale.sh bench/results/scale-1000 bench/results/scale-100000
set -euo pipefail
small=${1:?the smaller run\'s folder}
large=${2:?the larger run\'s folder}

decode() { perl -pe 's/%([0-9A-Fa-f]{2})/chr(hex($1))/ge'; }

awk '
  function key(area, who, path) {
    gsub(/[0-9]+/, "N", path)
    return area " " who " " path
  }
  # Area and who first; median, slowest, status and size last; the case between (it may hold
  # spaces).
  function name(   i, s) {
    s = $3
    for (i = 4; i <= NF - 4; i++) s = s " " $i
    return s
  }
  FNR == 1 { file++; next }
  file == 1 { small[key($1, $2, name())] = $(NF - 3); next }
  {
    path = name()
    k = key($1, $2, path)
    median = $(NF - 3)
    ratio = (k in small && small[k] > 0) ? sprintf("%.1f×", median / small[k]) : "–"
    printf "| %s | %s | `%s` | %s | %s | %s | %s |\n", $1, $2, path, (k in small ? small[k] : "–"), median, ratio, $(NF - 1)
  }
  BEGIN {
    print "| area | who | case | ms, small | ms, large | large / small | status |"
    print "|---|---|---|---|---|---|---|"
  }
' <(decode <"$small/cases.txt") <(decode <"$large/cases.txt")
