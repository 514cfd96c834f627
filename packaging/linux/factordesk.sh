#!/bin/sh
# FactorDesk @VERSION@ launcher (POSIX sh). Runs from any working folder and through symlinks.
#   JAVA_HOME        the JDK/JRE to use (17 or later); else `java` on the PATH
#   FACTORDESK_OPTS  extra JVM options, e.g. FACTORDESK_OPTS="-Xmx2g"
#   FACTORDESK_HOME  data folder (default ~/.factordesk; `--data DIR` wins)
# If lib/factordesk.jsa exists (see README: AppCDS), it is used as a class-data sharing archive.

# Resolve the real location of this script, following symlinks one hop at a time.
script=$0
while [ -h "$script" ]; do
    link=$(readlink -- "$script" 2>/dev/null) || link=$(ls -ld -- "$script" | sed 's/^.* -> //')
    case $link in
        /*) script=$link ;;
        *) script=$(dirname -- "$script")/$link ;;
    esac
done
APP_HOME=$(cd -P -- "$(dirname -- "$script")/.." && pwd -P) || exit 1

if [ -n "${JAVA_HOME:-}" ]; then
    JAVA=$JAVA_HOME/bin/java
    if [ ! -x "$JAVA" ]; then
        echo "factordesk: JAVA_HOME ($JAVA_HOME) has no executable bin/java" >&2
        exit 1
    fi
else
    JAVA=$(command -v java) || {
        echo "factordesk: no Java found; install a JDK 17+ or set JAVA_HOME" >&2
        exit 1
    }
fi

# -Xshare:auto is the JVM default; it stands in when there is no archive, so the line below stays simple.
# A stale archive (other JDK, changed jars, moved folder) is skipped silently: -Xlog:cds*=off keeps
# CDS warnings off stdout, where they would corrupt `factordesk info --json`.
CDS_OPTION=-Xshare:auto
if [ -f "$APP_HOME/lib/factordesk.jsa" ]; then
    CDS_OPTION=-XX:SharedArchiveFile=$APP_HOME/lib/factordesk.jsa
fi

# FACTORDESK_OPTS is split on whitespace on purpose (like JAVA_OPTS elsewhere), but never globbed.
set -f
# shellcheck disable=SC2086
exec "$JAVA" \
    -Xshare:auto "$CDS_OPTION" '-Xlog:cds*=off' \
    $FACTORDESK_OPTS \
    --module-path "$APP_HOME/lib/javafx" \
    --add-modules javafx.controls,javafx.fxml,javafx.swing \
    --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED \
    --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED \
    --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED \
    -cp "$APP_HOME/lib/*" \
    '@MAIN_CLASS@' "$@"
