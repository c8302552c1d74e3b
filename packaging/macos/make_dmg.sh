#!/usr/bin/env bash
# macOS: build dist/Masthead.app with PyInstaller and wrap it in dist/Masthead-VERSION.dmg.
# Not run on our Linux machines; see README "Packaging" and .github/workflows/bundles.yml.
# Needs: Python 3.11+, `pip install -e ".[dist]" pillow` (Pillow turns the PNG icon into .icns).
# The app is not signed or notarised: the first start needs right-click ▸ Open.
set -euo pipefail
cd "$(dirname "$0")/../.."
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/masthead.spec
version="$(cat build/masthead/VERSION)"
dist/Masthead.app/Contents/MacOS/masthead --version
rm -rf build/dmg && mkdir -p build/dmg
cp -R dist/Masthead.app build/dmg/
ln -s /Applications build/dmg/Applications
hdiutil create -volname "Masthead $version" -srcfolder build/dmg -ov -format UDZO "dist/Masthead-$version.dmg"
echo "dist/Masthead-$version.dmg: $(du -sh "dist/Masthead-$version.dmg" | cut -f1)"
