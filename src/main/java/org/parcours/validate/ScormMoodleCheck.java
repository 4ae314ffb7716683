package org.parcours.validate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What Moodle's SCORM parser needs beyond the standard: it reads the manifest without namespaces, matching
 * the prefix "adlcp:" literally and scormtype values in lower case, does not decode numeric character
 * references, and builds its navigation badly when several SCOs are not under one non-launchable root item.
 */
final class ScormMoodleCheck {
    private static final Pattern CHAR_REF = Pattern.compile("&#(x[0-9A-Fa-f]+|[0-9]+);");

    private ScormMoodleCheck() {}

    static void run(ScormIndex m, Findings findings) {
        prefixes(m, m.root(), findings);
        for (Element resource : m.resources().values()) {
            String type = ScormIndex.scormType(resource);
            if (type != null && !type.equals(type.toLowerCase(java.util.Locale.ROOT))) {
                findings.add(Rule.SCORM_SCORMTYPE_CASE, m.entry(), XmlDoc.line(resource), "scormtype \"%s\" must be"
                        + " written in lower case (\"sco\" or \"asset\"): Moodle compares it as it is", type);
            }
        }
        characterReferences(m, findings);
        navigation(m, findings);
    }

    private static void prefixes(ScormIndex m, Element e, Findings findings) {
        String want = e.getNamespaceURI() == null ? null : ScormIndex.PREFIXES.get(e.getNamespaceURI());
        if (want != null && !want.equals(e.getPrefix())) {
            findings.add(Rule.SCORM_PREFIX, m.entry(), XmlDoc.line(e), "element <%s> is in the %s namespace under"
                    + " the prefix \"%s\": write it %s:%s", e.getTagName(), namespaceName(want),
                    e.getPrefix() == null ? "" : e.getPrefix(), want, e.getLocalName());
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String wantAttr = a.getNamespaceURI() == null ? null : ScormIndex.PREFIXES.get(a.getNamespaceURI());
            if (wantAttr != null && !wantAttr.equals(a.getPrefix())) {
                findings.add(Rule.SCORM_PREFIX, m.entry(), XmlDoc.line(e), "attribute %s is in the %s namespace under"
                        + " the prefix \"%s\": write it %s:%s", a.getName(), namespaceName(wantAttr), a.getPrefix(),
                        wantAttr, a.getLocalName());
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) prefixes(m, child, findings);
        }
    }

    /** "ADL" for adlcp: as the SCORM 1.2 messages always said; the others by their prefix's standard. */
    private static String namespaceName(String prefix) {
        return switch (prefix) {
            case "adlcp" -> "ADL";
            case "imsss" -> "IMS Simple Sequencing";
            default -> "ADL " + prefix.substring(3).toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static void characterReferences(ScormIndex m, Findings findings) {
        String text = m.doc().text();
        Matcher matcher = CHAR_REF.matcher(text);
        int reported = 0;
        while (matcher.find() && reported++ < 10) {
            int line = 1 + (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
            findings.add(Rule.SCORM_CHAR_REFERENCE, m.entry(), line, "numeric character reference %s: Moodle shows it"
                    + " as typed; write the character itself (the manifest is UTF-8)", matcher.group());
        }
    }

    /** With several SCOs, Moodle wants them under one root item that launches nothing. */
    private static void navigation(ScormIndex m, Findings findings) {
        for (Element org : m.organizations()) {
            List<Element> items = XmlDoc.descendants(org, "item");
            long scos = items.stream().filter(i -> m.launched(i) != null && ScormIndex.isSco(m.launched(i))).count();
            for (Element item : m.is2004() ? List.<Element>of() : items) {
                // SCORM 2004 forbids it outright: Scorm2004Check reports it as an error
                if (XmlDoc.attr(item, "identifierref") != null && !XmlDoc.children(item, "item").isEmpty()) {
                    findings.add(Rule.SCORM_LAUNCHABLE_ROOT, m.entry(), XmlDoc.line(item), "item \"%s\" both launches"
                            + " a resource and holds items: LMSs differ on what to show", XmlDoc.attr(item, "identifier"));
                }
            }
            if (scos < 2) continue;
            List<Element> top = XmlDoc.children(org, "item");
            if (top.size() != 1 || XmlDoc.attr(top.get(0), "identifierref") != null) {
                findings.add(Rule.SCORM_LAUNCHABLE_ROOT, m.entry(), XmlDoc.line(org), "organization \"%s\" has %d SCOs"
                        + " but %s: Moodle's navigation wants every SCO under one root item that launches nothing",
                        XmlDoc.attr(org, "identifier"), scos,
                        top.size() != 1 ? top.size() + " top-level items" : "its root item is launchable");
            }
        }
    }
}
