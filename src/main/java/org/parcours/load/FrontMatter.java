package org.parcours.load;

import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter and its body. {@code yamlLine} is the file line of the first
 * YAML line (minus one, to add to parser lines); {@code bodyLine} the file line where the body starts (1-based).
 */
record FrontMatter(String yaml, int yamlOffset, String body, int bodyLine) {

    static Optional<FrontMatter> split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) return Optional.empty();
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, 1, body, i + 2));
            }
        }
        return Optional.empty();
    }
}
