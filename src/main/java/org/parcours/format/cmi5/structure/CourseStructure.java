package org.parcours.format.cmi5.structure;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <courseStructure>}: the course, then its AUs and blocks in order (cmi5 §13.1). */
@XmlRootElement(name = "courseStructure")
@XmlType(propOrder = {"course", "members"})
public class CourseStructure {
    public static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    @XmlElement(name = "course")
    private Node course;

    @XmlElements({@XmlElement(name = "au", type = Au.class), @XmlElement(name = "block", type = Block.class)})
    private final List<Object> members = new ArrayList<>();

    CourseStructure() {}

    public CourseStructure(String id, Text title, Text description) {
        this.course = new Node(id, title, description);
    }

    public CourseStructure add(Object auOrBlock) {
        if (!(auOrBlock instanceof Au) && !(auOrBlock instanceof Block)) throw new IllegalArgumentException("not an AU or block");
        members.add(auOrBlock);
        return this;
    }

    /** Every AU, in document order, blocks included. */
    public List<Au> aus() {
        return Block.aus(members);
    }
}
