package cn.dlm.rectification.domain;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDateTime;

/**
 * The rectification report (整改落实情况报告): signed by the secretary, acknowledged (签收) or
 * returned by the supervisors. Stored as the process variable {@code rectificationReport}.
 */
public record RectificationReport(
    String text,
    String signedBy,
    @JsonFormat(pattern = LedgerJson.DATE_TIME) LocalDateTime signedAt,
    String reviewedBy,
    @JsonFormat(pattern = LedgerJson.DATE_TIME) LocalDateTime reviewedAt,
    boolean acknowledged,
    String supervisorComment) {

  public static RectificationReport signed(String text, String by, LocalDateTime at) {
    return new RectificationReport(text, by, at, null, null, false, null);
  }

  public RectificationReport reviewed(String by, LocalDateTime at, boolean acknowledged, String comment) {
    return new RectificationReport(text, signedBy, signedAt, by, at, acknowledged, comment);
  }
}
