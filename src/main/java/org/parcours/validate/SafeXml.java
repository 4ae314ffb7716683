package org.parcours.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML: no DTD, no external entity, no network (a DOCTYPE is refused outright, which stops XXE
 * and billion-laughs alike), and builds a DOM whose elements carry their line number for findings.
 */
final class SafeXml {
    /** Deeper than this, a manifest is hostile: real ones nest a dozen levels (items in items, metadata). */
    static final int MAX_DEPTH = 256;
    /** Bigger than this, a manifest is hostile: the mini-MOOC's is 40 KiB, a 5,000-file package's about 1 MiB. */
    static final int MAX_BYTES = 4 << 20;

    private SafeXml() {}

    /** A SAX parser factory locked down for untrusted input; also used to feed the XSD validator. */
    static SAXParserFactory factory() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    static SAXParser parser() {
        try {
            SAXParser parser = factory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // checked while streaming, before anything deep is built: the JDK parser's own element depth limit
            parser.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document, or empty with a V412 (malformed) or V413 (DTD refused) finding. */
    static Optional<XmlDoc> parse(PackageEntry entry, Findings findings) {
        byte[] bytes = entry.content();
        if (bytes == null || bytes.length > MAX_BYTES) {
            findings.add(Rule.XML_LIMITS, entry.path(), 0, "manifest of %d bytes, over the limit of %d bytes: not read",
                    entry.size(), MAX_BYTES);
            return Optional.empty();
        }
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            parser().parse(new InputSource(new ByteArrayInputStream(bytes)), new DomBuilder(doc));
            return Optional.of(new XmlDoc(entry.path(), new String(bytes, StandardCharsets.UTF_8), doc));
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (tooDeep(e)) {
                findings.add(Rule.XML_LIMITS, entry.path(), Math.max(e.getLineNumber(), 0), "elements nested deeper than"
                        + " %d levels: not read", MAX_DEPTH);
                return Optional.empty();
            }
            boolean dtd = msg.contains("DOCTYPE") || msg.contains("DTD");
            findings.add(dtd ? Rule.XML_DTD : Rule.XML_MALFORMED, entry.path(), Math.max(e.getLineNumber(), 0),
                    dtd ? "the manifest declares a DTD (<!DOCTYPE>): refused, since entities can read files or"
                            + " exhaust memory (XXE); manifests need no DTD" : "not well-formed XML: %s", msg);
            return Optional.empty();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            findings.add(Rule.XML_MALFORMED, entry.path(), 0, "not readable as XML: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether the parser stopped at the element depth limit (JAXP00082001 in the JDK's messages). */
    static boolean tooDeep(SAXParseException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return msg.contains("maxElementDepth") || msg.contains("JAXP00082001");
    }

    /** Builds the DOM from SAX events so that each element can be stamped with the line it starts on. */
    private static final class DomBuilder extends DefaultHandler {
        private final Document doc;
        private final Deque<Node> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;

        DomBuilder(Document doc) {
            this.doc = doc;
            open.push(doc);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attrs) {
            flushText();
            Element e = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attrs.getLength(); i++) {
                String ns = attrs.getURI(i);
                e.setAttributeNS(ns.isEmpty() ? null : ns, attrs.getQName(i), attrs.getValue(i));
            }
            e.setUserData(XmlDoc.LINE, locator == null ? 0 : locator.getLineNumber(), null);
            open.peek().appendChild(e);
            open.push(e);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            flushText();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (text.length() > 0 && open.peek() instanceof Element e) e.appendChild(doc.createTextNode(text.toString()));
            text.setLength(0);
        }
    }
}
