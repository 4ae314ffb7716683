package org.parcours.model;

import java.util.List;

/**
 * The body of a lesson or page: a sequence of blocks, with what the loader learnt while reading it (headings
 * with their anchors, links and images with their positions) so that checks need not parse Markdown again.
 */
public record Body(List<Block> blocks, List<Heading> headings, List<Reference> references, int words) {

    public Body {
        blocks = List.copyOf(blocks);
        headings = List.copyOf(headings);
        references = List.copyOf(references);
    }

    public boolean isEmpty() {
        return words == 0 && blocks.stream().allMatch(b -> b instanceof Block.Prose p && p.markdown().isBlank());
    }
}
