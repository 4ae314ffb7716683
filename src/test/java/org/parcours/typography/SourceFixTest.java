package org.parcours.typography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What `parcours fmt` rewrites in a source file, and what it never touches. */
class SourceFixTest {
    private static final String N = "\u00A0";
    private static final String NN = "\u202F";

    @Test
    void fixesMarkdownProseButNotCodeLinkTargetsImagesOrUrls() {
        String md = "Pourquoi ? Voir `a ? b : c`, [la suite ?](x.md#a) et ![un schéma : vue](s.svg) ; https://x.org/?q=1 !\n";
        assertThat(SourceFix.markdown(md)).isEqualTo("Pourquoi" + NN + "? Voir `a ? b : c`, [la suite" + NN
                + "?](x.md#a) et ![un schéma : vue](s.svg)" + NN + "; https://x.org/?q=1" + NN + "!\n");
    }

    @Test
    void leavesFencedAndIndentedCodeAlone() {
        String md = "Texte :\n\n```\nif (a ? b : c) {}\n```\n\n    x = a ? b : c\n";
        assertThat(SourceFix.markdown(md)).isEqualTo("Texte" + N + ":\n\n```\nif (a ? b : c) {}\n```\n\n    x = a ? b : c\n");
    }

    @Test
    void fixesFrontMatterTextValuesButNotKeysOrIdentifiers() {
        String md = "---\ntitle: \"Quoi : pourquoi ?\"\nid: quoi\nobjectives:\n  - Savoir ceci !\n---\n\nTexte !\n";
        assertThat(SourceFix.markdown(md)).isEqualTo("---\ntitle: \"Quoi" + N + ": pourquoi" + NN + "?\"\nid: quoi\n"
                + "objectives:\n  - Savoir ceci" + NN + "!\n---\n\nTexte" + NN + "!\n");
    }

    @Test
    void neverTouchesTheAnswersALearnerTypesNorComments() {
        String yaml = "# Quiz : commentaire ?\nquestions:\n  - id: seuil\n    type: fillin\n    prompt: Combien ?\n"
                + "    answers:\n      - 80 000\n      - quatre-vingt mille !\n";
        assertThat(SourceFix.yaml(yaml)).isEqualTo("# Quiz : commentaire ?\nquestions:\n  - id: seuil\n    type: fillin\n"
                + "    prompt: Combien" + NN + "?\n    answers:\n      - 80 000\n      - quatre-vingt mille !\n");
    }

    @Test
    void fixesFoldedBlocksAndTheValuesOfListItems() {
        String yaml = "summary: >\n  Une partie ; courte !\ncorrect: true\nchoices:\n  - text: Oui !\n    feedback: 'Non : jamais'\n";
        assertThat(SourceFix.yaml(yaml)).isEqualTo("summary: >\n  Une partie" + NN + "; courte" + NN + "!\ncorrect: true\n"
                + "choices:\n  - text: Oui" + NN + "!\n    feedback: 'Non" + N + ": jamais'\n");
    }

    @Test
    void isIdempotentAndChangesSpacesOnly() {
        String md = "---\ntitle: « Quoi » ?\n---\n\n« Bonjour » : 20 000 habitants ; 15 % !\n";
        String once = SourceFix.markdown(md);
        assertThat(once).isNotEqualTo(md);
        assertThat(SourceFix.markdown(once)).isEqualTo(once);
        assertThat(SourceFix.sameButSpaces(md, once)).isTrue();
        assertThat(SourceFix.changes(once, true)).isEmpty();
    }

    @Test
    void reportsTheLineAndColumnOfEachLineToChange() {
        assertThat(SourceFix.changes("---\ntitle: Quoi ?\n---\n\nUn ; deux\n", true))
                .extracting(SourceFix.Change::line, SourceFix.Change::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 12), org.assertj.core.groups.Tuple.tuple(5, 3));
    }
}
