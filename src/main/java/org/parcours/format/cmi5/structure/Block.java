package org.parcours.format.cmi5.structure;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <block>} (cmi5 §13.1.2): a titled group of AUs; here one per part of the course. */
@XmlType(propOrder = {"members"})
public class Block extends Node {
    @XmlElements({@XmlElement(name = "au", type = Au.class), @XmlElement(name = "block", type = Block.class)})
    private final List<Object> members = new ArrayList<>();

    Block() {}

    public Block(String id, Text title, Text description) {
        super(id, title, description);
    }

    public Block add(Au au) {
        members.add(au);
        return this;
    }

    static List<Au> aus(List<Object> members) {
        List<Au> out = new ArrayList<>();
        for (Object m : members) {
            if (m instanceof Au au) out.add(au);
            else out.addAll(aus(((Block) m).members));
        }
        return out;
    }
}
