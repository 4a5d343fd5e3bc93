#!/usr/bin/env bash
# Starts the Passkey Autopilot demo: Keycloak 26.7.3 in dev mode on its embedded H2 database, with the
# provider jar and the demo realm. Everything it needs comes from Maven Central and is cached under
# ~/.m2; Keycloak's files live in .demo/ (delete that folder to start from scratch).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
keycloak_version=26.7.3
port="${DEMO_PORT:-8080}"
demo_dir="$root/.demo"
keycloak_home="$demo_dir/keycloak-$keycloak_version"

command -v java >/dev/null || { echo "Java 17 or newer is needed: apt-get install -y openjdk-17-jdk" >&2; exit 1; }

echo "Building the provider jar..."
./mvnw -B -q -DskipTests install -pl distribution -am

if [ ! -x "$keycloak_home/bin/kc.sh" ]; then
  echo "Unpacking Keycloak $keycloak_version (resolved through Maven)..."
  ./mvnw -B -q -N dependency:unpack \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$keycloak_version:tar.gz" \
    -DoutputDirectory="$demo_dir" \
    -DmarkersDirectory="$demo_dir/.unpack-markers"
fi

version="$(./mvnw -B -q -N help:evaluate -Dexpression=project.version -DforceStdout)"
rm -f "$keycloak_home"/providers/passkey-autopilot-*.jar
cp "distribution/target/passkey-autopilot-$version.jar" "$keycloak_home/providers/"
mkdir -p "$keycloak_home/data/import"
cp distribution/src/main/demo/demo-realm.json "$keycloak_home/data/import/"

cat <<MSG

  Passkey Autopilot demo
  ----------------------
  Open    http://localhost:$port/realms/demo/account   and sign in as demo / demo
  Support http://localhost:$port/realms/demo/passkey-autopilot/console/   (support / support, in a private window)
  Admin   http://localhost:$port/admin/master/console/#/demo   (admin / admin)
  Events  http://localhost:$port/admin/master/console/#/demo/events

  Keycloak is starting (about 30 s); stop it with Ctrl+C.

MSG

export KC_BOOTSTRAP_ADMIN_USERNAME=admin
export KC_BOOTSTRAP_ADMIN_PASSWORD=admin
exec "$keycloak_home/bin/kc.sh" start-dev --http-port="$port" --import-realm
