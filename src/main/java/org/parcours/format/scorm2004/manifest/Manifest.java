package org.parcours.format.scorm2004.manifest;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.parcours.format.scorm2004.manifest.lom.Lom;

/**
 * {@code <manifest>} of IMS CP 1.1.4 (CAM 3.4.1): metadata (schema "ADL SCORM", schemaversion "2004 4th
 * Edition", then the LOM record), organizations, resources.
 */
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

    public Manifest(String identifier, String version, Lom lom, Organization organization, List<Resource> resources) {
        this.identifier = identifier;
        this.version = version;
        this.metadata = new Metadata(lom);
        this.organizations = new Organizations(organization);
        this.resources = new Resources(resources);
    }

    public List<Resource> resources() {
        return resources.list;
    }

    @XmlType(propOrder = {"schema", "schemaversion", "lom"})
    static final class Metadata {
        /** CAM 3.4.1.4 and 3.4.1.5: exactly these words, which LMSs compare literally. */
        @XmlElement
        String schema = "ADL SCORM";
        @XmlElement
        String schemaversion = "2004 4th Edition";
        @XmlElement(namespace = Ns.LOM)
        Lom lom;

        Metadata() {}

        Metadata(Lom lom) {
            this.lom = lom;
        }
    }

    static final class Organizations {
        @XmlAttribute(name = "default")
        String defaultOrganization;
        @XmlElement(name = "organization")
        List<Organization> list;

        Organizations() {}

        Organizations(Organization organization) {
            this.defaultOrganization = organization.identifier;
            this.list = List.of(organization);
        }
    }

    static final class Resources {
        @XmlElement(name = "resource")
        List<Resource> list;

        Resources() {}

        Resources(List<Resource> list) {
            this.list = List.copyOf(list);
        }
    }
}
