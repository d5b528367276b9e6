#!/bin/bash
# Dockyard's performance figures in one table, measured on the PACKAGED app and the local engine.
#
#   src/test/bench/figures.sh [idle|memory|startup|events|all]     (default: all)
#
#   idle     idle CPU (% of one core, from /proc/<pid>/stat ticks) of the app and of its Xvfb over
#            IDLE_SECONDS after SETTLE_SECONDS, and VmRSS/VmHWM, for three yards: the demo yard
#            with its restarting container, the demo yard with nothing restarting, and
#            FILL_CONTAINERS created containers of FILL_IMAGES images
#   memory   VmRSS and VmHWM only, for the same three yards (no CPU window)
#   startup  first frame of Dockyard and of the floor (a bare AtlantaFX window on the same
#            runtime, io.dockyard.app.FloorWindow), alternating, median of STARTUP_RUNS, and
#            their ratio; live yard with the demo yard and with LIVE_CONTAINERS containers
#   events   event-to-pixel: EVENT_RATE pause/unpause events a second for EVENT_SECONDS, read by
#            the app (-Ddockyard.timing.events=true) and by `docker events` side by side, joined
#            on (timeNano, id, action): p50/p90/p99/max of app − engine, docker events − engine
#            and app − docker events, and how many each saw
#   all      all four (idle already gives the memory figures)
#
# Settings (environment): LAUNCHER (default target/jpackage/image/Dockyard/bin/Dockyard, from
# `mvn -Ppackage package`), SETTLE_SECONDS=20 IDLE_SECONDS=60 FILL_CONTAINERS=1000 FILL_IMAGES=50
# STARTUP_RUNS=10 LIVE_CONTAINERS=500 LIVE_IMAGES=50 EVENT_RATE=200 EVENT_SECONDS=30
# EVENT_CONTAINERS=20 ENGINE_LOCK=/tmp/dockyard-engine.lock (held while many containers are
# made or removed and while the event load runs; empty for none).
#
# The demo yard (src/demo/demo-yard.sh) is brought up only if it is not up already, and then taken
# down at the end; its restarting container `crashloop` is stopped for the "nothing restarting"
# yard and started again with its policy afterwards. The load comes from io.dockyard.bench.EventLoad
# (test code; compile it with the package build), labelled dockyard.bench=<run id>. On exit or
# Ctrl-C everything this script started (app, floor, Xvfb, docker events, load) is stopped and
# what it made is removed; nothing else is touched. Needs: Xvfb, docker CLI, java (17) on PATH.
set -euo pipefail
here=$(cd "$(dirname "$0")/../../.." && pwd)
section=${1:-all}
case "$section" in idle|memory|startup|events|all) ;; *) echo "usage: $0 [idle|memory|startup|events|all]"; exit 2 ;; esac
launcher=${LAUNCHER:-$here/target/jpackage/image/Dockyard/bin/Dockyard}
[ -x "$launcher" ] || { echo "no launcher at $launcher: build with mvn -B -Ppackage package -DskipTests"; exit 2; }
image=$(cd "$(dirname "$launcher")/.." && pwd)
runtime_java=$image/lib/runtime/bin/java
java_options=$(sed -n 's/^java\.options=//p' "$here/jlink.properties")
[ -f "$here/target/test-classes/io/dockyard/bench/EventLoad.class" ] \
  || { echo "no test classes in target/test-classes: build with mvn -B -Ppackage package -DskipTests"; exit 2; }
load_cp="$here/target/test-classes:$image/lib/app/*"
floor_cp="$here/target/test-classes:$(ls "$image"/lib/app/atlantafx-base-*.jar):$(ls "$image"/lib/app/dockyard-*.jar)"
SETTLE_SECONDS=${SETTLE_SECONDS:-20} IDLE_SECONDS=${IDLE_SECONDS:-60}
FILL_CONTAINERS=${FILL_CONTAINERS:-1000} FILL_IMAGES=${FILL_IMAGES:-50}
STARTUP_RUNS=${STARTUP_RUNS:-10} LIVE_CONTAINERS=${LIVE_CONTAINERS:-500} LIVE_IMAGES=${LIVE_IMAGES:-50}
EVENT_RATE=${EVENT_RATE:-200} EVENT_SECONDS=${EVENT_SECONDS:-30} EVENT_CONTAINERS=${EVENT_CONTAINERS:-20}
ENGINE_LOCK=${ENGINE_LOCK-/tmp/dockyard-engine.lock}
run=figures-$$-$(date +%s)
ticks=$(getconf CLK_TCK)
work=$(mktemp -d)
rows=$work/rows

# --- what this script started, and taking it all down again -------------------------------------
started=()           # pids of everything started here, stopped at exit
xvfb_pid="" app_pid="" demo_ours="" crashloop_stopped="" loads=0
say() { echo "figures: $*" >&2; }
row() { printf '%-58s %s\n' "$1" "$2" >>"$rows"; }

stop_pid() {  # stop_pid PID [SECONDS]: TERM, then KILL after SECONDS (default 5); only our own pids
  local pid=$1 limit=${2:-5}
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq $((limit * 10))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local i
  exec 9>&-   # a lock held when the script was stopped: the removals below take it afresh
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do stop_pid "${started[i]}" 60; done  # newest first; a load removes what it made on TERM
  for i in $(seq 0 $((loads - 1))); do remove_label "dockyard.bench=$run-$i"; done  # if a load was killed
  if [ -n "$crashloop_stopped" ]; then docker update --restart=always crashloop >/dev/null 2>&1 && docker start crashloop >/dev/null 2>&1 || true; fi
  if [ -n "$demo_ours" ]; then "$here/src/demo/demo-yard.sh" down >&2 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

remove_label() {  # what a load made, in case it could not remove it itself
  local ids
  ids=$(docker ps -aq --filter "label=$1" 2>/dev/null || true)
  [ -z "$ids" ] || { locked docker rm -f $ids >/dev/null 2>&1 || true; }
  ids=$(docker images -q --filter "label=$1" 2>/dev/null | sort -u || true)
  [ -z "$ids" ] || docker rmi -f $ids >/dev/null 2>&1 || true
}

locked() {  # locked CMD...: runs CMD holding the engine lock (others' engine tests wait meanwhile)
  if [ -n "$ENGINE_LOCK" ]; then flock "$ENGINE_LOCK" "$@"; else "$@"; fi
}

# lock_engine / unlock_engine: hold the engine lock on fd 9 across several steps; what is started
# meanwhile is started with 9>&- so that it does not keep the lock
lock_engine() { [ -z "$ENGINE_LOCK" ] || { exec 9>"$ENGINE_LOCK"; flock 9; }; }
unlock_engine() { [ -z "$ENGINE_LOCK" ] || { flock -u 9; exec 9>&-; }; }

forget() {  # forget PID: it has ended
  local kept=() p
  for p in "${started[@]}"; do [ "$p" = "$1" ] || kept+=("$p"); done
  started=("${kept[@]}")
}

# --- the display, the app, the floor ----------------------------------------------------------
start_xvfb() {
  [ -z "$xvfb_pid" ] || return 0
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
  xvfb_pid=$!; started+=("$xvfb_pid")
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -n1 "$work/display")"
  mkdir -p "$work/config"
  export XDG_CONFIG_HOME="$work/config"   # default settings each time, no trace in ~/.config
}

# start_app OUT [JAVA OPTIONS...]: the packaged app with timing lines on, stdout to OUT
start_app() {
  local out=$1; shift
  rm -rf "$work/config/dockyard"
  JAVA_TOOL_OPTIONS="-Ddockyard.timing=true $*" "$launcher" >"$out" 2>"$out.err" &
  app_pid=$!; started+=("$app_pid")
}

stop_app() {
  [ -n "$app_pid" ] || return 0
  stop_pid "$app_pid"; forget "$app_pid"; app_pid=""
}

# wait_line FILE PREFIX SECONDS: prints the last word of the first line starting with PREFIX
wait_line() {
  local line
  for _ in $(seq $(($3 * 10))); do
    line=$(grep -m1 "^$2" "$1" 2>/dev/null || true)
    [ -n "$line" ] && { echo "${line##* }"; return 0; }
    sleep 0.1
  done
  echo -
}

cpu_ticks() { local s; s=$(cat "/proc/$1/stat"); s=${s##*) }; set -- $s; echo $(( ${12} + ${13} )); }
status_kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }
mb() { awk -v kb="$1" 'BEGIN {printf "%.0f MB", kb / 1024}'; }

# median VALUES...: of the numeric ones, or "-"
median() {
  printf '%s\n' "$@" | grep -E '^[0-9]+$' | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'
}

engine_counts() { echo "$(docker ps -aq | wc -l) containers, $(docker images -q | sort -u | wc -l) images on the engine"; }

# --- the yards ------------------------------------------------------------------------------------
demo_up() {
  if [ -z "$(docker ps -aq --filter label=dockyard.demo=yard)" ]; then
    say "bringing the demo yard up (taken down at the end)"
    demo_ours=1
    locked "$here/src/demo/demo-yard.sh" up >&2
  fi
}

crashloop_off() {
  docker container inspect crashloop >/dev/null 2>&1 || { say "the demo yard has no crashloop container"; return; }
  crashloop_stopped=1
  docker update --restart=no crashloop >/dev/null
  docker stop -t 1 crashloop >/dev/null
}

crashloop_on() {
  [ -n "$crashloop_stopped" ] || return 0
  docker update --restart=always crashloop >/dev/null
  docker start crashloop >/dev/null
  crashloop_stopped=""
}

restarts() { docker inspect -f '{{.RestartCount}}' crashloop 2>/dev/null || echo -; }

# fill_start CONTAINERS IMAGES: made containers and images held by a load until fill_stop
fill_start() {
  local label=$run-$loads
  loads=$((loads + 1))
  say "making $1 containers of $2 images (label dockyard.bench=$label)"
  lock_engine
  java -cp "$load_cp" io.dockyard.bench.EventLoad fill containers="$1" images="$2" run="$label" \
    >"$work/fill.out" 2>&1 9>&- &
  fill_pid=$!; started+=("$fill_pid")
  while ! grep -qs "^eventload: ready" "$work/fill.out"; do
    kill -0 "$fill_pid" 2>/dev/null || { cat "$work/fill.out" >&2; say "the load failed"; exit 1; }
    sleep 0.5
  done
  unlock_engine
}

fill_stop() {
  say "removing the load"
  lock_engine
  stop_pid "$fill_pid" 600; forget "$fill_pid"
  unlock_engine
}

# --- idle and memory --------------------------------------------------------------------------
# yard_figures NAME WITH_CPU: starts the app on the engine as it is, lets it settle, measures
yard_figures() {
  local name=$1 with_cpu=$2 live a0 x0 a1 x1 r0
  start_xvfb
  start_app "$work/app.out"
  live=$(wait_line "$work/app.out" "dockyard: live " 120)
  [ "$live" != - ] || say "$name: the app showed no live yard within 120 s"
  sleep "$SETTLE_SECONDS"
  if [ "$with_cpu" = 1 ]; then
    r0=$(restarts); a0=$(cpu_ticks "$app_pid"); x0=$(cpu_ticks "$xvfb_pid")
    sleep "$IDLE_SECONDS"
    a1=$(cpu_ticks "$app_pid"); x1=$(cpu_ticks "$xvfb_pid")
    row "idle CPU, $name: app" "$(awk -v t=$((a1 - a0)) -v hz="$ticks" -v s="$IDLE_SECONDS" 'BEGIN {printf "%.1f %% of one core", 100 * t / hz / s}')"
    row "idle CPU, $name: Xvfb" "$(awk -v t=$((x1 - x0)) -v hz="$ticks" -v s="$IDLE_SECONDS" 'BEGIN {printf "%.1f %% of one core", 100 * t / hz / s}')"
    [ "$name" != "demo yard, restarting" ] || row "  crashloop restarts in those $IDLE_SECONDS s" "$(( $(restarts) - r0 ))"
  fi
  row "memory, $name: VmRSS / VmHWM" "$(mb "$(status_kb "$app_pid" VmRSS)") / $(mb "$(status_kb "$app_pid" VmHWM)")"
  row "  ($name)" "$(engine_counts); after ${SETTLE_SECONDS} s settling$([ "$with_cpu" = 1 ] && echo ", CPU over $IDLE_SECONDS s")"
  stop_app
}

idle_and_memory() {  # idle_and_memory WITH_CPU
  demo_up
  yard_figures "demo yard, restarting" "$1"
  crashloop_off
  yard_figures "demo yard, nothing restarting" "$1"
  fill_start "$FILL_CONTAINERS" "$FILL_IMAGES"
  yard_figures "$FILL_CONTAINERS created containers of $FILL_IMAGES images" "$1"
  fill_stop
  crashloop_on
}

# --- start-up ---------------------------------------------------------------------------------
# one_start KIND: one cold start of the app or the floor; sets first_frame and live to the
# milliseconds the process printed (from its own start), "-" when it printed none
one_start() {
  local out=$work/start.out
  if [ "$1" = app ]; then
    start_app "$out"
    first_frame=$(wait_line "$out" "dockyard: first-frame " 60)
    live=$(wait_line "$out" "dockyard: live " 60)
  else
    rm -f "$out"
    # shellcheck disable=SC2086 # java.options is a space-separated list, as jpackage splits it
    "$runtime_java" $java_options -cp "$floor_cp" io.dockyard.app.FloorWindow >"$out" 2>"$out.err" &
    app_pid=$!; started+=("$app_pid")
    first_frame=$(wait_line "$out" "dockyard: first-frame " 60)
    live=-
  fi
  stop_app
  sleep 1
}

startup() {
  local ff fr i first_frame live
  local -a AF AL FF
  demo_up
  start_xvfb
  say "start-up: $STARTUP_RUNS runs each of Dockyard and the floor, alternating"
  for i in $(seq "$STARTUP_RUNS"); do
    one_start app; AF+=("$first_frame"); AL+=("$live")
    one_start floor; FF+=("$first_frame")
    say "run $i: Dockyard first-frame ${AF[-1]} live ${AL[-1]}, floor first-frame $first_frame"
  done
  ff=$(median "${AF[@]}"); fr=$(median "${FF[@]}")
  row "first frame, Dockyard (median of $STARTUP_RUNS)" "$ff ms"
  row "first frame, floor: bare AtlantaFX window (median of $STARTUP_RUNS)" "$fr ms"
  row "  ratio Dockyard / floor" "$(awk -v a="$ff" -v b="$fr" 'BEGIN {if (a ~ /^[0-9]+$/ && b ~ /^[0-9]+$/ && b > 0) printf "%.2f", a / b; else print "-"}')"
  row "live yard, demo yard (median of $STARTUP_RUNS)" "$(median "${AL[@]}") ms   ($(engine_counts))"
  fill_start "$LIVE_CONTAINERS" "$LIVE_IMAGES"
  AL=()
  for i in $(seq "$STARTUP_RUNS"); do
    one_start app; AL+=("$live")
    say "run $i with $LIVE_CONTAINERS more containers: live $live"
  done
  row "live yard, demo yard + $LIVE_CONTAINERS containers (median of $STARTUP_RUNS)" "$(median "${AL[@]}") ms   ($(engine_counts))"
  fill_stop
}

# --- event to pixel ---------------------------------------------------------------------------
events() {
  local label=$run-$loads docker_pid stamp_pid load_pid
  loads=$((loads + 1))
  start_xvfb
  start_app "$work/app.out" -Ddockyard.timing.events=true
  [ "$(wait_line "$work/app.out" "dockyard: live " 120)" != - ] || { say "the app showed no live yard"; exit 1; }
  sleep 3
  # `docker events` beside the app, each line stamped (epoch ns) as this script reads it; bash's
  # own clock, so no process is started per line
  mkfifo "$work/events.fifo"
  docker events --filter "label=dockyard.bench=$label" --format '{{.TimeNano}} {{.Actor.ID}} {{.Action}}' \
    >"$work/events.fifo" 2>"$work/events.err" &
  docker_pid=$!; started+=("$docker_pid")
  while IFS= read -r line; do printf '%s000 %s\n' "${EPOCHREALTIME/./}" "$line"; done \
    <"$work/events.fifo" >"$work/docker.events" &
  stamp_pid=$!; started+=("$stamp_pid")
  sleep 1
  say "event load: $EVENT_RATE events/s for $EVENT_SECONDS s on $EVENT_CONTAINERS containers"
  lock_engine
  java -cp "$load_cp" io.dockyard.bench.EventLoad events containers="$EVENT_CONTAINERS" \
    rate="$EVENT_RATE" seconds="$EVENT_SECONDS" run="$label" >"$work/load.out" 2>&1 9>&- &
  load_pid=$!; started+=("$load_pid")
  wait "$load_pid" || { cat "$work/load.out" >&2; say "the event load failed"; exit 1; }
  forget "$load_pid"
  unlock_engine
  cat "$work/load.out" >&2
  sleep 3   # the last frames
  stop_pid "$docker_pid"; forget "$docker_pid"
  wait "$stamp_pid" || true; forget "$stamp_pid"
  stop_app
  row "event load asked / achieved" "$EVENT_RATE/s for $EVENT_SECONDS s / $(sed -n 's/.* = \([0-9.]*\) events\/s.*/\1/p' "$work/load.out")/s on $EVENT_CONTAINERS containers"
  join_events "$work/app.out" "$work/docker.events"
}

# join_events APP_LINES DOCKER_LINES: rows of the three latencies and the counts
join_events() {
  awk -v out="$work/lat" '
    FNR == NR { if ($1 == "dockyard:" && $2 == "shown") { k = $3 " " $4 " " $5; if (!(k in app)) app[k] = $6 } ; next }
    { split($4, a, ":"); k = $2 " " substr($3, 1, 12) " " a[1]; seen++
      if (k in app) { joined++
        printf "%.3f\n", (app[k] - $2) / 1e6 >(out ".app")
        printf "%.3f\n", ($1 - $2) / 1e6 >(out ".cli")
        printf "%.3f\n", (app[k] - $1) / 1e6 >(out ".diff") } }
    END { print seen + 0, joined + 0 >(out ".counts") }' "$1" "$2"
  local seen joined
  read -r seen joined <"$work/lat.counts"
  row "events: docker events printed / the app showed of them" "$seen / $joined"
  row "  the app's shown lines in all (any object's events)" "$(grep -c '^dockyard: shown ' "$1" || true)"
  [ "$joined" -gt 0 ] || return 0
  row "event to pixel, ms             p50 / p90 / p99 / max" ""
  row "  app shown - engine stamp" "$(percentiles "$work/lat.app")"
  row "  docker events printed - engine stamp" "$(percentiles "$work/lat.cli")"
  row "  app shown - docker events printed" "$(percentiles "$work/lat.diff")"
}

percentiles() {  # nearest rank
  sort -g "$1" | awk '{a[NR]=$1} END {n = NR; split("50 90 99", p, " ")
    for (i = 1; i <= 3; i++) { r = int((p[i] * n + 99) / 100); if (r < 1) r = 1; printf "%.1f / ", a[r] }
    printf "%.1f", a[n] }'
}

# --- the table ------------------------------------------------------------------------------------
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
case "$section" in
  idle) idle_and_memory 1 ;;
  memory) idle_and_memory 0 ;;
  startup) startup ;;
  events) events ;;
  all) idle_and_memory 1; startup; events ;;
esac
echo
echo "Dockyard figures ($section), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit:   $(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
echo "machine:  $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(uname -r)"
echo "launcher: $launcher"
echo "load average at start: $load_start   at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
cat "$rows"
