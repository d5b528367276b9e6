#!/bin/bash
# Measures cold starts of the PACKAGED Dockyard (a fresh JVM each run; the OS file cache stays
# warm, as it is for a person who opens the app a second time). Each run starts the launcher
# under one shared Xvfb with -Ddockyard.timing=true, notes when the app prints
#   dockyard: first-frame <ms>     and     dockyard: live <ms>
# and stops it. Prints each run, then median and min of both, two ways:
#   app   = the milliseconds the app itself printed (from process start)
#   wall  = from just before this script started the launcher to when the line arrived
#   cpu   = CPU time (user+system, all threads) the app had used when the line arrived: the
#           figure to compare when other work shares the machine, as wall time then mostly
#           measures the neighbours. On a shared machine run the whole script with
#           `nice -n -15` (as root): the app and its Xvfb then win the CPU from the neighbours.
#
#   src/test/bench/startup.sh [-n RUNS] [LAUNCHER]
#     LAUNCHER defaults to target/jpackage/image/Dockyard/bin/Dockyard (mvn -Ppackage package)
#     e.g. /opt/dockyard/bin/Dockyard for the installed .deb
# Needs: Xvfb. A Docker engine for the live figure (without one, live stays "-").
set -euo pipefail
runs=10
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
here=$(cd "$(dirname "$0")/../../.." && pwd)
launcher=${1:-$here/target/jpackage/image/Dockyard/bin/Dockyard}
[ -x "$launcher" ] || { echo "no launcher at $launcher: build with mvn -Ppackage package"; exit 2; }

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -KILL "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$work/display")"
mkdir -p "$work/config"
export XDG_CONFIG_HOME="$work/config"   # a first start each time, and no trace in ~/.config

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
ticks=$(getconf CLK_TCK)
cpu_ms() {  # user+system time of process $1 so far, in ms
  local stat; stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo -; return; }
  stat=${stat##*) }  # the fields after "(comm) "; utime and stime are the 12th and 13th
  set -- $stat
  echo $(( (${12} + ${13}) * 1000 / ticks ))
}

stats() {  # stats LABEL VALUES...: prints median and min of the numeric values
  local label=$1; shift
  local nums; nums=$(printf '%s\n' "$@" | grep -E '^[0-9]+$' | sort -n || true)
  if [ -z "$nums" ]; then printf '%-18s  no data\n' "$label"; return; fi
  local n; n=$(echo "$nums" | wc -l)
  local med; med=$(echo "$nums" | awk -v n="$n" '{a[NR]=$1} END {print (n%2) ? a[(n+1)/2] : int((a[n/2]+a[n/2+1])/2)}')
  printf '%-18s  median %5d ms   min %5d ms   (%d runs)\n' "$label" "$med" "$(echo "$nums" | head -n1)" "$n"
}

declare -a AF AL WF WL CF CL
for i in $(seq "$runs"); do
  mkfifo "$work/fifo$i"
  t0=$(now_ms)
  JAVA_TOOL_OPTIONS="-Ddockyard.timing=true ${BENCH_JAVA_OPTIONS:-}" "$launcher" >"$work/fifo$i" 2>"$work/err$i" &
  app_pid=$!
  af=- al=- wf=- wl=- cf=- cl=-
  while IFS= read -r -t 20 line; do
    case "$line" in
      "dockyard: first-frame "*) wf=$(( $(now_ms) - t0 )); af=${line##* }; cf=$(cpu_ms "$app_pid") ;;
      "dockyard: live "*)        wl=$(( $(now_ms) - t0 )); al=${line##* }; cl=$(cpu_ms "$app_pid"); break ;;
    esac
  done <"$work/fifo$i" || true
  kill -TERM "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  printf 'run %2d  first-frame app %5s wall %5s cpu %5s   live app %5s wall %5s cpu %5s\n' \
    "$i" "$af" "$wf" "$cf" "$al" "$wl" "$cl"
  AF+=("$af"); AL+=("$al"); WF+=("$wf"); WL+=("$wl"); CF+=("$cf"); CL+=("$cl")
  sleep 1
done
echo "launcher: $launcher ${BENCH_JAVA_OPTIONS:+(extra options: $BENCH_JAVA_OPTIONS)}"
stats "first-frame app" "${AF[@]}"
stats "first-frame wall" "${WF[@]}"
stats "first-frame cpu" "${CF[@]}"
stats "live app" "${AL[@]}"
stats "live wall" "${WL[@]}"
stats "live cpu" "${CL[@]}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
