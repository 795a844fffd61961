package cn.dlm.rectification.domain;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDateTime;

/** A decision of the organizing office on an item: verification or extension, with its comment. */
public record ReviewNote(
    @JsonFormat(pattern = LedgerJson.DATE_TIME) LocalDateTime at,
    String by,
    String decision,
    String comment) {}
