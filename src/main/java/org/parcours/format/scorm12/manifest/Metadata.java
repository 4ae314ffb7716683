package org.parcours.format.scorm12.manifest;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import org.parcours.format.scorm12.manifest.lom.Lom;

/**
 * {@code <metadata>}: schema "ADL SCORM" and schemaversion "1.2" (SCORM 1.2 CAM 2.3.4.1), then the LOM record
 * inline in the imsmd namespace (the "any other namespace" slot of metadataType).
 */
@XmlType(propOrder = {"schema", "schemaversion", "lom"})
public final class Metadata {
    @XmlElement
    String schema;
    @XmlElement
    String schemaversion;
    @XmlElement(namespace = Ns.IMSMD)
    Lom lom;

    Metadata() {}

    public Metadata(String schema, String schemaversion, Lom lom) {
        this.schema = schema;
        this.schemaversion = schemaversion;
        this.lom = lom;
    }
}
