package org.parcours.model;

import java.util.List;

/**
 * The body of a lesson or page: a sequence of blocks, with what the loader learnt while reading it (headings
 * with their anchors, links and images with their positions) so that checks need not parse Markdown again.
 */
public record Body(List<Block> blocks, List<Heading> headings, List<Reference> references, int words, boolean readable) {

    /** The body of a file that could not be read (already reported): checks must not pile errors on top. */
    public static Body unreadable() {
        return new Body(List.of(), List.of(), List.of(), 0, false);
    }

    public Body {
        blocks = List.copyOf(blocks);
        headings = List.copyOf(headings);
        references = List.copyOf(references);
    }

    public boolean isEmpty() {
        return readable && words == 0 && blocks.stream().allMatch(b -> b instanceof Block.Prose p && p.markdown().isBlank());
    }
}
