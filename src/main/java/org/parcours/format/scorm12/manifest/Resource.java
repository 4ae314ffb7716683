package org.parcours.format.scorm12.manifest;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * {@code <resource type="webcontent" adlcp:scormtype="sco|asset">}: its files, then the resources it depends on.
 * ADL CP 1.2 spells the scormtype values in lower case, and Moodle compares them literally.
 */
@XmlType(propOrder = {"files", "dependencies"})
public final class Resource {
    @XmlAttribute(required = true)
    String identifier;
    @XmlAttribute(required = true)
    String type = "webcontent";
    @XmlAttribute(name = "scormtype", namespace = Ns.ADLCP)
    String scormtype;
    @XmlAttribute
    String href;
    @XmlElement(name = "file")
    List<FileRef> files;
    @XmlElement(name = "dependency")
    List<Dependency> dependencies;

    Resource() {}

    public static Resource sco(String identifier, String href, List<String> files, List<String> dependsOn) {
        return of(identifier, "sco", href, files, dependsOn);
    }

    public static Resource asset(String identifier, List<String> files) {
        return of(identifier, "asset", null, files, List.of());
    }

    /** An asset that an item launches (a page the LMS shows without tracking it). */
    public static Resource launchableAsset(String identifier, String href, List<String> files, List<String> dependsOn) {
        return of(identifier, "asset", href, files, dependsOn);
    }

    private static Resource of(String identifier, String scormtype, String href, List<String> files, List<String> dependsOn) {
        Resource r = new Resource();
        r.identifier = identifier;
        r.scormtype = scormtype;
        r.href = href;
        r.files = files.stream().map(FileRef::new).toList();
        r.dependencies = dependsOn.isEmpty() ? null : dependsOn.stream().map(Dependency::new).toList();
        return r;
    }

    public String identifier() {
        return identifier;
    }

    public String scormtype() {
        return scormtype;
    }

    public String href() {
        return href;
    }

    public List<String> files() {
        return files.stream().map(f -> f.href).toList();
    }

    public List<String> dependencies() {
        return dependencies == null ? List.of() : dependencies.stream().map(d -> d.identifierref).toList();
    }

    /** {@code <file href="…"/>}. */
    static final class FileRef {
        @XmlAttribute(required = true)
        String href;

        FileRef() {}

        FileRef(String href) {
            this.href = href;
        }
    }

    /** {@code <dependency identifierref="…"/>}. */
    static final class Dependency {
        @XmlAttribute(required = true)
        String identifierref;

        Dependency() {}

        Dependency(String identifierref) {
            this.identifierref = identifierref;
        }
    }
}
