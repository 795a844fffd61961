package cn.dlm.rectification.domain;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A member's request to move an item's deadline (申请延期), waiting for the office's decision. */
public record ExtensionRequest(
    @JsonFormat(pattern = LedgerJson.DATE) LocalDate requestedDeadline,
    String reason,
    String by,
    @JsonFormat(pattern = LedgerJson.DATE_TIME) LocalDateTime at) {}
