package org.parcours.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * One SHA256SUMS file per output folder, so that `cd dist && sha256sum -c SHA256SUMS` checks every package at once:
 * the lines of the per-zip .sha256 files already there (no zip is hashed twice), names relative to the folder,
 * sorted, for the zips that are still beside them.
 */
public final class Checksums {
    public static final String SUMS = "SHA256SUMS";

    private Checksums() {}

    /** Writes {@code dir/SHA256SUMS} in one atomic step and returns it. */
    public static Path writeSums(Path dir) {
        try {
            List<Path> sums;
            try (Stream<Path> files = Files.list(dir)) {
                sums = files.filter(p -> p.getFileName().toString().endsWith(".zip.sha256"))
                        .filter(p -> Files.isRegularFile(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.sha256$", ""))))
                        .sorted().toList();
            }
            StringBuilder text = new StringBuilder();
            for (Path sum : sums) text.append(Files.readString(sum, StandardCharsets.US_ASCII).strip()).append('\n');
            Path target = dir.resolve(SUMS);
            Path tmp = Files.createTempFile(dir.toAbsolutePath(), "." + SUMS, ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.US_ASCII);
                ZipPacker.shareable(tmp);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(SUMS), e);
        }
    }
}
