package org.parcours.format.scorm2004.manifest;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.parcours.format.scorm2004.manifest.seq.Sequencing;

/**
 * {@code <organization>}: the root of the activity tree (CAM 3.4.1.8). {@code adlseq:objectivesGlobalToSystem}
 * is false so that the global objectives of this course are the learner's in this course only (CAM 5.2).
 */
@XmlType(propOrder = {"title", "items", "sequencing"})
public final class Organization {
    @XmlAttribute(required = true)
    String identifier;
    @XmlAttribute(namespace = Ns.ADLSEQ)
    Boolean objectivesGlobalToSystem;
    @XmlElement(required = true)
    String title;
    @XmlElement(name = "item")
    List<Item> items;
    @XmlElement(namespace = Ns.IMSSS)
    Sequencing sequencing;

    Organization() {}

    public Organization(String identifier, String title, List<Item> items, Sequencing sequencing, boolean globalObjectives) {
        this.identifier = identifier;
        this.title = title;
        this.items = List.copyOf(items);
        this.sequencing = sequencing;
        this.objectivesGlobalToSystem = globalObjectives ? Boolean.FALSE : null;
    }
}
