package org.parcours.target.xapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.parcours.tree.FileTree;

/**
 * The runtime files that the xAPI and cmi5 adapters load beside themselves (one concern per file: statements,
 * outbox, LRS client). The player copies the runtime it knows; these are added when it did not.
 */
public final class XapiRuntime {
    public static final List<String> FILES = List.of("statements.js", "outbox.js", "xapi-client.js",
            "xapi-bookmark.js", "xapi-launch.js", "adapters/xapi.js", "adapters/cmi5.js");

    private XapiRuntime() {}

    public static void addTo(FileTree.Builder tree, FileTree player) {
        for (String f : FILES) {
            String path = "runtime/" + f;
            if (!player.contains(path)) tree.put(path, resource(f));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = XapiRuntime.class.getResourceAsStream("/org/parcours/runtime/" + name)) {
            if (in == null) throw new IllegalStateException("runtime file missing from the jar: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
