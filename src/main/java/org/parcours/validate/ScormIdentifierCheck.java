package org.parcours.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Identifiers are unique across the manifest and every reference resolves: an item's identifierref and a
 * dependency's to a resource, the organizations' default to an organization (IMS CP 1.1.2 information model).
 * LMSs key learner tracking on these identifiers, so a duplicate silently merges two SCOs' records.
 */
final class ScormIdentifierCheck {
    private ScormIdentifierCheck() {}

    static void run(ScormIndex m, Findings findings) {
        Map<String, Element> seen = new HashMap<>();
        Set<String> resources = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        Set<String> manifests = new HashSet<>();
        for (String kind : new String[] {"manifest", "organization", "item", "resource"}) {
            for (Element e : kind.equals("manifest") ? withRoot(m) : XmlDoc.descendants(m.root(), kind)) {
                if (kind.equals("resource") && !"resources".equals(e.getParentNode().getLocalName())) continue;
                String id = XmlDoc.attr(e, "identifier");
                if (id == null) continue;
                switch (kind) {
                    case "resource" -> resources.add(id);
                    case "organization" -> organizations.add(id);
                    case "manifest" -> manifests.add(id);
                    default -> { }
                }
                Element first = seen.putIfAbsent(id, e);
                if (first != null) {
                    findings.add(Rule.SCORM_DUPLICATE_ID, m.entry(), XmlDoc.line(e), "identifier \"%s\" of this %s is"
                            + " already used by the %s on line %d", id, kind, first.getLocalName(), XmlDoc.line(first));
                }
            }
        }
        for (Element item : m.items()) {
            String ref = XmlDoc.attr(item, "identifierref");
            if (ref != null && !resources.contains(ref) && !manifests.contains(ref)) {
                findings.add(Rule.SCORM_UNRESOLVED_REF, m.entry(), XmlDoc.line(item), "item \"%s\" refers to resource"
                        + " \"%s\", which the manifest does not declare", XmlDoc.attr(item, "identifier"), ref);
            }
        }
        for (Element dep : XmlDoc.descendants(m.root(), "dependency")) {
            String ref = XmlDoc.attr(dep, "identifierref");
            if (ref != null && !resources.contains(ref)) {
                findings.add(Rule.SCORM_UNRESOLVED_REF, m.entry(), XmlDoc.line(dep), "dependency on resource \"%s\","
                        + " which the manifest does not declare", ref);
            }
        }
        Element orgs = XmlDoc.child(m.root(), "organizations");
        String def = orgs == null ? null : XmlDoc.attr(orgs, "default");
        if (def != null && !organizations.contains(def)) {
            findings.add(Rule.SCORM_UNRESOLVED_REF, m.entry(), XmlDoc.line(orgs), "default organization \"%s\" does"
                    + " not exist", def);
        }
    }

    private static java.util.List<Element> withRoot(ScormIndex m) {
        java.util.List<Element> all = new java.util.ArrayList<>();
        all.add(m.root());
        all.addAll(XmlDoc.descendants(m.root(), "manifest"));
        return all;
    }
}
