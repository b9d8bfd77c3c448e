#!/usr/bin/env bash
# Run by `dotnet test` before the tests (target InstallTestPrerequisites in Portal.Tests.csproj and
# Portal.Tests.Postgres.csproj): installs what the tests need from Debian when it is missing — Chromium for the
# browser tests (Playwright drives /usr/bin/chromium; no browser is ever downloaded), poppler-utils' pdftotext, with
# which the tests read generated PDFs back, and the PostgreSQL and Redis servers the scale-out tests start as
# throwaway instances of their own (the packages' own services are not used).
set -euo pipefail
# Both test projects run this at once under `dotnet test DinsosPortal.sln`: one apt-get at a time.
exec 9>"${TMPDIR:-/tmp}/dinsosportal-prerequisites.lock"
flock 9
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Memasang paket uji: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
