#!/usr/bin/env bash
# One-command org setup for trying Trust Ledger in a scratch org. Safe to re-run: every step
# checks what is already there (org, deployment, assignments, rep user) before acting.
#
#   tools/setup-org.sh [alias]            # default alias: trust-ledger
#   DEMO_DATA=data/demo tools/setup-org.sh  # load this export instead of a generated one
#   SKIP_DEMO_DATA=1 tools/setup-org.sh     # do not load demo records
#   SKIP_SCORING=1 tools/setup-org.sh       # stop before scoring
#
# Needs the Salesforce CLI (`sf`) logged in to a Dev Hub (`sf org login web --set-default-dev-hub`).
set -euo pipefail

cd "$(dirname "$0")/.."

ALIAS="${1:-trust-ledger}"
REP_ALIAS="${ALIAS}-rep"
DURATION_DAYS="${SCRATCH_DURATION_DAYS:-7}"

step() { printf '\n==> %s\n' "$*"; }

if ! command -v sf >/dev/null 2>&1; then
    echo "The Salesforce CLI (sf) is not installed: npm install --global @salesforce/cli" >&2
    exit 1
fi

step "Scratch org '${ALIAS}'"
if sf org display --target-org "${ALIAS}" >/dev/null 2>&1; then
    echo "Already exists; reusing it."
else
    sf org create scratch \
        --definition-file config/project-scratch-def.json \
        --alias "${ALIAS}" \
        --duration-days "${DURATION_DAYS}" \
        --set-default \
        --wait 20
fi

# Deploying unchanged source again is a no-op for the org, so this step is always safe.
step "Deploying force-app"
sf project deploy start --source-dir force-app --target-org "${ALIAS}" --wait 30

# `sf org assign permset` fails on an assignment that already exists; that is the one failure
# a re-run may meet, so it is tolerated and every other error still stops the script.
assign() {
    local target="$1"
    shift
    local output
    if output="$(sf org assign permset --target-org "${target}" "$@" 2>&1)"; then
        echo "${output}"
    elif grep -qi 'duplicate\|already' <<<"${output}"; then
        echo "Already assigned."
    else
        echo "${output}" >&2
        return 1
    fi
}

# In a scratch org the admin both configures Trust Ledger and runs the scorer, so it gets the
# admin set (which includes the user access) and the integration set the batch needs.
step "Permission sets for the admin user (configures the model, runs the scorer)"
assign "${ALIAS}" --name Trust_Ledger_Admin
assign "${ALIAS}" --name Trust_Ledger_Integration

# A second user with only the rep's access shows what least privilege looks like.
step "Sales rep user '${REP_ALIAS}' with Trust_Ledger_User"
if sf org display user --target-org "${REP_ALIAS}" >/dev/null 2>&1; then
    echo "Already exists."
else
    sf org create user \
        --target-org "${ALIAS}" \
        --set-alias "${REP_ALIAS}" \
        profileName='Standard User' \
        permsets='Trust_Ledger_User' ||
        echo "Could not create the rep user (a Developer scratch org has few licences); continuing." >&2
fi

# A synthetic org of 60 accounts, generated once as of the day the script first runs (so its
# renewals and cases are recent) and kept for later runs. The loader remaps record ids, writes
# stages that give the right IsWon/IsClosed, activates contracts after creating them, and keeps
# CreatedDate only if the admin may set audit fields (it says what is lost otherwise); history
# and milestone rows cannot be inserted and are skipped. Its id map in .trust-ledger/ makes a
# re-run add nothing.
if [[ "${SKIP_DEMO_DATA:-}" == "1" ]]; then
    step "Skipping demo data (SKIP_DEMO_DATA=1)"
else
    DEMO_FOLDER="${DEMO_DATA:-.trust-ledger/demo-org}"
    if [[ ! -f "${DEMO_FOLDER}/Account.csv" ]]; then
        step "Generating a demo org in ${DEMO_FOLDER}"
        npx trust-ledger demo-data --accounts 60 --out "${DEMO_FOLDER}" --as-of "$(date -u +%Y-%m-%d)"
    fi
    step "Loading ${DEMO_FOLDER} into '${ALIAS}'"
    npx trust-ledger demo-data load --from "${DEMO_FOLDER}" --target-org "${ALIAS}"
fi

if [[ "${SKIP_SCORING:-}" == "1" ]]; then
    step "Skipping scoring (SKIP_SCORING=1)"
    exit 0
fi

# Upserts by Key__c, so scoring again the same day updates receipts instead of adding more.
step "Scoring every account of '${ALIAS}'"
npx trust-ledger score --target-org "${ALIAS}"

step "Done"
echo "Open the org:  sf org open --target-org ${ALIAS} --path lightning/n/Trust_Ledger_Setup"
