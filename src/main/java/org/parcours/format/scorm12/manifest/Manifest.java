package org.parcours.format.scorm12.manifest;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <manifest>}: IMS CP 1.1.2 manifestType (metadata, organizations, resources). */
@XmlRootElement(name = "manifest")
@XmlType(propOrder = {"metadata", "organizations", "resources"})
public final class Manifest {
    @XmlAttribute(required = true)
    String identifier;
    @XmlAttribute
    String version;
    @XmlElement
    Metadata metadata;
    @XmlElement(required = true)
    Organizations organizations;
    @XmlElement(required = true)
    Resources resources;

    Manifest() {}

    public Manifest(String identifier, String version, Metadata metadata, Organizations organizations, Resources resources) {
        this.identifier = identifier;
        this.version = version;
        this.metadata = metadata;
        this.organizations = organizations;
        this.resources = resources;
    }

    public Organizations organizations() {
        return organizations;
    }

    public Resources resources() {
        return resources;
    }
}
