package org.parcours.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * What SCORM 2004 4th edition requires of a manifest beyond its XSDs (CAM 3.4.1, 5.1; SN 3): every resource says
 * whether it is a SCO or an asset, organizations and items have titles, an item either groups child items or
 * launches a resource (never both, never neither), objectives are unique in their activity and rule conditions
 * refer to them, and a cluster can be navigated at all. An LMS with a sequencing engine refuses or mis-runs a
 * package that breaks these; one without (Moodle) shows a broken table of contents.
 */
final class Scorm2004Check {
    private Scorm2004Check() {}

    static void run(ScormIndex m, Findings findings) {
        for (Element resource : m.resources().values()) {
            if (ScormIndex.scormType(resource) == null) {
                findings.add(Rule.SCORM_NO_SCORMTYPE, m.entry(), XmlDoc.line(resource), "resource \"%s\" has no"
                        + " adlcp:scormType: the LMS cannot tell a SCO (\"sco\") from an asset (\"asset\")",
                        XmlDoc.attr(resource, "identifier"));
            }
        }
        for (Element org : m.organizations()) {
            title(m, org, "organization", findings);
            sequencing(m, org, true, findings);
        }
        for (Element item : m.items()) {
            title(m, item, "item", findings);
            boolean cluster = !XmlDoc.children(item, "item").isEmpty();
            String ref = XmlDoc.attr(item, "identifierref");
            if (cluster && ref != null) {
                findings.add(Rule.SCORM_CLUSTER_LAUNCHES, m.entry(), XmlDoc.line(item), "item \"%s\" holds child items"
                        + " and references resource \"%s\": in SCORM 2004 only leaf items launch (CAM 3.4.1.9)",
                        XmlDoc.attr(item, "identifier"), ref);
            } else if (!cluster && ref == null) {
                findings.add(Rule.SCORM_LEAF_LAUNCHES_NOTHING, m.entry(), XmlDoc.line(item), "item \"%s\" has no child"
                        + " item and no identifierref: a leaf activity must launch a resource (CAM 3.4.1.9)",
                        XmlDoc.attr(item, "identifier"));
            }
            sequencing(m, item, cluster, findings);
        }
    }

    private static void title(ScormIndex m, Element e, String kind, Findings findings) {
        Element title = XmlDoc.child(e, "title");
        if (title == null) {
            findings.add(Rule.SCORM_NO_TITLE, m.entry(), XmlDoc.line(e), "%s \"%s\" has no title: LMSs show it in the"
                    + " table of contents (CAM 3.4.1.8-10)", kind, XmlDoc.attr(e, "identifier"));
        } else if (title.getTextContent().isBlank()) {
            findings.add(Rule.SCORM_NO_TITLE, m.entry(), XmlDoc.line(title), "%s \"%s\" has an empty title: LMSs show"
                    + " it in the table of contents (CAM 3.4.1.8-10)", kind, XmlDoc.attr(e, "identifier"));
        }
    }

    /** The activity's own sequencing and, when it names one by IDRef, the shared one of sequencingCollection. */
    private static void sequencing(ScormIndex m, Element activity, boolean cluster, Findings findings) {
        List<Element> parts = new ArrayList<>();
        for (Element s : XmlDoc.children(activity, "sequencing")) {
            if (!ScormIndex.IMSSS.equals(s.getNamespaceURI())) continue;
            parts.add(s);
            String idref = XmlDoc.attr(s, "IDRef");
            if (idref != null) parts.addAll(shared(m, idref));
        }
        if (parts.isEmpty()) return;
        Set<String> objectives = new LinkedHashSet<>();
        Map<String, Element> seen = new HashMap<>();
        for (Element s : parts) {
            Element obj = XmlDoc.children(s, "objectives").stream()
                    .filter(o -> ScormIndex.IMSSS.equals(o.getNamespaceURI())).findFirst().orElse(null);
            if (obj == null) continue;
            List<Element> declared = new ArrayList<>(XmlDoc.children(obj, "primaryObjective"));
            declared.addAll(XmlDoc.children(obj, "objective"));
            for (Element o : declared) {
                String id = XmlDoc.attr(o, "objectiveID");
                if (id == null) continue;
                objectives.add(id);
                Element first = seen.putIfAbsent(id, o);
                if (first != null && first != o) {
                    findings.add(Rule.SEQ_DUPLICATE_OBJECTIVE, m.entry(), XmlDoc.line(o), "objective \"%s\" of"
                            + " activity \"%s\" is already declared on line %d: objective ids are unique in their"
                            + " activity (SN 3.10)", id, XmlDoc.attr(activity, "identifier"), XmlDoc.line(first));
                }
            }
        }
        for (Element s : parts) {
            for (Element c : XmlDoc.descendants(s, "ruleCondition")) {
                String ref = XmlDoc.attr(c, "referencedObjective");
                if (ref != null && !objectives.contains(ref) && objectives.isEmpty()) {
                    findings.add(Rule.SEQ_UNKNOWN_OBJECTIVE, m.entry(), XmlDoc.line(c), "rule condition \"%s\" of"
                            + " activity \"%s\" refers to objective \"%s\", but the activity declares no objective",
                            XmlDoc.attr(c, "condition"), XmlDoc.attr(activity, "identifier"), ref);
                } else if (ref != null && !objectives.contains(ref)) {
                    findings.add(Rule.SEQ_UNKNOWN_OBJECTIVE, m.entry(), XmlDoc.line(c), "rule condition \"%s\" of"
                            + " activity \"%s\" refers to objective \"%s\", which the activity does not declare (it has %s)",
                            XmlDoc.attr(c, "condition"), XmlDoc.attr(activity, "identifier"), ref, String.join(", ", objectives));
                }
            }
        }
        if (!cluster) return;
        for (Element s : parts) {
            Element mode = XmlDoc.child(s, "controlMode");
            if (mode != null && "false".equals(bool(mode, "choice")) && !"true".equals(bool(mode, "flow"))) {
                findings.add(Rule.SEQ_NO_NAVIGATION, m.entry(), XmlDoc.line(mode), "activity \"%s\" has choice=\"false\""
                        + " and no flow=\"true\": a learner can reach none of its children (SN 3.2.1)",
                        XmlDoc.attr(activity, "identifier"));
            }
        }
    }

    private static String bool(Element e, String name) {
        String v = XmlDoc.attr(e, name);
        return v == null ? null : v.trim().equals("1") ? "true" : v.trim().equals("0") ? "false" : v.trim();
    }

    private static List<Element> shared(ScormIndex m, String id) {
        List<Element> out = new ArrayList<>();
        for (Element s : XmlDoc.descendants(m.root(), "sequencing")) {
            if (id.equals(XmlDoc.attr(s, "ID")) && "sequencingCollection".equals(s.getParentNode().getLocalName())) out.add(s);
        }
        return out;
    }
}
