package org.parcours.format.scorm12.manifest;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code <resources>}. */
public final class Resources {
    @XmlElement(name = "resource")
    List<Resource> resources;

    Resources() {}

    public Resources(List<Resource> resources) {
        this.resources = List.copyOf(resources);
    }

    public List<Resource> list() {
        return resources;
    }
}
