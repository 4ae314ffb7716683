package org.parcours.format.scorm12.manifest;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** {@code <organization>}: a title and a tree of items (organizationType). */
@XmlType(propOrder = {"title", "items"})
public final class Organization {
    @XmlAttribute(required = true)
    String identifier;
    @XmlElement
    String title;
    @XmlElement(name = "item")
    List<Item> items;

    Organization() {}

    public Organization(String identifier, String title, List<Item> items) {
        this.identifier = identifier;
        this.title = title;
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }
}
