#!/usr/bin/env bash
# Fills a Docker engine with a small yard that shows everything Dockyard draws, and takes it away
# again. Needs no registry: every image is built FROM scratch around the machine's static busybox.
#
#   src/demo/demo-yard.sh up      # build the images, start the containers, list them
#   src/demo/demo-yard.sh down    # remove exactly what `up` made
#   src/demo/demo-yard.sh status  # list what `up` made and is still there
#
# It talks to the engine the `docker` CLI talks to (DOCKER_HOST, the context, the socket).
# DEMO_YARD_PORT (default 8080) is the first of the two host ports the web containers publish.
#
# The yard: 5 images (base, web, worker, tool and the tool's first build), one with two tags
# (web:1.0 and web:latest), one left dangling by building its tag again; 11 containers: two
# running from one image with published ports, a worker with environment variables (one
# secret-looking) and a named volume, one paused, one restarting, one exited (0), one killed
# (exited 137), one only created, one with changes in its writable layer, and one run each of
# the tool's two builds, one of them now dangling. Where a compose CLI is installed, also the
# compose project "shop" of shop-compose.yml: web scaled to two, an api and a database, on a
# front and a back network, with two named volumes.
#
# What `up` makes is labelled, and `down` removes only what carries those labels: containers and
# the volume carry dockyard.demo=yard; images carry dockyard.demo.image (a different key, as a
# container inherits its image's labels: a container someone runs from a demo image is not
# taken away with the yard). Images are removed without force, so one that something else still
# uses stays and is named.
set -euo pipefail

repo=demoyard
object_label=dockyard.demo=yard
image_key=dockyard.demo.image
volume=demoyard-data
port=${DEMO_YARD_PORT:-8080}
project=shop
compose_file=$(dirname "$0")/shop-compose.yml
export DOCKER_BUILDKIT=0   # the classic builder works without BuildKit's extra images

say() { echo "demo-yard: $*"; }
die() { echo "demo-yard: $*" >&2; exit 1; }

need_engine() {
  command -v docker >/dev/null || die "the docker CLI is not installed (Debian: apt-get install docker.io)"
  docker version --format '{{.Server.Version}}' >/dev/null 2>&1 \
    || die "no Docker engine answers (docker version fails): start dockerd, or set DOCKER_HOST"
}

# build TAG CONTEXT: builds CONTEXT/Dockerfile as TAG, quietly unless it fails
build() {
  local log
  if ! log=$(docker build --label "$image_key=$1" -t "$1" "$2" 2>&1); then
    echo "$log" >&2
    die "building $1 failed (the output is above)"
  fi
}

# context NAME DOCKERFILE-LINES...: a build folder with the busybox in it
context() {
  local dir=$work/$1
  shift
  mkdir -p "$dir"
  cp "$busybox" "$dir/busybox"
  printf '%s\n' "$@" >"$dir/Dockerfile"
  echo "$dir"
}

build_images() {
  local dir
  dir=$(context base 'FROM scratch' 'COPY busybox /bin/busybox' \
    'RUN ["/bin/busybox", "--install", "-s", "/bin"]' \
    'RUN mkdir -p /etc /tmp /srv && echo "root:x:0:0:root:/:/bin/sh" >/etc/passwd' 'CMD ["sh"]')
  build "$repo/base:1.36" "$dir"

  dir=$(context web "FROM $repo/base:1.36" 'COPY site /srv/site' 'EXPOSE 80' \
    'CMD ["httpd", "-f", "-p", "80", "-h", "/srv/site"]')
  mkdir -p "$dir/site"
  echo '<p>served from a container of the demo yard</p>' >"$dir/site/index.html"
  build "$repo/web:1.0" "$dir"
  docker tag "$repo/web:1.0" "$repo/web:latest"

  dir=$(context worker "FROM $repo/base:1.36" 'ENV JOB_QUEUE=orders' \
    'CMD ["sh", "-c", "n=0; while :; do n=$((n+1)); echo \"job $n from $JOB_QUEUE\"; sleep 3; done"]')
  build "$repo/worker:2.3" "$dir"

  # the tool is built twice under one tag: the first build keeps its layers but loses its name
  dir=$(context tool "FROM $repo/base:1.36" 'RUN echo "tool 1" >/etc/tool-release' \
    'CMD ["cat", "/etc/tool-release"]')
  build "$repo/tool:dev" "$dir"
  docker create --label "$object_label" --name tool-first-build "$repo/tool:dev" >/dev/null
  printf '%s\n' "FROM $repo/base:1.36" 'RUN echo "tool 2" >/etc/tool-release' \
    'RUN echo "built again" >>/etc/tool-release' 'CMD ["cat", "/etc/tool-release"]' >"$dir/Dockerfile"
  build "$repo/tool:dev" "$dir"
}

# start NAME DOCKER-RUN-ARGUMENTS...: a labelled, detached container that stops within a second
start() {
  local name=$1
  shift
  docker run -d --label "$object_label" --name "$name" --stop-timeout 1 "$@" >/dev/null
}

start_containers() {
  docker volume create --label "$object_label" "$volume" >/dev/null
  start web-1 -p "$port:80" "$repo/web:1.0"
  start web-2 -p "$((port + 1)):80" "$repo/web:latest"
  start worker-1 -e API_TOKEN=s3cr3t-demo-token -e REGION=harbour -v "$volume:/var/lib/worker" "$repo/worker:2.3"
  start worker-2 "$repo/worker:2.3"
  docker pause worker-2 >/dev/null
  start worker-3 "$repo/worker:2.3" sh -c 'echo "queue empty, done"'
  start worker-4 "$repo/worker:2.3"
  docker kill worker-4 >/dev/null               # SIGKILL: exited (137)
  start crashloop --restart always "$repo/base:1.36" sh -c 'echo "cannot reach the queue"; sleep 1; exit 3'
  docker create --label "$object_label" --name scratchpad "$repo/base:1.36" >/dev/null
  start notes "$repo/base:1.36" sh -c 'echo "written at run time" >/etc/motd; rm /bin/vi; mkdir /notes; exec sleep 2147483647'
  start tool-run "$repo/tool:dev"
  docker start tool-first-build >/dev/null       # the old build, now dangling, runs once too
}

# compose ARGS...: the compose CLI the machine has, on the shop project; fails when there is none
compose() {
  if docker compose version >/dev/null 2>&1; then
    docker compose -p "$project" -f "$compose_file" "$@"
  elif command -v docker-compose >/dev/null; then
    docker-compose -p "$project" -f "$compose_file" "$@"
  else
    return 127
  fi
}

start_project() {
  if ! compose version >/dev/null 2>&1; then
    say "no compose CLI (docker compose or docker-compose): the shop project is left out"
    return
  fi
  compose up -d --scale web=2 >/dev/null 2>&1 || die "the shop project did not come up: $(compose up -d 2>&1 | tail -3)"
}

# refuses to start over a yard (or names) that are already there
check_free() {
  local taken
  taken=$(docker ps -aq --filter "label=$object_label")
  [ -z "$taken" ] || die "a demo yard is up already: '$0 down' first"
  for name in web-1 web-2 worker-1 worker-2 worker-3 worker-4 crashloop scratchpad notes tool-run tool-first-build; do
    if docker container inspect "$name" >/dev/null 2>&1; then
      die "a container named $name exists already and is not the demo yard's: remove or rename it first"
    fi
  done
}

status() {
  docker ps -a --filter "label=$object_label" --format 'table {{.Names}}\t{{.Image}}\t{{.Status}}\t{{.Ports}}'
  docker images --filter "label=$image_key" --format 'table {{.Repository}}:{{.Tag}}\t{{.ID}}\t{{.Size}}'
  docker volume ls --filter "label=$object_label" --format 'volume {{.Name}}'
  docker network ls --filter "label=$object_label" --format 'network {{.Name}}'
}

up() {
  need_engine
  busybox=$(command -v busybox || true)
  [ -n "$busybox" ] || die "needs a static busybox to build its images (Debian: apt-get install busybox-static)"
  if ldd "$busybox" >/dev/null 2>&1; then
    die "$busybox is linked dynamically and would not run FROM scratch (Debian: apt-get install busybox-static)"
  fi
  check_free
  work=$(mktemp -d)
  trap up_failed EXIT
  build_images
  start_containers
  start_project
  trap - EXIT
  rm -rf "$work"
  sleep 2   # let the short runs exit and the restarting one go round once
  say "the yard is up; '$0 down' removes it"
  status
}

# on a failed `up`: nothing half-made stays behind
up_failed() {
  local rc=$?
  rm -rf "$work"
  if [ "$rc" != 0 ]; then
    echo "demo-yard: up failed (the engine says why above; if a host port is taken, DEMO_YARD_PORT=<port> picks others); removing what it had made" >&2
    down >/dev/null || true
  fi
}

# The yard's tags, then its dangling build, all without force: an image that someone else's
# container or image still uses is refused by the engine and named here. Untagging a parent
# first is fine: the engine deletes an untagged parent with its last child.
remove_images() {
  local refs ref left
  refs=$(docker images --filter "label=$image_key" --filter dangling=false --format '{{.Repository}}:{{.Tag}}' \
    | grep "^$repo/" || true)
  refs="$refs $(docker images -q --filter "label=$image_key" --filter dangling=true)"
  for ref in $refs; do
    docker rmi "$ref" >/dev/null || true
  done
  left=$(docker images -a -q --filter "label=$image_key" | sort -u | tr '\n' ' ')
  if [ -n "$left" ]; then
    die "these demo images are still used and were left: $left('docker ps -a --filter ancestor=ID' says by what)"
  fi
}

down() {
  need_engine
  local ids
  compose down -v >/dev/null 2>&1 || true
  ids=$(docker ps -aq --filter "label=$object_label")
  if [ -n "$ids" ]; then
    docker rm -f $ids >/dev/null
  fi
  remove_images
  ids=$(docker volume ls -q --filter "label=$object_label")
  if [ -n "$ids" ]; then
    docker volume rm $ids >/dev/null
  fi
  ids=$(docker network ls -q --filter "label=$object_label")
  if [ -n "$ids" ]; then
    docker network rm $ids >/dev/null
  fi
  say "the demo yard is gone"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) need_engine; status ;;
  *) echo "usage: $0 up|down|status"; exit 2 ;;
esac
