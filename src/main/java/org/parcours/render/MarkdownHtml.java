package org.parcours.render;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.parcours.typography.FrenchTypography;

/**
 * Renders the Markdown of one unit's body to HTML. Headings get the anchors the loader computed (in the same
 * order, so links checked against them land), links to lessons become player routes, links and images to course
 * files get their package path (images with their intrinsic size), external links open in a new window and say so, and wide tables scroll inside a
 * focusable region instead of widening the page (WCAG 1.4.10 reflow, 2.1.1 keyboard).
 */
final class MarkdownHtml {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Routes routes;
    private final java.nio.file.Path courseRoot;
    private final String unitId;
    private final String dir;
    private final String base;
    private final Iterator<org.parcours.model.Heading> anchors;
    private final Map<String, String> t;
    private final HtmlRenderer renderer;
    private final boolean french;
    private int lastLevel = 1;
    private int tables;

    /**
     * {@code unitId} and {@code dir} (course folder of its source) resolve links; {@code base} leads to the player
     * root; {@code headings} are the loader's headings of the whole body, in document order.
     */
    MarkdownHtml(Routes routes, java.nio.file.Path courseRoot, String unitId, String dir, String base,
                 List<org.parcours.model.Heading> headings, Map<String, String> t, boolean french) {
        this.routes = routes;
        this.courseRoot = courseRoot;
        this.unitId = unitId;
        this.dir = dir;
        this.base = base;
        this.anchors = headings.iterator();
        this.t = t;
        this.french = french;
        this.renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .attributeProviderFactory(context -> new Attributes())
                .build();
    }

    String render(String markdown) {
        Node doc = PARSER.parse(markdown);
        typeset(doc);
        markExternalLinks(doc);
        return wrapTables(doc);
    }

    /** Renders Markdown that is one paragraph (a download's label) without its {@code <p>}. */
    String renderInline(String markdown) {
        Node doc = PARSER.parse(markdown.strip());
        typeset(doc);
        markExternalLinks(doc);
        Node first = doc.getFirstChild();
        if (first instanceof Paragraph p && first.getNext() == null) {
            StringBuilder out = new StringBuilder();
            for (Node n = p.getFirstChild(); n != null; n = n.getNext()) out.append(renderer.render(n));
            return out.toString();
        }
        return renderer.render(doc);
    }

    /** Level of the last heading rendered so far (1, the unit title, before any). */
    int lastLevel() {
        return lastLevel;
    }

    private String wrapTables(Node doc) {
        StringBuilder out = new StringBuilder();
        for (Node n = doc.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            String html = renderer.render(n);
            if (n instanceof TableBlock) {
                tables++;
                String label = UiStrings.format(t.get("table"), Map.of("n", tables));
                html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + label + "\">\n"
                        + html + "</div>\n";
            }
            out.append(html);
            n = next;
        }
        return out.toString();
    }

    /**
     * French no-break spaces on the text of the tree (FrenchTypography), never in code, link targets or an image's
     * alt attribute. A line break of the source is a space like any other: « texte⏎? » is joined first, or the
     * browser could start a line with « ? ».
     */
    private void typeset(Node doc) {
        if (!french) return;
        List<Text> texts = new java.util.ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Image image) {
                // its text becomes the alt attribute
            }
        });
        for (Text text : texts) {
            if (text.getParent() == null) continue; // merged into the text before it
            while (text.getNext() instanceof SoftLineBreak br && br.getNext() instanceof Text after) {
                text.setLiteral(text.getLiteral() + " " + after.getLiteral());
                br.unlink();
                after.unlink();
            }
            String literal = text.getLiteral();
            if (text.getPrevious() instanceof SoftLineBreak br && literal.matches("^[;:!?»].*")) {
                br.unlink();
                literal = " " + literal;
            }
            text.setLiteral(text.getPrevious() == null ? FrenchTypography.fix(literal) : FrenchTypography.fixContinuing(literal));
        }
    }

    /** An external link opens a new window (leaving an LMS frame loses the session); say so (WCAG G201, RGAA 13.2). */
    private void markExternalLinks(Node doc) {
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                visitChildren(link);
                if (Routes.isExternal(link.getDestination())) {
                    HtmlInline note = new HtmlInline();
                    note.setLiteral("<span class=\"visually-hidden\"> " + t.get("newWindow") + "</span>");
                    link.appendChild(note);
                }
            }
        });
    }

    private final class Attributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading h) {
                attributes.put("id", anchorFor(h));
                lastLevel = h.getLevel();
            } else if (node instanceof Link link) {
                String dest = link.getDestination();
                attributes.put("href", routes.href(dest, unitId, dir, base));
                if (Routes.isExternal(dest)) {
                    attributes.put("target", "_blank");
                    attributes.put("rel", "noopener");
                }
            } else if (node instanceof Image image && !Routes.isExternal(image.getDestination())) {
                String path = Routes.resolve(dir, image.getDestination());
                attributes.put("src", Routes.file(path, base));
                ImageSize.of(courseRoot.resolve(path)).ifPresent(size -> {
                    attributes.put("width", String.valueOf(size.width()));
                    attributes.put("height", String.valueOf(size.height()));
                });
            }
        }

        private String anchorFor(Heading h) {
            String text = plainText(h);
            if (!anchors.hasNext()) throw new IllegalStateException("render met more headings than the loader in " + unitId);
            org.parcours.model.Heading known = anchors.next();
            if (!sameWords(known.text(), text)) {
                throw new IllegalStateException("render and loader disagree on the headings of " + unitId
                        + ": '" + text + "' vs '" + known.text() + "'");
            }
            return known.anchor();
        }
    }

    /** The loader read the source; the renderer reads it typeset: they agree on everything but spaces. */
    private static boolean sameWords(String a, String b) {
        return a.replaceAll("[\\s\u00A0\u202F]+", "").equals(b.replaceAll("[\\s\u00A0\u202F]+", ""));
    }

    /**
     * The heading's text as the loader reads it (load/MarkdownBody.plainText): text and code literals only. It is
     * repeated here, not shared, so that render does not reach back into load; anchorFor() compares the two
     * readings, so they cannot drift apart unnoticed.
     */
    private static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }
}
