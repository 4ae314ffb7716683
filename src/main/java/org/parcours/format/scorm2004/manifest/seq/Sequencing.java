package org.parcours.format.scorm2004.manifest.seq;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * {@code <imsss:sequencing>} (CAM 5.1.1), with only what Parcours writes, each child in the binding's order:
 * controlMode, sequencingRules, rollupRules, objectives, deliveryControls. Every part is optional; a null field
 * is not written and the spec's default applies.
 */
@XmlType(name = "sequencing", propOrder = {"controlMode", "sequencingRules", "rollupRules", "objectives", "deliveryControls"})
public final class Sequencing {
    @XmlElement
    ControlMode controlMode;
    @XmlElement
    SequencingRules sequencingRules;
    @XmlElement
    RollupRules rollupRules;
    @XmlElement
    Objectives objectives;
    @XmlElement
    DeliveryControls deliveryControls;

    public Sequencing() {}

    /** Choice and flow navigation (CAM 5.1.2): the learner picks any activity or goes forward and back. */
    public Sequencing flow() {
        controlMode = new ControlMode();
        return this;
    }

    /** Not tracked (CAM 5.1.9): a page that neither completes nor satisfies anything, nor counts in rollup. */
    public Sequencing untracked() {
        deliveryControls = new DeliveryControls();
        return this;
    }

    /** The activity counts for its parent's completion but not for its satisfaction (CAM 5.1.6, rollupRules). */
    public Sequencing notInSatisfactionRollup() {
        rollupRules = new RollupRules(false, List.of());
        return this;
    }

    /**
     * A cluster that is satisfied when all its children that count for satisfaction are completed, not satisfied
     * while one is not, and writes that status to the global objective {@code global} (CAM 5.1.6, 5.1.7).
     */
    public Sequencing satisfiedWhenChildrenCompleted(String objectiveId, String global) {
        rollupRules = new RollupRules(null, List.of(
                new RollupRule("all", "noOp", "satisfied"),
                new RollupRule("any", "not", "notSatisfied")));
        objectives = new Objectives(new Objective(objectiveId, List.of(MapInfo.write(global))), List.of());
        return this;
    }

    /**
     * Disabled until every global objective of {@code globals} (local objective id → global id) is known and
     * satisfied (CAM 5.1.3, precondition rule "disabled"). "not satisfied" alone would be unknown, hence not
     * true, before the learner starts a part; "not objectiveStatusKnown" closes that gap.
     */
    public Sequencing disabledUntilSatisfied(String primaryObjectiveId, List<String[]> globals) {
        List<RuleCondition> conditions = globals.stream()
                .flatMap(g -> java.util.stream.Stream.of(new RuleCondition(g[0], "not", "objectiveStatusKnown"),
                        new RuleCondition(g[0], "not", "satisfied")))
                .toList();
        sequencingRules = new SequencingRules(List.of(new PreConditionRule(conditions, "disabled")));
        objectives = new Objectives(new Objective(primaryObjectiveId, List.of()),
                globals.stream().map(g -> new Objective(g[0], List.of(MapInfo.read(g[1])))).toList());
        return this;
    }

    @XmlType(name = "controlMode")
    static final class ControlMode {
        @XmlAttribute
        Boolean choice = Boolean.TRUE;
        @XmlAttribute
        Boolean flow = Boolean.TRUE;
    }

    @XmlType(name = "deliveryControls")
    static final class DeliveryControls {
        @XmlAttribute
        Boolean tracked = Boolean.FALSE;
    }

    @XmlType(name = "sequencingRules")
    static final class SequencingRules {
        @XmlElement(name = "preConditionRule")
        List<PreConditionRule> preConditionRules;

        SequencingRules() {}

        SequencingRules(List<PreConditionRule> rules) {
            this.preConditionRules = List.copyOf(rules);
        }
    }

    @XmlType(name = "preConditionRule", propOrder = {"ruleConditions", "ruleAction"})
    static final class PreConditionRule {
        @XmlElement
        RuleConditions ruleConditions;
        @XmlElement
        Action ruleAction;

        PreConditionRule() {}

        PreConditionRule(List<RuleCondition> conditions, String action) {
            this.ruleConditions = new RuleConditions(conditions);
            this.ruleAction = new Action(action);
        }
    }

    @XmlType(name = "ruleConditions")
    static final class RuleConditions {
        @XmlAttribute
        String conditionCombination = "any";
        @XmlElement(name = "ruleCondition")
        List<RuleCondition> conditions;

        RuleConditions() {}

        RuleConditions(List<RuleCondition> conditions) {
            this.conditions = List.copyOf(conditions);
        }
    }

    @XmlType(name = "ruleCondition")
    static final class RuleCondition {
        @XmlAttribute
        String referencedObjective;
        @XmlAttribute
        String operator;
        @XmlAttribute(required = true)
        String condition;

        RuleCondition() {}

        RuleCondition(String referencedObjective, String operator, String condition) {
            this.referencedObjective = referencedObjective;
            this.operator = operator;
            this.condition = condition;
        }
    }

    @XmlType(name = "action")
    static final class Action {
        @XmlAttribute(required = true)
        String action;

        Action() {}

        Action(String action) {
            this.action = action;
        }
    }

    @XmlType(name = "rollupRules")
    static final class RollupRules {
        @XmlAttribute
        Boolean rollupObjectiveSatisfied;
        @XmlElement(name = "rollupRule")
        List<RollupRule> rules;

        RollupRules() {}

        RollupRules(Boolean rollupObjectiveSatisfied, List<RollupRule> rules) {
            this.rollupObjectiveSatisfied = rollupObjectiveSatisfied;
            this.rules = rules.isEmpty() ? null : List.copyOf(rules);
        }
    }

    /** A rollup rule on the condition "completed" (or its negation) of a set of children. */
    @XmlType(name = "rollupRule", propOrder = {"rollupConditions", "rollupAction"})
    static final class RollupRule {
        @XmlAttribute
        String childActivitySet;
        @XmlElement
        RollupConditions rollupConditions;
        @XmlElement
        Action rollupAction;

        RollupRule() {}

        RollupRule(String childActivitySet, String operator, String action) {
            this.childActivitySet = childActivitySet;
            this.rollupConditions = new RollupConditions(operator);
            this.rollupAction = new Action(action);
        }
    }

    @XmlType(name = "rollupConditions")
    static final class RollupConditions {
        @XmlElement(name = "rollupCondition")
        List<RuleCondition> conditions;

        RollupConditions() {}

        RollupConditions(String operator) {
            this.conditions = List.of(new RuleCondition(null, operator, "completed"));
        }
    }

    @XmlType(name = "objectives", propOrder = {"primaryObjective", "objectives"})
    static final class Objectives {
        @XmlElement
        Objective primaryObjective;
        @XmlElement(name = "objective")
        List<Objective> objectives;

        Objectives() {}

        Objectives(Objective primary, List<Objective> others) {
            this.primaryObjective = primary;
            this.objectives = others.isEmpty() ? null : List.copyOf(others);
        }
    }

    @XmlType(name = "objective")
    static final class Objective {
        @XmlAttribute
        String objectiveID;
        @XmlElement
        List<MapInfo> mapInfo;

        Objective() {}

        Objective(String objectiveID, List<MapInfo> maps) {
            this.objectiveID = objectiveID;
            this.mapInfo = maps.isEmpty() ? null : List.copyOf(maps);
        }
    }

    /** Reads or writes the satisfied status of a global objective, never its measure (CAM 5.1.7.3). */
    @XmlType(name = "mapInfo")
    static final class MapInfo {
        @XmlAttribute(required = true)
        String targetObjectiveID;
        @XmlAttribute
        Boolean readSatisfiedStatus;
        @XmlAttribute
        Boolean readNormalizedMeasure;
        @XmlAttribute
        Boolean writeSatisfiedStatus;

        MapInfo() {}

        static MapInfo read(String global) {
            MapInfo m = new MapInfo();
            m.targetObjectiveID = global;
            m.readSatisfiedStatus = true;
            m.readNormalizedMeasure = false;
            return m;
        }

        static MapInfo write(String global) {
            MapInfo m = new MapInfo();
            m.targetObjectiveID = global;
            m.readSatisfiedStatus = false;
            m.readNormalizedMeasure = false;
            m.writeSatisfiedStatus = true;
            return m;
        }
    }
}
