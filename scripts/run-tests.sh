#!/usr/bin/env bash
# Run the whole test suite inside a private D-Bus session with an unlocked gnome-keyring,
# so the keyring tests talk to a real Secret Service. Extra arguments go to pytest.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export HOME="$(mktemp -d)"          # a throwaway login keyring, never the developer's own
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$HOME/runtime"; mkdir -p -m 700 "$XDG_RUNTIME_DIR"

dbus-run-session -- bash -c '
  echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  export REFUNDDESK_REAL_KEYRING=1
  .venv/bin/python -m pytest "$@"
' pytest-in-dbus "$@" 2> >(grep -v "Failed to set fd limit" >&2)
rc=$?
if [ $rc -eq 5 ]; then
  echo "run-tests: pytest collected no tests. An empty run is not a pass: check the selection." >&2
  exit 1
fi
exit $rc
