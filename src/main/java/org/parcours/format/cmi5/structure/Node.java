package org.parcours.format.cmi5.structure;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** What course, block and AU share: an id (an IRI, cmi5 §13.1.1), a title and a description. */
@XmlType(propOrder = {"title", "description"})
public class Node {
    @XmlAttribute(name = "id", required = true)
    private String id;

    @XmlElement(name = "title")
    private Text title;

    @XmlElement(name = "description")
    private Text description;

    Node() {}

    Node(String id, Text title, Text description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    public String id() {
        return id;
    }
}
