package org.parcours.format.scorm2004.manifest;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * {@code <resource type="webcontent" adlcp:scormType="sco|asset">} (CAM 3.4.1.15–18): its files, then the
 * resources it depends on. The attribute is spelt scormType in 2004 (scormtype in 1.2).
 */
@XmlType(propOrder = {"files", "dependencies"})
public final class Resource {
    @XmlAttribute(required = true)
    String identifier;
    @XmlAttribute(required = true)
    String type = "webcontent";
    @XmlAttribute(name = "scormType", namespace = Ns.ADLCP)
    String scormType;
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

    /** An asset; {@code href} null when nothing launches it (the shared files). */
    public static Resource asset(String identifier, String href, List<String> files, List<String> dependsOn) {
        return of(identifier, "asset", href, files, dependsOn);
    }

    private static Resource of(String identifier, String scormType, String href, List<String> files, List<String> dependsOn) {
        Resource r = new Resource();
        r.identifier = identifier;
        r.scormType = scormType;
        r.href = href;
        r.files = files.stream().map(FileRef::new).toList();
        r.dependencies = dependsOn.isEmpty() ? null : dependsOn.stream().map(Dependency::new).toList();
        return r;
    }

    public String href() {
        return href;
    }

    public List<String> files() {
        return files.stream().map(f -> f.href).toList();
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
