#!/usr/bin/env bash
# Installs the Debian 12 packages actorgraph needs, when missing (sudo when not root).
set -euo pipefail
# python3-numpy and python3-scipy: networkx's pagerank in the scale benchmark
# needs them, and python3-networkx only recommends them.
packages=(g++ meson ninja-build pkg-config cmake python3
          libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev doctest-dev
          iso-codes wordnet-base
          libxml2-utils python3-networkx python3-numpy python3-scipy python3-igraph graphviz)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
