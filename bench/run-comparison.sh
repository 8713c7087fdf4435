#!/usr/bin/env bash
# Issue 3 §6, side by side on one file: the engine's row index against `wc -l`, Godwit's full pass
# (`godwit validate`) against DuckDB's read_csv, with PapaParse and Python's csv module for
# context. Prints a Markdown table (median wall time of N runs, MB/s, peak RSS, rows, invalid
# e-mails), checks that every tool counts the same rows and says how the targets stand.
#
#   bench/run-comparison.sh [--rows N] [--runs N] [--build-dir DIR] [--skip-build]
#                           [--max-load L] [--wait-idle SECONDS]
#
# Defaults: 5,000,000 rows (bench/data/contacts-5m.csv, generated when missing), 3 runs,
# build-bench/ (Release). It installs what it needs and is missing: node, npm and python3 from
# bench/debian-packages.txt (not the project's list), the npm packages into bench/compare/
# node_modules (npm ci). Raw results: bench/data/comparison-<time>.jsonl and .md.
# --max-load: the 1-minute load average above which it warns (0.7); --wait-idle: wait up to
# that long for the load to fall below it before starting.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

rows=5000000
runs=3
build_dir=${GODWIT_BENCH_BUILD_DIR:-$top/build-bench}
skip_build=0
max_load=0.7
wait_idle=0
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) rows=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --skip-build) skip_build=1; shift ;;
        --max-load) max_load=$2; shift 2 ;;
        --wait-idle) wait_idle=$2; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run-comparison: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [ "$rows" = 5000000 ]; then data=$top/bench/data/contacts-5m.csv; else data=$top/bench/data/contacts-$rows.csv; fi
say() { echo "run-comparison: $*" >&2; }

# --- what the comparison needs beyond the project's own packages ---
missing=()
while read -r pkg; do
    [ -n "$pkg" ] || continue
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    # node and npm may come from elsewhere (nodesource bundles npm): a command on PATH is enough.
    case "$pkg" in nodejs) command -v node >/dev/null && continue ;; npm) command -v npm >/dev/null && continue ;; esac
    [ "$status" = installed ] || missing+=("$pkg")
done < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$top/bench/debian-packages.txt")
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (bench only)"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3 # Debian's, not whatever shim is first on PATH

if [ "$skip_build" = 0 ]; then
    say "building godwit-bench-gen godwit-bench-csv godwit in $build_dir (Release)"
    cmake -S "$top" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build_dir" -j2 --target godwit-bench-gen godwit-bench-csv >/dev/null
    # The console links the whole tree: work in progress elsewhere may not build. Say so and go on
    # with the last good binary (or without the godwit rows).
    if ! cmake --build "$build_dir" -j2 --target godwit >"$build_dir/godwit-build.log" 2>&1; then
        say "WARNING: could not build godwit (see $build_dir/godwit-build.log)"
        [ -x "$build_dir/bin/godwit" ] && say "WARNING: measuring the previous $build_dir/bin/godwit"
    fi
fi
bin=$build_dir/bin

if [ ! -d "$top/bench/compare/node_modules/@duckdb/node-api" ] || [ ! -d "$top/bench/compare/node_modules/papaparse" ]; then
    say "installing the npm packages into bench/compare/node_modules"
    # npm 11's `ci` refuses this lock file (it wants entries for other platforms' optional DuckDB
    # bindings, which its own `install` does not write into it); `install` then takes the same
    # versions from the same lock.
    (cd "$top/bench/compare" && { npm ci --no-audit --no-fund --loglevel=error 2>/dev/null ||
        npm install --no-audit --no-fund --loglevel=error; })
fi

if [ ! -s "$data" ]; then
    say "generating $data ($rows rows)"
    mkdir -p "$(dirname "$data")"
    "$bin/godwit-bench-gen" --rows "$rows" "$data.tmp"
    mv "$data.tmp" "$data"
fi

# --- conditions ---
load1() { cut -d' ' -f1 /proc/loadavg; }
waited=0
while awk -v l="$(load1)" -v m="$max_load" 'BEGIN { exit !(l > m) }' && [ "$waited" -lt "$wait_idle" ]; do
    [ "$waited" = 0 ] && say "load $(load1) > $max_load: waiting up to ${wait_idle}s for it to fall"
    sleep 15
    waited=$((waited + 15))
done
if awk -v l="$(load1)" -v m="$max_load" 'BEGIN { exit !(l > m) }'; then
    say "WARNING: load average $(load1) > $max_load — other work is running, figures will be slow"
fi

say "warming the page cache"
cat "$data" >/dev/null
cat "$data" >/dev/null
if command -v fincore >/dev/null; then fincore "$data" >&2 || true; fi

stamp=$(date +%Y%m%d-%H%M%S)
results=$top/bench/data/comparison-$stamp.jsonl
: >"$results"
measure() { # tool run command...
    local tool=$1 run=$2
    shift 2
    "$python" "$top/bench/compare/measure.py" --timeout 1800 -- "$@" |
        "$python" -c 'import json, sys; d = json.load(sys.stdin); d.update(tool=sys.argv[1], run=int(sys.argv[2]), status=sys.argv[3]); print(json.dumps(d))' \
            "$tool" "$run" "${status:-ok}" >>"$results"
}

# Godwit's headless commands must never reach the GUI: without a display the GUI fails at once.
headless=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
declare -A cmd=(
    [wc]="wc -l $data"
    [index]="$bin/godwit-bench-csv $data --threads 2 --index-only"
    [inspect]="${headless[*]} $bin/godwit inspect $data --json"
    [validate]="${headless[*]} $bin/godwit validate $data --template contacts --json"
    [duckdb]="node $top/bench/compare/duckdb.mjs $data --threads 2"
    [papaparse]="node $top/bench/compare/papaparse.mjs $data"
    [python]="$python $top/bench/compare/python_csv.py $data"
)
order=(wc index inspect validate duckdb papaparse python)

# Is `godwit validate` there yet? One untimed run decides (and warms it up).
probe=$(mktemp)
if [ -x "$bin/godwit" ]; then
    # shellcheck disable=SC2086 # a word list without spaces in it
    "$python" "$top/bench/compare/measure.py" --timeout 1800 -- ${cmd[validate]} >"$probe"
    validate_status=$("$python" "$top/bench/compare/report.py" validate-status "$probe")
else
    validate_status="unavailable: godwit is not built"
    order=(wc index validate duckdb papaparse python)
fi
rm -f "$probe"
case "$validate_status" in
    ok) ;;
    unavailable*) say "godwit validate: not available yet (${validate_status#unavailable: })" ;;
    *) say "godwit validate: ${validate_status}" ;;
esac

for run in $(seq 1 "$runs"); do
    echo "{\"tool\": \"load\", \"load\": \"$(load1)\"}" >>"$results"
    for tool in "${order[@]}"; do
        status=ok
        if [ "$tool" = validate ] && [ "$validate_status" != ok ]; then
            [ "$run" = 1 ] || continue
            case "$validate_status" in unavailable*) status="not available yet" ;; *) status=$validate_status ;; esac
            echo "{\"tool\": \"validate\", \"run\": 1, \"status\": $("$python" -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$status"), \"exit\": 2, \"stdout\": \"\", \"stderr\": \"\"}" >>"$results"
            continue
        fi
        say "run $run/$runs: $tool"
        # shellcheck disable=SC2086 # the commands are word lists without spaces in them
        measure "$tool" "$run" ${cmd[$tool]}
    done
done

{
    echo "## Comparison, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/ {print $2}') GB RAM;" \
        "$(uname -sr); node $(node --version); $("$python" --version)"
    echo
    check=0
    "$python" "$top/bench/compare/report.py" table "$results" --file "$data" --rows "$rows" || check=$?
    echo
    echo "Commands (from $top, build dir $build_dir):"
    for tool in "${order[@]}"; do echo "- $tool: \`${cmd[$tool]//$top\//}\`"; done
    exit "$check"
} | tee "${results%.jsonl}.md" || check=$?
say "raw results: $results"
[ "${check:-0}" = 0 ] || say "the row or e-mail counts disagree (see the warnings above)"
exit "${check:-0}"
