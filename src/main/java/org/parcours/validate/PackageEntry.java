package org.parcours.validate;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One file of a package as read: its path ('/' separated, relative to the root), uncompressed and stored
 * sizes, its first bytes (to sniff what it is), and its whole content when it is text the checks read
 * (manifests, HTML, scripts): media are never held in memory.
 */
record PackageEntry(String path, long size, long storedSize, byte[] head, byte[] content) {

    /** The text of a kept file, read as UTF-8; empty for media and other files not kept. */
    Optional<String> text() {
        return content == null ? Optional.empty() : Optional.of(new String(content, StandardCharsets.UTF_8));
    }
}
