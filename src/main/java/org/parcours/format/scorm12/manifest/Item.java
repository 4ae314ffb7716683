package org.parcours.format.scorm12.manifest;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * {@code <item>}: a node of the organization. With {@code identifierref} it launches a resource; without, it only
 * groups its children. {@code adlcp:masteryscore} comes after title and children, in the slot itemType leaves to
 * other namespaces (ADL CP 1.2: prerequisites, maxtimeallowed, timelimitaction, datafromlms, masteryscore).
 */
@XmlType(propOrder = {"title", "items", "masteryscore"})
public final class Item {
    @XmlAttribute(required = true)
    String identifier;
    @XmlAttribute
    String identifierref;
    @XmlElement
    String title;
    @XmlElement(name = "item")
    List<Item> items;
    @XmlElement(namespace = Ns.ADLCP)
    String masteryscore;

    Item() {}

    /** A launchable item; {@code masteryscore} null when the SCO is not graded. */
    public static Item launching(String identifier, String title, String resource, Integer masteryscore) {
        Item i = new Item();
        i.identifier = identifier;
        i.identifierref = resource;
        i.title = title;
        i.masteryscore = masteryscore == null ? null : masteryscore.toString();
        return i;
    }

    /** An item that groups others and launches nothing. */
    public static Item grouping(String identifier, String title, List<Item> children) {
        Item i = new Item();
        i.identifier = identifier;
        i.title = title;
        i.items = List.copyOf(children);
        return i;
    }

    public String identifier() {
        return identifier;
    }

    public String identifierref() {
        return identifierref;
    }

    public List<Item> items() {
        return items == null ? List.of() : items;
    }
}
