package org.parcours.format.xapi.tincan;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The root element {@code <tincan>}: one {@code <activities>} list (the schema allows several; readers take the first). */
@XmlRootElement(name = "tincan")
@XmlType(propOrder = {"activities"})
public class TincanXml {
    public static final String NS = "http://projecttincan.com/tincan.xsd";

    @XmlElement(name = "activities")
    private Activities activities = new Activities();

    public List<Activity> activities() {
        return activities.list;
    }

    /** {@code <activities>}: the activities only; Parcours never writes {@code <provider>} (credentials stay with the LMS). */
    @XmlType(propOrder = {"list"})
    static class Activities {
        @XmlElement(name = "activity")
        final List<Activity> list = new ArrayList<>();
    }
}
