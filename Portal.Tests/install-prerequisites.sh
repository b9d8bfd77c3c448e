#!/usr/bin/env bash
# Run by `dotnet test` before the tests (target InstallTestPrerequisites in Portal.Tests.csproj): installs what the
# tests need from Debian when it is missing — Chromium for the browser tests (Playwright drives /usr/bin/chromium;
# no browser is ever downloaded) and poppler-utils' pdftotext, with which the tests read generated PDFs back.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Memasang paket uji: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
