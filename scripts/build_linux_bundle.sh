#!/usr/bin/env bash
# Build the Linux bundle: the one-folder program dist/CentreDesk and the tarball
# dist/CentreDesk-<version>-linux-<machine>.tar.gz (program, .desktop file, icon, licences).
# Run from anywhere; needs `uv sync` done (PyInstaller is a dev dependency).
set -euo pipefail
cd "$(dirname "$0")/.."

# The .qm files are built, not committed; the spec refuses to build without them.
uv run python -m centredesk.ui.translations build
uv run pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/centredesk.spec

bundle=dist/CentreDesk
cp installer/centredesk.desktop "$bundle/centredesk.desktop"
cp installer/install-linux.sh "$bundle/install-linux.sh"
cp resources/icons/centredesk-256.png "$bundle/centredesk.png"

version=$(uv run python -c "import centredesk; print(centredesk.__version__)")
tarball="dist/CentreDesk-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" CentreDesk
echo "built $tarball ($(du -h "$tarball" | cut -f1))"
