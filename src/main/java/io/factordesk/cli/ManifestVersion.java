package io.factordesk.cli;

import picocli.CommandLine.IVersionProvider;

/** "FactorDesk x.y.z" from the jar manifest; the development version when run from classes. */
final class ManifestVersion implements IVersionProvider {

    static final String DEVELOPMENT_VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"FactorDesk " + version()};
    }

    static String version() {
        String fromManifest = ManifestVersion.class.getPackage().getImplementationVersion();
        return fromManifest == null || fromManifest.isBlank() ? DEVELOPMENT_VERSION : fromManifest;
    }
}
