package org.parcours.validate;

import org.w3c.dom.Element;

/**
 * Which SCORM the manifest claims (CAM 1.2, 3.4.1.4: metadata/schema "ADL SCORM", schemaversion "1.2") and
 * whether it says so exactly: Moodle compares the schemaversion text as it is, whitespace included.
 */
final class ScormVersionCheck {
    static final String CP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";

    private ScormVersionCheck() {}

    /** Whether the manifest is a SCORM 2004 one (its schemaversion or its namespace says so). */
    static boolean is2004(XmlDoc doc) {
        String version = schemaversion(doc.root());
        if (version != null && (version.contains("2004") || version.contains("CAM 1.3"))) return true;
        return CP_2004.equals(doc.root().getNamespaceURI()) && (version == null || !version.trim().equals("1.2"));
    }

    /** SCORM 2004 CAM 3.4.1.5: "2004 4th Edition"; earlier editions' values that LMSs still read as 2004. */
    static final java.util.Set<String> VERSIONS_2004 = java.util.Set.of("2004 4th Edition", "2004 3rd Edition", "CAM 1.3");

    static void run(ScormIndex m, Findings findings) {
        String expected = m.is2004() ? "2004 4th Edition" : "1.2";
        Element metadata = XmlDoc.child(m.root(), "metadata");
        Element versionEl = metadata == null ? null : XmlDoc.child(metadata, "schemaversion");
        if (versionEl == null) {
            findings.add(Rule.SCORM_SCHEMAVERSION, m.entry(), metadata == null ? XmlDoc.line(m.root()) : XmlDoc.line(metadata),
                    "the manifest has no <metadata><schemaversion>%s</schemaversion>: LMSs cannot tell which SCORM"
                            + " it follows", expected);
        } else if (m.is2004() ? !VERSIONS_2004.contains(versionEl.getTextContent()) : !"1.2".equals(versionEl.getTextContent())) {
            findings.add(Rule.SCORM_SCHEMAVERSION, m.entry(), XmlDoc.line(versionEl), "schemaversion is \"%s\", not"
                    + " exactly \"%s\" (Moodle compares the text as it is, whitespace included)", versionEl.getTextContent(),
                    expected);
        }
        Element schema = metadata == null ? null : XmlDoc.child(metadata, "schema");
        if (schema == null || !"ADL SCORM".equals(schema.getTextContent().trim())) {
            findings.add(Rule.SCORM_METADATA_SCHEMA, m.entry(), XmlDoc.line(schema != null ? schema : m.root()),
                    "metadata schema is %s, not \"ADL SCORM\" (SCORM %s CAM 3.4.1.4)",
                    schema == null ? "missing" : "\"" + schema.getTextContent() + "\"", m.is2004() ? "2004" : "1.2");
        }
    }

    private static String schemaversion(Element root) {
        Element metadata = XmlDoc.child(root, "metadata");
        Element v = metadata == null ? null : XmlDoc.child(metadata, "schemaversion");
        return v == null ? null : v.getTextContent();
    }
}
