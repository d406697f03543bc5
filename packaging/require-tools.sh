#!/usr/bin/env bash
# Make sure the build tools are there before a packaging step starts:
#
#   require-tools.sh TOOL:PACKAGE [TOOL:PACKAGE ...]
#
# Missing tools are installed with apt-get when running as root on
# Debian/Ubuntu; otherwise the script stops at once, naming each missing tool
# and the Debian/Ubuntu package that provides it.
set -euo pipefail
missing_tools=(); missing_pkgs=()
for spec in "$@"; do
  tool=${spec%%:*}; pkg=${spec#*:}
  command -v "$tool" >/dev/null 2>&1 && continue
  missing_tools+=("$tool"); missing_pkgs+=("$pkg")
done
[ ${#missing_tools[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing build tools: ${missing_tools[*]} (packages: ${missing_pkgs[*]})"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $(printf '%s\n' "${missing_pkgs[@]}" | sort -u) >/dev/null
  for i in "${!missing_tools[@]}"; do
    command -v "${missing_tools[$i]}" >/dev/null 2>&1 || {
      echo "error: ${missing_tools[$i]} still missing after installing ${missing_pkgs[$i]}" >&2; exit 1; }
  done
  exit 0
fi
for i in "${!missing_tools[@]}"; do
  echo "error: missing build tool '${missing_tools[$i]}' (Debian/Ubuntu package: ${missing_pkgs[$i]})" >&2
done
echo "install them with: sudo apt-get install $(printf '%s\n' "${missing_pkgs[@]}" | sort -u | tr '\n' ' ')" >&2
exit 1
