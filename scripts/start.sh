#!/bin/sh
# npm start: the bot's process as production runs it (package.json's prestart has built dist/).
# Arguments are node flags (the bench adds --cpu-prof this way): npm start -- --inspect
#
# The memory allocator. glibc's malloc keeps what the process freed in per-thread arenas, and
# this process has many threads (the embedded database's, V8's compilers, libuv's pool): about
# 100 MB of it after the bench's load on the embedded database. jemalloc gives freed memory
# back to the system within a second (dirty_decay_ms) and keeps two arenas: the same load
# ended at about 300 MB instead of 340-380 MB, and no slower (README, Performance). So jemalloc
# is used when the system has it (Debian and Ubuntu: apt-get install libjemalloc2), and glibc's
# malloc otherwise. TREFFPUNKT_MALLOC=system turns it off; an LD_PRELOAD already set is kept as
# it is. Both must be in the environment: .env is read by the app, after this choice.
set -eu

if [ "${TREFFPUNKT_MALLOC:-auto}" != "system" ] && [ -z "${LD_PRELOAD:-}" ]; then
  for lib in \
    /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 \
    /usr/lib/aarch64-linux-gnu/libjemalloc.so.2 \
    /usr/lib64/libjemalloc.so.2 \
    /usr/lib/libjemalloc.so.2 \
    /usr/local/lib/libjemalloc.so.2; do
    if [ -r "$lib" ]; then
      export LD_PRELOAD="$lib"
      export MALLOC_CONF="${MALLOC_CONF:-background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0,narenas:2}"
      break
    fi
  done
fi

# --max-old-space-size: without a bound V8 grows the heap lazily under load (README, Memory).
# The bundle is found from this script, so the working directory (DATA_DIR=./data) is the caller's.
exec node --max-old-space-size=160 "$@" "$(dirname "$0")/../dist/main.mjs"
