#!/bin/bash
# The memory soak: the PACKAGED Dockyard watches an engine of the script's own that changes
# RATE times a second (containers created, started, paused, unpaused, killed and removed, in a
# ring), and every SAMPLE seconds the script forces a full GC in the app and prints its RSS and
# the heap it kept. At the end it prints the first and last samples and the growth between them.
# It asserts nothing: the figures are for a person to read (README, Performance).
#
#   src/test/bench/soak.sh [LAUNCHER]
#     LAUNCHER defaults to target/jpackage/image/Dockyard/bin/Dockyard (mvn -Ppackage package)
#   SOAK_SECONDS (3600)  how long the load runs
#   RATE (20)            changes a second (0: none, to read the memory of a still yard)
#   SAMPLE (60)          seconds between samples
#   RING (40)            how many container slots the load cycles through
#   SETTLE (60)          seconds after the load starts before the first sample is the baseline
#   KEEP_IMAGES (50)     images made on the engine first, as a yard of 50 blueprints
#   KEEP_CONTAINERS (200) containers made first and left alone, across those images
#   APP_JAVA_OPTIONS     extra JVM options for the app (JAVA_TOOL_OPTIONS), e.g. to try heap flags
#
# Needs: root (a second dockerd with its own bridge, as TOOLCHAIN's notes give), Xvfb, curl,
# /bin/busybox (static), and jcmd from the system JDK (the app's runtime has none; jcmd attaches
# to it, as both are Java 17). The engine, its bridge, Xvfb and the app are removed on exit.
set -euo pipefail
here=$(cd "$(dirname "$0")/../../.." && pwd)
launcher=${1:-$here/target/jpackage/image/Dockyard/bin/Dockyard}
[ -x "$launcher" ] || { echo "no launcher at $launcher: build with mvn -Ppackage package"; exit 2; }
soak_seconds=${SOAK_SECONDS:-3600}
rate=${RATE:-20}
sample=${SAMPLE:-60}
ring=${RING:-40}
settle=${SETTLE:-60}
keep_images=${KEEP_IMAGES:-50}
keep_containers=${KEEP_CONTAINERS:-200}
for tool in Xvfb curl jcmd dockerd ip; do
  command -v "$tool" >/dev/null || { echo "soak: $tool is not installed"; exit 2; }
done
[ -x /bin/busybox ] || { echo "soak: no static /bin/busybox (Debian: busybox-static)"; exit 2; }

id=$(( $$ % 10000 ))
dir=/tmp/dysoak$id          # short: containerd's sockets live under it
bridge=dysoak$id
ns=dysoak$id
sock=$dir/docker.sock
xvfb_pid="" app_pid="" load_pid=""

cleanup() {
  set +e
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null
  [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null && sleep 2 && kill -KILL "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  if [ -f "$dir/docker.pid" ]; then
    local pid; pid=$(cat "$dir/docker.pid")
    kill "$pid" 2>/dev/null
    for _ in $(seq 60); do [ -d "/proc/$pid" ] || break; sleep 0.5; done
  fi
  grep " $dir" /proc/mounts | cut -d' ' -f2 | sort -r | xargs -r -n1 umount -l
  rm -rf "$dir"
  ip link del "$bridge" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

api() {  # api METHOD PATH [JSON]: one Engine API call on the soak engine; prints the body
  local method=$1 path=$2 body=${3:-}
  if [ -n "$body" ]; then
    curl -sS --unix-socket "$sock" -X "$method" -H 'Content-Type: application/json' -d "$body" "http://e$path"
  else
    curl -sS --unix-socket "$sock" -X "$method" "http://e$path"
  fi
}

start_engine() {
  mkdir -p "$dir"
  ip link add "$bridge" type bridge
  ip addr add "10.213.$(( 150 + id % 40 )).1/24" dev "$bridge"
  ip link set "$bridge" up
  echo '{}' >"$dir/daemon.json"
  setsid dockerd --config-file "$dir/daemon.json" -H "unix://$sock" --data-root "$dir/data" \
    --exec-root "$dir/exec" --pidfile "$dir/docker.pid" \
    --containerd-namespace "$ns" --containerd-plugins-namespace "$ns-plugins" \
    --bridge "$bridge" --iptables=false --ip-masq=false --ip-forward=false \
    </dev/null >"$dir/dockerd.log" 2>&1 &
  for _ in $(seq 100); do api GET /_ping >/dev/null 2>&1 && return; sleep 0.2; done
  echo "soak: the soak engine did not answer"; tail "$dir/dockerd.log"; exit 1
}

# make_images N: N images FROM scratch around busybox, soak/img:0 .. soak/img:N-1, each one layer
make_images() {
  local ctx=$dir/ctx
  mkdir -p "$ctx"
  cp /bin/busybox "$ctx/busybox"
  local i
  for i in $(seq 0 $(( $1 - 1 ))); do
    printf 'FROM scratch\nCOPY busybox /bin/busybox\nLABEL soak.image=%s\nCMD ["/bin/busybox","sleep","3600"]\n' "$i" \
      >"$ctx/Dockerfile"
    tar -C "$ctx" -cf - Dockerfile busybox \
      | curl -sS --unix-socket "$sock" -X POST -H 'Content-Type: application/x-tar' --data-binary @- \
          "http://e/build?t=soak/img:$i&rm=1" >/dev/null
  done
}

create() {  # create NAME IMAGE: prints the new container's id
  api POST "/containers/create?name=$1" \
    "{\"Image\":\"$2\",\"Cmd\":[\"/bin/busybox\",\"sleep\",\"3600\"],\"Labels\":{\"dockyard.soak\":\"1\"},\"StopTimeout\":1}" \
    | sed -n 's/.*"Id":"\([0-9a-f]*\)".*/\1/p'
}

# The load: RING slots, each walking create → start → pause → unpause → kill → remove, one step
# of one slot per tick, RATE ticks a second. Every step is one change the app sees.
load() {
  local -a ids steps
  local slot=0 tick=0 interval
  interval=$(awk -v r="$rate" 'BEGIN { printf "%.4f", 1 / r }')
  local t0; t0=$(date +%s%N)
  while :; do
    local c=${ids[$slot]:-} s=${steps[$slot]:-0}
    case $s in
      0) ids[$slot]=$(create "soak-$slot-$tick" "soak/img:$(( slot % keep_images ))") ;;
      1) api POST "/containers/$c/start" ;;
      2) api POST "/containers/$c/pause" ;;
      3) api POST "/containers/$c/unpause" ;;
      4) api POST "/containers/$c/kill" ;;
      5) api DELETE "/containers/$c?force=1" ;;
    esac >/dev/null 2>&1 || true
    steps[$slot]=$(( (s + 1) % 6 ))
    slot=$(( (slot + 1) % ring ))
    tick=$(( tick + 1 ))
    # keep to the rate: sleep until this tick's slot in time
    local due=$(( t0 + tick * 1000000000 / rate )) now; now=$(date +%s%N)
    (( due > now )) && sleep "$(awk -v n=$(( due - now )) 'BEGIN { printf "%.4f", n / 1e9 }')"
  done
}

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }

heap_kb() {  # the heap used after a full GC, in KB (young + tenured, serial GC's report)
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '
    /generation +total/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/K,?/, "", v); sum += v } }
    END { print sum + 0 }'
}

meta_kb() { jcmd "$1" GC.heap_info | awk '/Metaspace/ { v = $3; sub(/K,?/, "", v); print v; exit }'; }

echo "soak: starting an engine of its own at $sock"
start_engine
echo "soak: $keep_images images, $keep_containers containers left alone, then $rate changes/s over $ring slots for ${soak_seconds}s"
make_images "$keep_images"
for i in $(seq 0 $(( keep_containers - 1 ))); do
  create "keep-$i" "soak/img:$(( i % keep_images ))" >/dev/null
done

work=$dir/run
mkdir -p "$work/config"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$work/display")"
XDG_CONFIG_HOME="$work/config" DOCKER_HOST="unix://$sock" JAVA_TOOL_OPTIONS="${APP_JAVA_OPTIONS:-}" "$launcher" >"$work/app.log" 2>&1 &
app_pid=$!
sleep 20
kill -0 "$app_pid" 2>/dev/null || { echo "soak: the app did not stay up"; cat "$work/app.log"; exit 1; }

if [ "$rate" -gt 0 ]; then
  load &
  load_pid=$!
fi
sleep "$settle"

printf '%-8s %10s %10s %10s %8s\n' "minute" "RSS MB" "heap MB" "meta MB" "load"
first_rss="" first_heap=""
samples=$(( (soak_seconds - settle) / sample ))
for n in $(seq 0 "$samples"); do
  kill -0 "$app_pid" 2>/dev/null || { echo "soak: the app exited"; tail "$work/app.log"; exit 1; }
  heap=$(heap_kb "$app_pid"); meta=$(meta_kb "$app_pid"); rss=$(rss_kb "$app_pid")
  [ -z "$first_rss" ] && first_rss=$rss first_heap=$heap
  printf '%-8s %10.1f %10.1f %10.1f %8s\n' "$(( (settle + n * sample) / 60 ))" \
    "$(echo "$rss / 1024" | bc -l)" "$(echo "$heap / 1024" | bc -l)" "$(echo "$meta / 1024" | bc -l)" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  [ "$n" -lt "$samples" ] && sleep "$sample"
done
kill "$load_pid" 2>/dev/null; load_pid=""
printf 'soak: RSS %s MB -> %s MB (%+.1f %%), heap after GC %s MB -> %s MB (%+.1f %%), engine %s containers\n' \
  "$(( first_rss / 1024 ))" "$(( rss / 1024 ))" "$(echo "($rss - $first_rss) * 100 / $first_rss" | bc -l)" \
  "$(( first_heap / 1024 ))" "$(( heap / 1024 ))" "$(echo "($heap - $first_heap) * 100 / $first_heap" | bc -l)" \
  "$(api GET '/containers/json?all=1' | grep -o '"Id"' | wc -l)"
