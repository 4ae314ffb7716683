package org.parcours.format.scorm2004.manifest;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.parcours.format.scorm2004.manifest.seq.Sequencing;

/**
 * {@code <item>}: an activity (CAM 3.4.1.9). With {@code identifierref} a leaf that launches a resource; without,
 * a cluster of child activities. Its sequencing comes after title and children, in the slot itemType leaves to
 * other namespaces (CAM 3.4.1.9: title, item, metadata, adlcp extensions, imsss:sequencing, adlnav).
 */
@XmlType(propOrder = {"title", "items", "sequencing"})
public final class Item {
    @XmlAttribute(required = true)
    String identifier;
    @XmlAttribute
    String identifierref;
    @XmlElement(required = true)
    String title;
    @XmlElement(name = "item")
    List<Item> items;
    @XmlElement(namespace = Ns.IMSSS)
    Sequencing sequencing;

    Item() {}

    public static Item leaf(String identifier, String title, String resource, Sequencing sequencing) {
        Item i = new Item();
        i.identifier = identifier;
        i.identifierref = resource;
        i.title = title;
        i.sequencing = sequencing;
        return i;
    }

    public static Item cluster(String identifier, String title, List<Item> children, Sequencing sequencing) {
        Item i = new Item();
        i.identifier = identifier;
        i.title = title;
        i.items = List.copyOf(children);
        i.sequencing = sequencing;
        return i;
    }
}
