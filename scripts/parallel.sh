#!/bin/sh
# Runs each argument as a shell command, all at once, and fails if any of them failed. Used by
# `npm run check` and `npm run lint`, whose parts are independent single-threaded tools: on CI's
# two cores they finish in the time of the longest instead of the sum. Each command's output is
# printed whole when it ends, in the order given, so that logs do not interleave.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
i=0
for command in "$@"; do
  i=$((i + 1))
  (sh -c "$command" >"$dir/$i.out" 2>&1; echo $? >"$dir/$i.code") &
done
wait
failed=0
i=0
for command in "$@"; do
  i=$((i + 1))
  echo "> $command"
  cat "$dir/$i.out"
  code=$(cat "$dir/$i.code")
  if [ "$code" != 0 ]; then
    echo "(exit $code)"
    failed=1
  fi
done
exit $failed
