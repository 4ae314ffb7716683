package org.parcours.validate;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A parsed manifest: the entry it came from, its raw text and a DOM whose elements know their line. */
record XmlDoc(String entry, String text, Document dom) {
    static final String LINE = "parcours.line";

    Element root() {
        return dom.getDocumentElement();
    }

    static int line(Node node) {
        Object line = node instanceof Attr a ? a.getOwnerElement().getUserData(LINE) : node.getUserData(LINE);
        return line instanceof Integer i ? i : 0;
    }

    /** Child elements with this local name, in any namespace (Moodle reads manifests ignoring namespaces too). */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        List<Element> list = children(parent, localName);
        return list.isEmpty() ? null : list.get(0);
    }

    /** Every descendant element with this local name, in document order. */
    static List<Element> descendants(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (localName.equals(e.getLocalName())) out.add(e);
                out.addAll(descendants(e, localName));
            }
        }
        return out;
    }

    /** An attribute by local name whatever its prefix (null when absent): how lenient LMS parsers read them. */
    static Attr attribute(Element e, String localName) {
        var attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (localName.equals(name) && !"xmlns".equals(a.getPrefix())) return a;
        }
        return null;
    }

    static String attr(Element e, String localName) {
        Attr a = attribute(e, localName);
        return a == null ? null : a.getValue();
    }

    static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }
}
