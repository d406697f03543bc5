#!/usr/bin/env bash
# Wrap build/dist/footgui.app (from `python packaging/build.py dist` on macOS)
# into build/packages/footgui-VERSION-macos-ARCH.dmg: the app beside a link to
# /Applications, so installing is a drag. macOS only (hdiutil, codesign).
#
# Signing: ad hoc by default (runs on the machine that downloads it after the
# user allows it in System Settings > Privacy & Security). With a Developer ID,
# set CODESIGN_IDENTITY="Developer ID Application: ..." and notarize the .dmg
# with `xcrun notarytool submit --wait` afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in hdiutil codesign; do
  command -v "$tool" >/dev/null || { echo "make-dmg.sh: $tool not found (run this on macOS)" >&2; exit 1; }
done
app=build/dist/footgui.app
[ -d "$app" ] || { echo "make-dmg.sh: $app missing; run: python packaging/build.py dist" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' footgui/__init__.py)
arch=$(uname -m)
out=build/packages/footgui-${version}-macos-${arch}.dmg
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  # Notarization needs the hardened runtime; Python and Qt need these entitlements under it.
  codesign --force --deep --options runtime --entitlements packaging/macos/entitlements.plist \
    --sign "$CODESIGN_IDENTITY" "$app"
else
  codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
mkdir -p build/packages
rm -f "$out"
hdiutil create -volname "footgui ${version}" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
echo "$out"
