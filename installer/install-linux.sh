#!/bin/sh
# Add CentreDesk from this folder to the applications menu of the current user.
# Run from the unpacked folder: ./install-linux.sh (nothing is copied but the menu entry
# and the icon; to remove them: ./install-linux.sh --remove).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
applications="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$applications/centredesk.desktop" "$icons/centredesk.png"
    echo "CentreDesk removed from the applications menu; your data is kept."
    exit 0
fi

mkdir -p "$applications" "$icons"
cp "$here/centredesk.png" "$icons/centredesk.png"
sed "s|^Exec=.*|Exec=\"$here/centredesk\"|" "$here/centredesk.desktop" \
    > "$applications/centredesk.desktop"
chmod 644 "$applications/centredesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$applications" || true
echo "CentreDesk added to the applications menu (from $here)."
