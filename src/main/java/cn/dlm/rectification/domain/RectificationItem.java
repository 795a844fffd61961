package cn.dlm.rectification.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the rectification ledger (整改台账): a problem, the measure against it, who is
 * responsible and by when, and how far it has come. The methods are the only ways its state moves.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "problem", "source", "sourceLabel", "area", "measure", "responsible", "responsibleName",
    "deadline", "type", "status", "latestProgress", "closedAt", "carryOverReason", "returnComment", "overdue"})
public class RectificationItem {

  private String id;
  private String problem;
  private String source;
  private String sourceLabel;
  private String area;
  private String measure;
  private String responsible;
  private String responsibleName;
  @JsonFormat(pattern = LedgerJson.DATE)
  private LocalDate deadline;
  private ItemType type;
  @JsonSetter(nulls = Nulls.SKIP)
  private ItemStatus status = ItemStatus.PENDING;
  private String latestProgress;
  @JsonFormat(pattern = LedgerJson.DATE)
  private LocalDate closedAt;
  private String carryOverReason;
  /**
   * The office's comment while a returned item (退回整改) or one whose extension was refused is back with its member,
   * until the member's next report or request.
   */
  private String returnComment;
  private boolean overdue;
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  private List<ProgressReport> reports = new ArrayList<>();
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  private List<ReviewNote> reviews = new ArrayList<>();
  private ExtensionRequest extensionRequest;

  RectificationItem() {}

  public RectificationItem(String id, String problem, String source, String sourceLabel, String area,
      String measure, String responsible, String responsibleName, LocalDate deadline, ItemType type) {
    this.id = id;
    this.problem = problem;
    this.source = source;
    this.sourceLabel = sourceLabel;
    this.area = area;
    this.measure = measure;
    this.responsible = responsible;
    this.responsibleName = responsibleName;
    this.deadline = deadline;
    this.type = type;
  }

  /** A progress report; the item stays with the member. */
  public void reportProgress(LocalDateTime at, String by, String text, String evidence) {
    requireOpen();
    reports.add(new ProgressReport(at, by, text, evidence));
    latestProgress = text;
    returnComment = null;
    status = ItemStatus.IN_PROGRESS;
  }

  /** A final report: the member considers the item done and asks the office to verify it (提请验收). */
  public void submitForVerification(LocalDateTime at, String by, String text, String evidence) {
    reportProgress(at, by, text, evidence);
    status = ItemStatus.AWAITING_VERIFICATION;
  }

  public void requestExtension(LocalDateTime at, String by, LocalDate requestedDeadline, String reason) {
    requireOpen();
    extensionRequest = new ExtensionRequest(requestedDeadline, reason, by, at);
    returnComment = null;
  }

  /** The office verifies the item and closes it (销号). */
  public void close(LocalDateTime at, String by, String comment) {
    requireStatus(ItemStatus.AWAITING_VERIFICATION);
    reviews.add(new ReviewNote(at, by, "验收销号", comment));
    status = ItemStatus.CLOSED;
    closedAt = at.toLocalDate();
  }

  /** The office sends the item back to the member with comments (退回整改). */
  public void returnForRework(LocalDateTime at, String by, String comment) {
    requireStatus(ItemStatus.AWAITING_VERIFICATION);
    reviews.add(new ReviewNote(at, by, "退回整改", comment));
    status = ItemStatus.IN_PROGRESS;
    returnComment = comment;
  }

  /** The office carries the item over to next year's cycle (结转), with the reason. */
  public void carryOver(LocalDateTime at, String by, String reason) {
    requireStatus(ItemStatus.AWAITING_VERIFICATION);
    reviews.add(new ReviewNote(at, by, "结转下年度", reason));
    status = ItemStatus.CARRIED_OVER;
    carryOverReason = reason;
  }

  public void grantExtension(LocalDateTime at, String by, String comment) {
    ExtensionRequest request = requirePendingExtension();
    reviews.add(new ReviewNote(at, by, "同意延期至" + request.requestedDeadline(), comment));
    deadline = request.requestedDeadline();
    overdue = false;
    extensionRequest = null;
  }

  /** The item goes back to its member as a returned one, with the refusal and its reason (不同意延期). */
  public void rejectExtension(LocalDateTime at, String by, String comment) {
    requirePendingExtension();
    reviews.add(new ReviewNote(at, by, "不同意延期", comment));
    extensionRequest = null;
    returnComment = "延期申请未获同意：" + comment;
  }

  /** The deadline passed while the item was still with the member (逾期). */
  public void markOverdue() {
    if (status.isOpen()) {
      overdue = true;
    }
  }

  /** Counted among the overdue items of the cycle: still open and late. */
  public boolean isOverdue() {
    return overdue && status.isOpen();
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new IllegalStateException("Item " + id + " is " + status.label());
    }
  }

  private void requireStatus(ItemStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("Item " + id + " is " + status.label() + ", not " + expected.label());
    }
  }

  private ExtensionRequest requirePendingExtension() {
    if (extensionRequest == null) {
      throw new IllegalStateException("Item " + id + " has no pending extension request");
    }
    return extensionRequest;
  }

  public String id() {
    return id;
  }

  public String problem() {
    return problem;
  }

  public String source() {
    return source;
  }

  public String sourceLabel() {
    return sourceLabel;
  }

  public String area() {
    return area;
  }

  public String measure() {
    return measure;
  }

  public String responsible() {
    return responsible;
  }

  public String responsibleName() {
    return responsibleName;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public ItemType type() {
    return type;
  }

  public ItemStatus status() {
    return status;
  }

  public String latestProgress() {
    return latestProgress;
  }

  public LocalDate closedAt() {
    return closedAt;
  }

  public String carryOverReason() {
    return carryOverReason;
  }

  public String returnComment() {
    return returnComment;
  }

  public List<ProgressReport> reports() {
    return List.copyOf(reports);
  }

  public List<ReviewNote> reviews() {
    return List.copyOf(reviews);
  }

  public ExtensionRequest extensionRequest() {
    return extensionRequest;
  }
}
