package org.parcours.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime shipped in every package, read from the classpath (org/parcours/runtime/). A classpath folder cannot
 * be listed inside a jar, so the core files are named here, and an adapter names the extra files it needs in a
 * first-line comment: {@code /* parcours:requires xapi/client.js xapi/statements.js *}{@code /}.
 */
public final class RuntimeFiles {
    private static final String ROOT = "/org/parcours/runtime/";
    /**
     * In load order: strings and the pure grading functions, then the tracker (adapters register with it), then
     * the quiz form and the player.
     */
    private static final List<String> BEFORE_ADAPTER = List.of("i18n.js", "grading.js", "tracker.js");
    private static final List<String> AFTER_ADAPTER = List.of("quiz.js", "player.js");
    private static final Pattern REQUIRES = Pattern.compile("\\A\\s*/\\*\\s*parcours:requires\\s+([^*]*)\\*/");

    private RuntimeFiles() {}

    /** Every runtime file an adapter's player needs, relative to runtime/: scripts in load order, then player.css. */
    public static List<String> files(String adapter) {
        List<String> all = new ArrayList<>(scripts(adapter));
        all.add("player.css");
        return all;
    }

    /** The scripts the HTML loads, in order. */
    public static List<String> scripts(String adapter) {
        String file = "adapters/" + adapter + ".js";
        if (!exists(file)) throw new IllegalArgumentException("no runtime adapter '" + adapter + "' (" + ROOT + file + ")");
        Set<String> out = new LinkedHashSet<>(BEFORE_ADAPTER);
        Matcher m = REQUIRES.matcher(text(file));
        if (m.find()) {
            for (String dep : m.group(1).strip().split("\\s+")) {
                if (!exists(dep)) throw new IllegalStateException(file + " requires a missing runtime file: " + dep);
                out.add(dep);
            }
        }
        out.add(file);
        out.addAll(AFTER_ADAPTER);
        return List.copyOf(out);
    }

    public static byte[] bytes(String file) {
        try (InputStream in = RuntimeFiles.class.getResourceAsStream(ROOT + file)) {
            if (in == null) throw new IllegalStateException("runtime file missing from the build: " + ROOT + file);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static boolean exists(String file) {
        return RuntimeFiles.class.getResource(ROOT + file) != null;
    }
}
