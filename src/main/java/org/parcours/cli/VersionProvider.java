package org.parcours.cli;

import picocli.CommandLine;

/** The version comes from the jar's manifest, so that it is written in one place: the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"parcours " + (v == null ? "(development build)" : v)};
    }
}
