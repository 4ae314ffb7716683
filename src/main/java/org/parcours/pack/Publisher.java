package org.parcours.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moves a staged zip and its checksum file to their final place, each in one atomic step. */
public final class Publisher {
    private Publisher() {}

    public static Path publish(Path staged, Path destination) {
        try {
            Files.createDirectories(destination.toAbsolutePath().getParent());
            Files.move(staged, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            ZipPacker.writeChecksum(destination);
            Files.deleteIfExists(staged.resolveSibling(staged.getFileName() + ".sha256"));
            return destination;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + destination, e);
        }
    }

    public static void discard(Path staged) {
        try {
            Files.deleteIfExists(staged);
            Files.deleteIfExists(staged.resolveSibling(staged.getFileName() + ".sha256"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + staged, e);
        }
    }
}
