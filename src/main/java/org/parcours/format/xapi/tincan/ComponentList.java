package org.parcours.format.xapi.tincan;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <choices>}, {@code <source>}, {@code <target>} or {@code <steps>}: a list of interaction components. */
public class ComponentList {
    @XmlElement(name = "component")
    private List<Component> components = new ArrayList<>();

    ComponentList() {}

    ComponentList(List<Component> components) {
        this.components = new ArrayList<>(components);
    }
}
