package org.parcours.format.scorm12.manifest;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code <organizations default="…">}: the default attribute names the organization an LMS shows. */
public final class Organizations {
    @XmlAttribute(name = "default")
    String defaultOrganization;
    @XmlElement(name = "organization")
    List<Organization> organizations;

    Organizations() {}

    public Organizations(String defaultOrganization, List<Organization> organizations) {
        this.defaultOrganization = defaultOrganization;
        this.organizations = List.copyOf(organizations);
    }

    public List<Organization> list() {
        return organizations;
    }
}
