package org.parcours.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * `parcours --version`: the version written once, in the pom, and the git commit the jar was built from, both
 * stamped into the jar at build time (org/parcours/build.properties), with « modified » when the work tree had
 * uncommitted changes. A build outside git (a source archive) says so instead of a commit.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    private static final Properties BUILD = load();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public String[] getVersion() {
        return new String[] {"parcours " + version() + " (" + commit().in(Main.lang(spec)) + ")",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** The pom's version, e.g. 0.2.0. */
    static String version() {
        return BUILD.getProperty("version", "unknown");
    }

    /** "commit 1a2b3c4", "commit 1a2b3c4, modified", or "commit unknown: not built from a git work tree". */
    static org.parcours.i18n.Text commit() {
        String id = BUILD.getProperty("git.commit.id.abbrev", "");
        if (id.isEmpty()) return org.parcours.i18n.Text.of("commit unknown: not built from a git work tree");
        return "true".equals(BUILD.getProperty("git.dirty"))
                ? org.parcours.i18n.Text.of("commit %s, modified", id) : org.parcours.i18n.Text.of("commit %s", id);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/parcours/build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the jar's build.properties cannot be read", e);
        }
        Properties git = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/parcours/git.properties")) {
            if (in != null) git.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the jar's git.properties cannot be read", e);
        }
        git.forEach(p::putIfAbsent);
        return p;
    }
}
