package cn.dlm.rectification.domain;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDateTime;

/** One progress report (整改进展) of the responsible member: what was done and the evidence (佐证). */
public record ProgressReport(
    @JsonFormat(pattern = LedgerJson.DATE_TIME) LocalDateTime at,
    String by,
    String text,
    String evidence) {}
