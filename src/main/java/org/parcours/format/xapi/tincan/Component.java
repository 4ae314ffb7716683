package org.parcours.format.xapi.tincan;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <component>}: an id used in response patterns and its description in the course language. */
@XmlType(propOrder = {"id", "description"})
public class Component {
    @XmlElement(name = "id")
    private String id;

    @XmlElement(name = "description")
    private LangString description;

    Component() {}

    public Component(String id, LangString description) {
        this.id = id;
        this.description = description;
    }
}
