package org.parcours.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The parts of an imsmanifest.xml the SCORM checks share, read by local name as lenient LMS parsers read them
 * (a manifest that is invalid against the XSD is still checked for what an LMS would trip on).
 */
record ScormIndex(XmlDoc doc, Element root, Map<String, Element> resources, List<Element> organizations,
                  List<Element> items, boolean is2004) {
    static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String CP12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
    static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    /** Extension namespace → the prefix Moodle's parser matches literally (it reads manifests without namespaces). */
    static final Map<String, String> PREFIXES = Map.of(ADLCP, "adlcp", ADLCP_2004, "adlcp",
            "http://www.adlnet.org/xsd/adlseq_v1p3", "adlseq", "http://www.adlnet.org/xsd/adlnav_v1p3", "adlnav",
            IMSSS, "imsss");

    static ScormIndex of(XmlDoc doc) {
        Element root = doc.root();
        Map<String, Element> resources = new LinkedHashMap<>();
        for (Element r : XmlDoc.descendants(root, "resource")) {
            // only IMS CP resources (an IMS MD <relation><resource> is something else)
            if ("resources".equals(r.getParentNode().getLocalName())) {
                String id = XmlDoc.attr(r, "identifier");
                if (id != null) resources.putIfAbsent(id, r);
            }
        }
        List<Element> organizations = XmlDoc.descendants(root, "organization").stream()
                .filter(o -> "organizations".equals(o.getParentNode().getLocalName())).toList();
        List<Element> items = organizations.stream().flatMap(o -> XmlDoc.descendants(o, "item").stream()).toList();
        return new ScormIndex(doc, root, resources, organizations, items, ScormVersionCheck.is2004(doc));
    }

    String entry() {
        return doc.entry();
    }

    /** The resource an item launches, or null. */
    Element launched(Element item) {
        String ref = XmlDoc.attr(item, "identifierref");
        return ref == null ? null : resources.get(ref);
    }

    /** SCORM 1.2 spells the attribute adlcp:scormtype, SCORM 2004 adlcp:scormType. */
    static String scormType(Element resource) {
        String type = XmlDoc.attr(resource, "scormtype");
        return type != null ? type : XmlDoc.attr(resource, "scormType");
    }

    static boolean isSco(Element resource) {
        String type = scormType(resource);
        return type != null && type.trim().equalsIgnoreCase("sco");
    }

    /** The xml:base values that apply to a resource's hrefs, outermost first. */
    String[] bases(Element resource) {
        Element resourcesEl = (Element) resource.getParentNode();
        return new String[] {XmlDoc.attr(root, "base"), XmlDoc.attr(resourcesEl, "base"), XmlDoc.attr(resource, "base")};
    }
}
