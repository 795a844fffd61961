package cn.dlm.rectification.domain;

/**
 * One row of the plan form (整改方案): a candidate problem the user keeps or drops, and what is
 * decided for it. Field names are the keys the form binds.
 */
public record PlanRow(
    boolean keep,
    String problem,
    String source,
    String sourceLabel,
    String area,
    String measure,
    String responsible,
    String deadline,
    String type) {}
