#!/bin/bash
# Creates the AppCDS archive lib/app/app.jsa of a FactorDesk jpackage image (or installed .deb).
#   cds-train.sh IMAGE_DIR [APP ARGS...]     default APP ARGS: --version
#   CDS_TRAINING_OPTS="-Dfactordesk.startupProbe=true" cds-train.sh /opt/factordesk --data /tmp/fd-demo
#     trains on the desktop's startup instead (needs a display; the probe exits after the first frame).
# Java 17 archives are bound to the absolute paths of the jars: run this again after the image moves.
# The launcher config (lib/app/*.cfg) already has -XX:SharedArchiveFile=$APPDIR/app.jsa -Xshare:auto,
# so a missing or stale archive only costs start-up time.
set -euo pipefail

image=$(cd -P -- "${1:?usage: cds-train.sh IMAGE_DIR [APP ARGS...]}" && pwd -P)
shift
[ $# -gt 0 ] || set -- --version
appdir=$image/lib/app
java=$image/lib/runtime/bin/java
cfgs=("$appdir"/*.cfg)
cfg=${cfgs[0]}
[ -f "$cfg" ] || { echo "cds-train: no launcher config in $appdir" >&2; exit 1; }
[ -x "$java" ] || { echo "cds-train: no runtime java at $java" >&2; exit 1; }

# Replay the launcher's class path, module path and flags exactly: CDS refuses a differing class path.
classpath=()
options=()
main_class=
while IFS= read -r line; do
    value=${line#*=}
    value=${value//\$APPDIR/$appdir}
    case $line in
        app.classpath=*) classpath+=("$value") ;;
        app.mainclass=*) main_class=$value ;;
        java-options=-XX:SharedArchiveFile=* | java-options=-Xshare:* | java-options=-Xlog:*) ;;
        java-options=*) options+=("$value") ;;
    esac
done < "$cfg"
[ -n "$main_class" ] || { echo "cds-train: no app.mainclass in $cfg" >&2; exit 1; }

archive=$appdir/app.jsa
rm -f "$archive"
read -r -a extra <<< "${CDS_TRAINING_OPTS:-}"
cp=$(IFS=:; echo "${classpath[*]}")
status=0
"$java" "-XX:ArchiveClassesAtExit=$archive" '-Xlog:cds*=off' "${options[@]}" ${extra[@]+"${extra[@]}"} \
    -cp "$cp" "$main_class" "$@" > /dev/null || status=$?
[ "$status" -eq 0 ] || echo "cds-train: the training run exited with $status" >&2
[ -f "$archive" ] || { echo "cds-train: the training run wrote no archive" >&2; exit 1; }
echo "cds-train: wrote $archive ($(du -k "$archive" | cut -f1) KiB)"
