# Sourced by ./vertelpunt: makes sure this machine has what the project needs,
# installing only what is missing, so a second run costs about a second.
#   - Node >= 22 (the system Node may be older: then node@24 from the npm registry into .tools/)
#   - pnpm (from the npm registry into .tools/; corepack's signature check fails offline)
#   - Chromium and Firefox ESR (with their Dutch language packs), xmllint and LibreOffice Calc (headless) from Debian (apt-get),
#     never a browser download by a test tool
#   - the workspace's packages, exactly as the lockfile pins them

VP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VP_TOOLS="$VP_ROOT/.tools"
VP_NODE_VERSION=24
VP_PNPM_VERSION=10.34.9

vp_log() { printf '\033[1m[vertelpunt]\033[0m %s\n' "$*" >&2; }

vp_node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

vp_ensure_node_and_pnpm() {
  export PATH="$VP_TOOLS/node_modules/node/bin:$VP_TOOLS/node_modules/.bin:$PATH"
  local need=()
  [ "$(vp_node_major)" -ge 22 ] || need+=("node@$VP_NODE_VERSION")
  [ "$(pnpm --version 2>/dev/null)" = "$VP_PNPM_VERSION" ] || need+=("pnpm@$VP_PNPM_VERSION")
  if [ ${#need[@]} -gt 0 ]; then
    command -v npm >/dev/null || { vp_log "npm is missing: install Node.js (any version) first"; return 1; }
    vp_log "installing ${need[*]} into .tools/ from the npm registry"
    # Keep what is already in .tools/ when adding the other one.
    [ -x "$VP_TOOLS/node_modules/node/bin/node" ] && need+=("node@$VP_NODE_VERSION")
    [ -x "$VP_TOOLS/node_modules/.bin/pnpm" ] && need+=("pnpm@$VP_PNPM_VERSION")
    mkdir -p "$VP_TOOLS"
    npm install --prefix "$VP_TOOLS" --no-audit --no-fund --loglevel=error $(printf '%s\n' "${need[@]}" | sort -u) >&2
    hash -r
  fi
  [ "$(vp_node_major)" -ge 22 ] || { vp_log "could not get Node >= 22 (have $(node --version 2>/dev/null))"; return 1; }
}

vp_ensure_debian_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # The extension's UI is Dutch: Chromium needs its Dutch language pack to run in Dutch.
  [ -f /usr/lib/chromium/locales/nl.pak ] || missing+=(chromium-l10n)
  # The Firefox build is driven in Debian's Firefox ESR (test/firefox), in Dutch like Chromium.
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -f /usr/lib/firefox-esr/browser/extensions/langpack-nl@firefox-esr.mozilla.org.xpi ] || missing+=(firefox-esr-l10n-nl)
  command -v xmllint >/dev/null || missing+=(libxml2-utils)
  # The CSV exports are tested by opening them in a real spreadsheet, headless.
  command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    vp_log "missing Debian packages. Run this, then try again:"
    printf '  sudo apt-get update && sudo apt-get install -y %s\n' "${missing[*]}" >&2
    return 1
  fi
  vp_log "installing ${missing[*]} from Debian"
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

vp_ensure_workspace() {
  (cd "$VP_ROOT" && pnpm install --frozen-lockfile --reporter=silent) >&2
}

vp_bootstrap() {
  vp_ensure_node_and_pnpm && vp_ensure_debian_packages && vp_ensure_workspace
}
