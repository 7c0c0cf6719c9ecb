#!/usr/bin/env bash
# Shows that an incompatible change of the public API fails `mvn verify` (japicmp, wired in the
# parent pom). It installs toolkit-core as it is into the local repository (the baseline: "the
# previous build"), then, in a scratch copy of the tree, makes Toolkit.plugins() package-private and
# runs verify against that baseline. Exits 0 when the broken copy fails as it must, 1 otherwise.
#
#   scripts/api-compat-check.sh
#
# Until a release exists the everyday build compares against ${japicmp.baseline} (0.1.0) and skips
# with a warning when that version cannot be resolved; see the property in pom.xml.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
config=()
if [[ -f "$root/.mvn/maven.config" ]]; then
  read -r -a config < "$root/.mvn/maven.config"
fi
mvn=(mvn -B -ntp "${config[@]}")
scratch=$(mktemp -d)
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$scratch"' EXIT

echo "baseline: toolkit-core from $root, installed as 0.0.0-baseline"
"${mvn[@]}" -f "$root/pom.xml" -pl toolkit-core -am package -Dmaven.test.skip=true -Djapicmp.skip=true -q
jar=$(ls "$root"/toolkit-core/target/toolkit-core-*.jar | grep -v -- '-sources\|-javadoc' | head -1)
"${mvn[@]}" -f "$root/pom.xml" -N install:install-file -Dfile="$jar" -DgroupId=org.draftkit \
  -DartifactId=toolkit-core -Dversion=0.0.0-baseline -Dpackaging=jar -DgeneratePom=true -q

(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar -c --ignore-failed-read 2>/dev/null) \
  | tar -x -C "$scratch"
toolkit="$scratch/toolkit-core/src/main/java/org/draftkit/Toolkit.java"
sed -i 's/^  public <T> Exporter<T> exporter(/  <T> Exporter<T> exporter(/' "$toolkit"
grep -q '^  <T> Exporter<T> exporter(' "$toolkit" || { echo "could not make the deliberate change"; exit 1; }

echo "breaking change: Toolkit.exporter(type, format) is no longer public; running verify against the baseline"
log="$scratch/verify.log"
if "${mvn[@]}" -f "$scratch/pom.xml" -pl toolkit-core verify -Dmaven.test.skip=true \
    -Djapicmp.baseline=0.0.0-baseline \
    > "$log" 2>&1; then
  echo "FAIL: verify passed although the API broke"; tail -20 "$log"; exit 1
fi
if grep -q "japicmp" "$log" && grep -qi "incompatib" "$log"; then
  grep -i "incompatib\|METHOD_\|plugins" "$log" | head -5
  echo "OK: the incompatible change fails the build"
else
  echo "FAIL: verify failed, but not on the API check"; tail -30 "$log"; exit 1
fi
