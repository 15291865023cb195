#!/usr/bin/env bash
# Run the test suite inside a private D-Bus session with an unlocked gnome-keyring, so the
# keyring tests talk to a real Secret Service. Extra arguments go to pytest.
#
# With no arguments the whole suite runs as two shards side by side, each with its own D-Bus
# session, keyring, home and temporary folder (the integration tests beside the rest). REFUNDDESK_TEST_SHARDS=1 runs it as one pytest instead.
# (A keyring that stopped answering in an early two-shard run was gnome-keyring dying under many
# concurrent D-Bus calls; infra/secrets.py now makes one keyring call at a time.)
# With arguments, one pytest runs exactly what was asked.
set -uo pipefail
cd "$(dirname "$0")/.."

# The integration tests (the chaos, workers and poison tests among them) spend most of their
# time waiting on the demo shop, SQLite, PostgreSQL and other processes: they run beside the
# GUI, unit, contract and packaging tests, which keep a core busy. Each shard took 7-9 minutes
# here when the split was three long files against all the rest (14 minutes for the rest).
LONG_TESTS=(
  tests/integration
)

# One pytest in a fresh home, D-Bus session and unlocked keyring; its exit code.
run_pytest() {
  (
    export QT_QPA_PLATFORM=offscreen
    export HOME="$(mktemp -d)"          # a throwaway login keyring, never the developer's own
    export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
    export XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$HOME/runtime"
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
    dbus-run-session -- bash -c '
      echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
      export REFUNDDESK_REAL_KEYRING=1
      .venv/bin/python -m pytest "$@"
    ' pytest-in-dbus "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    rc=$?
    if [ $rc -eq 5 ]; then
      echo "run-tests: pytest collected no tests. An empty run is not a pass: check the selection." >&2
      rc=1
    fi
    exit $rc
  )
}

if [ $# -gt 0 ] || [ "${REFUNDDESK_TEST_SHARDS:-2}" != "2" ]; then
  if [ $# -eq 0 ]; then set -- --durations=15; fi
  run_pytest "$@"
  exit $?
fi

logs="$(mktemp -d)"
echo "run-tests: the integration tests run beside the rest; their output follows the main run's."
# Each shard gets its own --basetemp: two pytest runs must not clean up each other's folders.
run_pytest -q --durations=15 --basetemp="$logs/tmp-long" "${LONG_TESTS[@]}" >"$logs/long.log" 2>&1 &
long_pid=$!
ignores=()
for t in "${LONG_TESTS[@]}"; do ignores+=("--ignore=$t"); done
run_pytest --durations=15 --basetemp="$logs/tmp-main" "${ignores[@]}" tests
main_rc=$?
wait "$long_pid"
long_rc=$?
echo
echo "=========================== integration tests (run beside) ==========================="
cat "$logs/long.log"
echo "run-tests: main shard exit $main_rc, long shard exit $long_rc"
rm -rf "$logs"
[ $main_rc -eq 0 ] && [ $long_rc -eq 0 ]
