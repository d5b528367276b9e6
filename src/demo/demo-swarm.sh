#!/usr/bin/env bash
# A two-node Swarm on this one machine, for trying Dockyard's Swarm view, and taken away again.
# Runs as root: it starts two dockerds of its own (never touching the machine's own engine, its
# docker0 or its iptables), a registry on loopback that both nodes pull from, and a service.
#
#   src/demo/demo-swarm.sh up      # start both engines, join them, push an image, create "web"
#   src/demo/demo-swarm.sh down    # leave the swarm, stop both engines, remove all of it
#
# Show the nodes beside your engine: Engines ▸ Add an engine…, with the two socket paths `up`
# prints, or as contexts (`docker context create demo-manager --docker host=unix://…`).
# Needs docker.io, busybox-static and docker-registry (Debian packages). Swarm mode makes a host
# bridge, docker_gwbridge, that every swarm-mode engine on the machine shares: do not run this
# beside the two-node Swarm tests (they take /tmp/dockyard-engine.lock; so can you, with flock).
set -euo pipefail

dir=${DEMO_SWARM_DIR:-/tmp/dy-swarm}
registry_port=${DEMO_SWARM_REGISTRY_PORT:-5055}
image=127.0.0.1:$registry_port/demo/web

engine() { # engine N: start dockerd N under $dir/N on its own bridge
  local n=$1 d=$dir/$1
  mkdir -p "$d"
  echo '{}' >"$d/daemon.json"
  ip link show "dysw$n" >/dev/null 2>&1 || {
    ip link add "dysw$n" type bridge
    ip addr add "10.214.$n.1/24" dev "dysw$n"
    ip link set "dysw$n" up
  }
  setsid dockerd --config-file "$d/daemon.json" -H "unix://$d/docker.sock" --data-root "$d/data" \
    --exec-root "$d/exec" --pidfile "$d/docker.pid" --containerd-namespace "dysw$n" \
    --containerd-plugins-namespace "dysw$n-plugins" --bridge "dysw$n" \
    --iptables=false --ip-masq=false --ip-forward=false </dev/null >"$d/dockerd.log" 2>&1 &
  for _ in $(seq 1 60); do docker -H "unix://$d/docker.sock" version >/dev/null 2>&1 && return; sleep 0.5; done
  echo "dockerd $n did not answer:"; tail -20 "$d/dockerd.log"; exit 1
}

up() {
  engine 1
  engine 2
  local m="docker -H unix://$dir/1/docker.sock" w="docker -H unix://$dir/2/docker.sock"
  mkdir -p "$dir/registry"
  printf 'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: 127.0.0.1:%s\n' \
    "$dir/registry/data" "$registry_port" >"$dir/registry/config.yml"
  setsid docker-registry serve "$dir/registry/config.yml" </dev/null >"$dir/registry/log" 2>&1 &
  echo $! >"$dir/registry/pid"
  for _ in $(seq 1 40); do curl -fs "http://127.0.0.1:$registry_port/v2/" >/dev/null && break; sleep 0.25; done

  $m swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:2487 >/dev/null
  $w swarm join --token "$($m swarm join-token -q worker)" --listen-addr 127.0.0.1:2488 \
    --advertise-addr 127.0.0.1:2488 127.0.0.1:2487 >/dev/null

  local build=$dir/build
  mkdir -p "$build"
  cp "$(command -v busybox)" "$build/busybox"
  printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\nCMD ["sleep","100000"]\n' \
    >"$build/Dockerfile"
  DOCKER_BUILDKIT=0 $m build -q -t "$image:1" "$build" >/dev/null 2>&1
  printf 'FROM %s:1\nRUN echo v2 >/version\n' "$image" >"$build/Dockerfile"
  DOCKER_BUILDKIT=0 $m build -q -t "$image:2" "$build" >/dev/null 2>&1
  $m push -q "$image:1" >/dev/null
  $m push -q "$image:2" >/dev/null
  $m service create -q --name web --replicas 4 --stop-grace-period 1s --update-delay 1s "$image:1" >/dev/null
  $m service create -q --name agent --mode global --stop-grace-period 1s "$image:1" >/dev/null
  echo "manager: unix://$dir/1/docker.sock"
  echo "worker:  unix://$dir/2/docker.sock"
  $m node ls
  $m service ls
}

down() {
  for n in 2 1; do
    docker -H "unix://$dir/$n/docker.sock" swarm leave --force >/dev/null 2>&1 || true
  done
  for n in 2 1; do
    local pidfile=$dir/$n/docker.pid
    if [ -f "$pidfile" ]; then
      local pid
      pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do [ -e "/proc/$pid" ] || break; sleep 0.5; done
    fi
  done
  [ -f "$dir/registry/pid" ] && kill "$(cat "$dir/registry/pid")" 2>/dev/null || true
  { grep " $dir/" /proc/mounts || true; } | cut -d' ' -f2 | sort -r | xargs -r -n1 umount -l
  rm -rf "$dir"
  ip link del dysw1 2>/dev/null || true
  ip link del dysw2 2>/dev/null || true
  ip link del docker_gwbridge 2>/dev/null || true
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down"; exit 2 ;;
esac
