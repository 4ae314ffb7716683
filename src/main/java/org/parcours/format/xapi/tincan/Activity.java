package org.parcours.format.xapi.tincan;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <activity id type>}: element order is the schema's sequence (name, description, launch, interactionType,
 * correctResponsePatterns, choices, scale, source, target, steps).
 */
@XmlType(propOrder = {"names", "descriptions", "launch", "interactionType", "correctResponsePatterns",
        "choices", "source", "target", "steps"})
public class Activity {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "type")
    private String type;

    @XmlElement(name = "name")
    private final List<LangString> names = new ArrayList<>();

    @XmlElement(name = "description")
    private final List<LangString> descriptions = new ArrayList<>();

    @XmlElement(name = "launch")
    private LangString launch;

    @XmlElement(name = "interactionType")
    private String interactionType;

    @XmlElementWrapper(name = "correctResponsePatterns")
    @XmlElement(name = "correctResponsePattern")
    private List<String> correctResponsePatterns;

    @XmlElement(name = "choices")
    private ComponentList choices;

    @XmlElement(name = "source")
    private ComponentList source;

    @XmlElement(name = "target")
    private ComponentList target;

    @XmlElement(name = "steps")
    private ComponentList steps;

    Activity() {}

    public Activity(String id, String type, LangString name, LangString description) {
        this.id = id;
        this.type = type;
        names.add(name);
        descriptions.add(description);
    }

    public Activity launch(LangString launch) {
        this.launch = launch;
        return this;
    }

    /** Makes this a cmi.interaction (xAPI 1.0.3 §4.1.4.1 "Interaction Activities"). */
    public Activity interaction(String interactionType, List<String> patterns) {
        this.interactionType = interactionType;
        this.correctResponsePatterns = new ArrayList<>(patterns);
        return this;
    }

    public Activity choices(List<Component> components) {
        this.choices = new ComponentList(components);
        return this;
    }

    public Activity source(List<Component> components) {
        this.source = new ComponentList(components);
        return this;
    }

    public Activity target(List<Component> components) {
        this.target = new ComponentList(components);
        return this;
    }

    public Activity steps(List<Component> components) {
        this.steps = new ComponentList(components);
        return this;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }
}
