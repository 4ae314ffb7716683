package org.parcours.load;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;
import org.parcours.model.Block;
import org.parcours.model.Body;
import org.parcours.model.Reference;

/**
 * Reads a lesson or page body: splits the {@code :::} block extensions from plain Markdown, then walks the
 * CommonMark tree of each piece to learn its headings (with anchors), links and images, with file positions.
 */
final class MarkdownBody {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern OPEN = Pattern.compile("^:::\\s*([A-Za-z]*)\\s*(.*)$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern ATTR = Pattern.compile("([a-z]+)=(\"[^\"]*\"|\\S+)");

    private final String file;
    private final String dir;
    private final Diagnostics diags;
    private final IdGenerator anchors = IdGenerator.builder().build();
    private final List<org.parcours.model.Heading> headings = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private int words;

    /** {@code file} is the display path; {@code dir} the course-relative folder of the file ("" at the root). */
    MarkdownBody(String file, String dir, Diagnostics diags) {
        this.file = file;
        this.dir = dir;
        this.diags = diags;
    }

    Body read(String text, int firstLine) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder prose = new StringBuilder();
        int proseStart = firstLine;
        int i = 0;
        boolean fenced = false;
        while (i < lines.length) {
            // a block written inside a fenced code block is an example of the syntax, not a block
            if (FENCE.matcher(lines[i]).find()) fenced = !fenced;
            Matcher open = OPEN.matcher(lines[i]);
            if (fenced || !open.matches()) {
                if (prose.length() == 0) proseStart = firstLine + i;
                prose.append(lines[i]).append('\n');
                i++;
                continue;
            }
            int openLine = firstLine + i;
            SourcePos at = new SourcePos(file, openLine, 1);
            if (open.group(1).isEmpty()) {
                diags.error(org.parcours.diag.Code.BLOCK_SYNTAX, at, "closing ':::' without an opening block");
                i++;
                continue;
            }
            flush(blocks, prose, proseStart);
            int close = i + 1;
            while (close < lines.length && !lines[close].strip().equals(":::")) {
                if (OPEN.matcher(lines[close]).matches() && !OPEN.matcher(lines[close]).group(1).isEmpty()) break;
                close++;
            }
            if (close >= lines.length || !lines[close].strip().equals(":::")) {
                diags.error(org.parcours.diag.Code.BLOCK_SYNTAX, at, "block '::: %s' is not closed", open.group(1));
                close = Math.min(close, lines.length);
            }
            String inner = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, Math.min(close, lines.length)));
            Block.Prose content = prose(inner, openLine + 1);
            block(open.group(1), open.group(2).strip(), content, at).ifPresent(blocks::add);
            i = close + 1;
        }
        flush(blocks, prose, proseStart);
        return new Body(blocks, headings, references, words, true);
    }

    private void flush(List<Block> blocks, StringBuilder prose, int start) {
        if (prose.length() > 0 && !prose.toString().isBlank()) blocks.add(prose(prose.toString(), start));
        prose.setLength(0);
    }

    private Optional<Block> block(String kind, String argument, Block.Prose content, SourcePos at) {
        switch (kind) {
            case "callout", "details" -> {
                if (argument.isEmpty()) {
                    diags.error(org.parcours.diag.Code.BLOCK_SYNTAX, at, "'::: %s' needs a title", kind)
                            .hint("write '::: %s À retenir'", kind);
                    return Optional.empty();
                }
                return Optional.of(kind.equals("callout")
                        ? new Block.Callout(argument, content, at)
                        : new Block.Details(argument, content, at));
            }
            case "video", "audio" -> {
                Map<String, String> attrs = attributes(argument);
                String src = attrs.get("");
                if (src == null) {
                    diags.error(org.parcours.diag.Code.BLOCK_SYNTAX, at, "'::: %s' needs a file", kind);
                    return Optional.empty();
                }
                String captions = attrs.getOrDefault("captions", "");
                Reference media = reference(Reference.Kind.MEDIA, src, "", at);
                references.add(media);
                String captionsPath = "";
                if (!captions.isEmpty()) {
                    Reference track = reference(Reference.Kind.CAPTIONS, captions, "", at);
                    references.add(track);
                    captionsPath = track.path().orElse(captions);
                }
                return Optional.of(new Block.Media(kind.equals("video") ? Block.Media.Kind.VIDEO : Block.Media.Kind.AUDIO,
                        media.path().orElse(src), captionsPath, content, at));
            }
            case "download" -> {
                String src = attributes(argument).get("");
                if (src == null) {
                    diags.error(org.parcours.diag.Code.BLOCK_SYNTAX, at, "'::: download' needs a file");
                    return Optional.empty();
                }
                Reference ref = reference(Reference.Kind.DOWNLOAD, src, "", at);
                references.add(ref);
                return Optional.of(new Block.Download(ref.path().orElse(src), content, at));
            }
            default -> {
                diags.error(org.parcours.diag.Code.BLOCK_SYNTAX, at, "unknown block '::: %s'", kind);
                return Optional.empty();
            }
        }
    }

    /** The first bare word is stored under "" (the file); the rest are key=value or key="value with spaces". */
    private static Map<String, String> attributes(String argument) {
        Map<String, String> out = new LinkedHashMap<>();
        String rest = argument;
        Matcher m = ATTR.matcher(argument);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            String v = m.group(2);
            out.put(m.group(1), v.startsWith("\"") ? v.substring(1, v.length() - 1) : v);
            spans.add(new int[] {m.start(), m.end()});
        }
        StringBuilder bare = new StringBuilder(rest);
        for (int k = spans.size() - 1; k >= 0; k--) bare.delete(spans.get(k)[0], spans.get(k)[1]);
        String file = bare.toString().strip();
        if (!file.isEmpty()) out.put("", file.split("\\s+")[0]);
        return out;
    }

    private Block.Prose prose(String markdown, int startLine) {
        SourcePos at = new SourcePos(file, startLine, 1);
        Node doc = PARSER.parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String title = plainText(heading);
                String anchor = anchors.generateId(foldForAnchor(title));
                headings.add(new org.parcours.model.Heading(heading.getLevel(), title, anchor, pos(heading, startLine)));
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                references.add(reference(Reference.Kind.LINK, link.getDestination(), plainText(link), pos(link, startLine)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                references.add(reference(Reference.Kind.IMAGE, image.getDestination(), plainText(image), pos(image, startLine)));
            }

            @Override
            public void visit(Text text) {
                words += countWords(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                words += countWords(code.getLiteral());
            }
        });
        return new Block.Prose(markdown, at);
    }

    private SourcePos pos(Node node, int startLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) return new SourcePos(file, startLine, 1);
        SourceSpan s = spans.get(0);
        return new SourcePos(file, startLine + s.getLineIndex(), s.getColumnIndex() + 1);
    }

    private Reference reference(Reference.Kind kind, String target, String text, SourcePos at) {
        String t = target == null ? "" : target.strip();
        Optional<String> anchor = Optional.empty();
        String pathPart = t;
        int hash = t.indexOf('#');
        if (hash >= 0) {
            anchor = Optional.of(t.substring(hash + 1));
            pathPart = t.substring(0, hash);
        }
        boolean external = pathPart.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || pathPart.startsWith("//");
        Optional<String> path = Optional.empty();
        if (!external) {
            path = Optional.of(pathPart.isEmpty() ? "" : CoursePaths.resolve(dir, pathPart));
        }
        return new Reference(kind, t, external ? Optional.empty() : path, anchor, text, at);
    }

    static String plainText(Node node) {
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

    /** Anchors are ASCII: accents dropped and apostrophes removed before commonmark's id generator runs. */
    static String foldForAnchor(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        plain = plain.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae");
        return plain.replaceAll("[\u00A0\u202F]", " ").replaceAll("[’']", "")
                .replaceAll("[^A-Za-z0-9 _-]", "").replaceAll("\\s+", " ").strip();
    }

    static int countWords(String text) {
        int n = 0;
        for (String token : text.split("[\\s\u00A0\u202F]+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
        }
        return n;
    }

    static String dirOf(String coursePath) {
        int slash = coursePath.lastIndexOf('/');
        return slash < 0 ? "" : coursePath.substring(0, slash);
    }

    static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
