#!/bin/sh
# run.sh -- runs each test program given as an argument, shows its output,
# and closes with one line "N passed, N failed" adding up cmocka's counts
# (a program that crashes or prints no summary counts as one failure).
passed=0; failed=0
for t in "$@"; do
  log=$(mktemp)
  CMOCKA_MESSAGE_OUTPUT=stdout "$t" >"$log" 2>&1
  rc=$?
  cat "$log"
  p=$(sed -n 's/^\[  PASSED  \] \([0-9][0-9]*\) test(s)\..*/\1/p' "$log" | tail -1)
  f=$(sed -n 's/^\[  FAILED  \] \([0-9][0-9]*\) test(s), listed below:.*/\1/p' "$log" | tail -1)
  p=${p:-0}; f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "$t: exited with status $rc without a failure count"; f=1
  fi
  passed=$((passed + p)); failed=$((failed + f))
  rm -f "$log"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
