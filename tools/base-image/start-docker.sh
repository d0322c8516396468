#!/usr/bin/env bash
# Makes a Docker engine answer on this (Debian) machine for the end-to-end suites: installs
# Debian's docker.io and debootstrap when missing, and starts dockerd when no daemon answers.
# With DOCKER_HOST set, that daemon is used and never started here.
set -euo pipefail

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if docker info >/dev/null 2>&1; then
  echo "a Docker daemon answers ($(docker info --format '{{.ServerVersion}}'))"
  exit 0
fi
if [ -n "${DOCKER_HOST:-}" ]; then
  echo "DOCKER_HOST=${DOCKER_HOST} does not answer; start that daemon or unset DOCKER_HOST" >&2
  exit 1
fi

log=/var/log/dockerd.log
nohup dockerd >"$log" 2>&1 &
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    echo "dockerd started ($(docker info --format '{{.ServerVersion}}')), log in $log"
    exit 0
  fi
  sleep 1
done
echo "dockerd did not answer within 60 s; the end of $log:" >&2
tail -n 50 "$log" >&2
exit 1
