package org.parcours.format.scorm2004.manifest;

import java.util.List;

/**
 * The namespaces of a SCORM 2004 4th edition manifest (CAM 3.2, 3.3) and the file names of their schemas, the
 * control files at the package root. IEEE LOM has no control file: its record is checked laxly.
 */
public final class Ns {
    public static final String IMSCP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    public static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_v1p3";
    public static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";
    public static final String ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3";
    public static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    public static final String LOM = "http://ltsc.ieee.org/xsd/LOM";

    public static final String SCHEMA_LOCATION = IMSCP + " imscp_v1p1.xsd "
            + ADLCP + " adlcp_v1p3.xsd "
            + ADLSEQ + " adlseq_v1p3.xsd "
            + ADLNAV + " adlnav_v1p3.xsd "
            + IMSSS + " imsss_v1p0.xsd";

    /** The control files: the project's own schemas of the namespaces above, and the xml: attributes' one. */
    public static final List<String> CONTROL_FILES = List.of("adlcp_v1p3.xsd", "adlnav_v1p3.xsd", "adlseq_v1p3.xsd",
            "ims_xml.xsd", "imscp_v1p1.xsd", "imsss_v1p0.xsd");

    private Ns() {}
}
