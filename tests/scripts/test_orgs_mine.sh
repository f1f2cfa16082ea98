#!/bin/sh
# test_orgs_mine.sh -- scripts/orgs-mine.py on a text written for the test
# (no corpus): names after a kind of organisation counted, kept from three
# cues, acronyms after a body, and the filters (a name after "de", a listed
# place, a common word written in lower case, too few cues) leave out what
# they should.  Prints cmocka's summary lines, which tests/run.sh adds up.
cd "$(dirname "$0")/../.." || exit 1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/gaz"
printf 'Paul\n' > "$dir/gaz/firstname.txt"
printf 'Lyon\n' > "$dir/gaz/place.txt"
for i in 1 2 3; do
  cat >> "$dir/text.txt" <<'TXT'
Selon la société Zorbex, les ventes montent. Le fabricant suédois Zorbex recrute.
Hier, le quotidien Le Matin Vert a titré sur la grève.
Il soutient le parti de Paul Durand depuis longtemps.
Elle dirige la société Lyon depuis mars.
La Confédération des travailleurs du rail (CTR) appelle à la grève.
Hier, l'entreprise Bidule a vendu un bidule, puis le bidule et trois bidules.
TXT
done
printf 'On cite le groupe Orvane. On cite le groupe Orvane.\n' >> "$dir/text.txt"
want=$(printf 'CTR\nLe Matin Vert\nZorbex')
got=$(python3 scripts/orgs-mine.py --min 3 --cap 0.5 --gaz "$dir/gaz" "$dir/text.txt")
if [ "$got" = "$want" ]; then
  echo "[  PASSED  ] 1 test(s)."
else
  printf 'orgs-mine: got\n%s\nwanted\n%s\n' "$got" "$want"
  echo "[  FAILED  ] 1 test(s), listed below:"
  exit 1
fi
