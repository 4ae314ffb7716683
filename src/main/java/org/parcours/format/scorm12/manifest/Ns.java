package org.parcours.format.scorm12.manifest;

/** The namespaces of a SCORM 1.2 manifest and the standard file names of their schemas (the control files). */
public final class Ns {
    public static final String IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    public static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    public static final String IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";

    /** Namespace → schema file, in the order of xsi:schemaLocation; ims_xml.xsd is imported by the others. */
    public static final String SCHEMA_LOCATION = IMSCP + " imscp_rootv1p1p2.xsd "
            + IMSMD + " imsmd_rootv1p2p1.xsd "
            + ADLCP + " adlcp_rootv1p2.xsd";

    /** The XSD control files that sit at the package root (SCORM 1.2 CAM 2.3.2). */
    public static final java.util.List<String> CONTROL_FILES = java.util.List.of(
            "adlcp_rootv1p2.xsd", "ims_xml.xsd", "imscp_rootv1p1p2.xsd", "imsmd_rootv1p2p1.xsd");

    private Ns() {}
}
