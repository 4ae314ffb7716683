#!/bin/sh
# The release layout, made by `mvn package` (exec plugin) from the shaded jar:
#   target/release/parcours-VERSION.jar (+ .sha256), parcours, parcours.cmd,
#   parcours-VERSION.tar.gz and parcours-VERSION.zip (a folder parcours-VERSION/ with the jar, both launchers,
#   README.md and LICENSE), each with its .sha256, and SHA256SUMS listing them all.
# Usage: assemble.sh VERSION TARGET_DIR PROJECT_DIR TIMESTAMP
set -eu
version=$1
target=$2
base=$3
stamp=$4
name=parcours-$version
out=$target/release

rm -rf "$out"
mkdir -p "$out/$name"
cp "$target/parcours.jar" "$out/$name.jar"
cp "$base/src/release/parcours" "$out/parcours"
chmod 755 "$out/parcours"
# Windows wants CRLF line ends in a .cmd file
sed 's/\r*$/\r/' "$base/src/release/parcours.cmd" > "$out/parcours.cmd"
cp "$out/$name.jar" "$out/parcours" "$out/parcours.cmd" "$base/README.md" "$base/LICENSE" "$out/$name/"
chmod 644 "$out/$name/$name.jar" "$out/$name/parcours.cmd" "$out/$name/README.md" "$out/$name/LICENSE"

# same sources, same bytes: sorted entries, fixed owner and time, no name or time in the gzip header
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$stamp" -C "$out" -cf - "$name" | gzip -9n > "$out/$name.tar.gz"
(cd "$out" && jar --create --no-manifest --file "$name.zip" "$name")
rm -rf "${out:?}/$name"

cd "$out"
for f in "$name.jar" "$name.tar.gz" "$name.zip"; do
  sha256sum "$f" > "$f.sha256"
done
sha256sum "$name.jar" "$name.tar.gz" "$name.zip" > SHA256SUMS
