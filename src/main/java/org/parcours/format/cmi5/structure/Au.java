package org.parcours.format.cmi5.structure;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;

/**
 * {@code <au>} (cmi5 §13.1.4): the launchable unit. {@code moveOn} is always written (the schema's default,
 * NotApplicable, would let the LMS mark the AU satisfied without a launch); {@code masteryScore} is a decimal 0–1.
 */
@XmlType(propOrder = {"url"})
public class Au extends Node {
    public enum MoveOn { Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable }

    @XmlAttribute(name = "moveOn")
    private String moveOn;

    @XmlAttribute(name = "masteryScore")
    private BigDecimal masteryScore;

    @XmlAttribute(name = "launchMethod")
    private String launchMethod;

    @XmlElement(name = "url")
    private String url;

    Au() {}

    public Au(String id, Text title, Text description, String url, MoveOn moveOn, BigDecimal masteryScore) {
        super(id, title, description);
        if (masteryScore != null && (masteryScore.signum() < 0 || masteryScore.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("masteryScore out of 0..1: " + masteryScore);
        }
        this.url = url;
        this.moveOn = moveOn.name();
        this.masteryScore = masteryScore;
        // The player navigates in its own page and returns to returnURL on exit: any window will do.
        this.launchMethod = "AnyWindow";
    }

    public String url() {
        return url;
    }
}
