# Shared by the gate scripts: `source .ci/gate-lib.sh` after setting GATE (the name printed in
# messages, e.g. "ner gate") and BASELINE (a properties file of KEY=VALUE lines).

# the value of KEY in the baseline file; exits 2 when it is missing
baseline() {
  local value
  value=$(sed -n "s/^$1=//p" "$BASELINE" | tr -d '[:space:]')
  if [ -z "$value" ]; then
    echo "$GATE: no $1 in $BASELINE" >&2
    exit 2
  fi
  echo "$value"
}
