package org.parcours.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.parcours.tree.FileTree;

/**
 * Writes a {@link FileTree} as a folder: first into a hidden sibling, then swapped into place, so that a failed
 * build leaves the previous folder whole.
 */
public final class FolderWriter {
    private FolderWriter() {}

    public static Path write(FileTree tree, Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        Path tmp = parent.resolve("." + folder.getFileName() + ".tmp");
        Path old = parent.resolve("." + folder.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
            deleteTree(tmp);
            for (Map.Entry<String, byte[]> e : tree.files().entrySet()) {
                Path p = tmp.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            deleteTree(old);
            if (Files.exists(folder)) Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
