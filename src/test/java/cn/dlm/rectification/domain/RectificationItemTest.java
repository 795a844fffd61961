package cn.dlm.rectification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The rectification item's (整改事项) guarded changes of state, without an engine. */
class RectificationItemTest {

  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);

  static RectificationItem item() {
    return new RectificationItem("2026-001", "理论学习不够系统深入", ItemSource.PLAN, "整改方案新增", "理论学习",
        "制定班子年度学习计划", "lihua", "李华", LocalDate.of(2026, 3, 31), ItemType.TIME_BOUND);
  }

  @Test
  void progressThenVerificationClosesTheItemOnTheDayOfClosing() {
    RectificationItem item = item();
    assertThat(item.status()).isEqualTo(ItemStatus.PENDING);

    item.reportProgress(MONDAY, "lihua", "已起草学习计划", "");
    assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);
    assertThat(item.latestProgress()).isEqualTo("已起草学习计划");

    item.submitForVerification(MONDAY.plusDays(3), "lihua", "学习计划已印发", "印发通知");
    assertThat(item.status()).isEqualTo(ItemStatus.AWAITING_VERIFICATION);
    assertThat(item.reports()).hasSize(2);

    item.close(MONDAY.plusDays(5), "liufang", "佐证齐全");
    assertThat(item.status()).isEqualTo(ItemStatus.CLOSED);
    assertThat(item.closedAt()).isEqualTo(LocalDate.of(2026, 3, 7));
    assertThat(item.reviews()).extracting(ReviewNote::decision).containsExactly("验收销号");
  }

  @Test
  void onlyAnItemAwaitingVerificationCanBeClosedReturnedOrCarriedOver() {
    RectificationItem item = item();
    assertThatThrownBy(() -> item.close(MONDAY, "liufang", "")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> item.returnForRework(MONDAY, "liufang", "")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> item.carryOver(MONDAY, "liufang", "")).isInstanceOf(IllegalStateException.class);
    assertThat(item.status()).isEqualTo(ItemStatus.PENDING);
    assertThat(item.reviews()).isEmpty();
  }

  @Test
  void aReturnedItemIsBackWithTheMemberAndACarriedOverOneKeepsItsReason() {
    RectificationItem returned = item();
    returned.submitForVerification(MONDAY, "lihua", "已完成", "");
    returned.returnForRework(MONDAY.plusDays(1), "liufang", "佐证不足");
    assertThat(returned.status()).isEqualTo(ItemStatus.IN_PROGRESS);

    RectificationItem carried = item();
    carried.submitForVerification(MONDAY, "lihua", "机制已建立", "");
    carried.carryOver(MONDAY.plusDays(1), "liufang", "需长期坚持");
    assertThat(carried.status()).isEqualTo(ItemStatus.CARRIED_OVER);
    assertThat(carried.carryOverReason()).isEqualTo("需长期坚持");
    assertThatThrownBy(() -> carried.reportProgress(MONDAY.plusDays(2), "lihua", "又有进展", ""))
        .as("a settled item takes no more reports").isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aGrantedExtensionMovesTheDeadlineAndLiftsOverdue() {
    RectificationItem item = item();
    item.markOverdue();
    assertThat(item.isOverdue()).isTrue();
    item.requestExtension(MONDAY, "lihua", LocalDate.of(2026, 5, 31), "需协调上级部门");
    assertThat(item.extensionRequest()).isNotNull();

    item.grantExtension(MONDAY.plusDays(1), "liufang", "同意");
    assertThat(item.deadline()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(item.isOverdue()).isFalse();
    assertThat(item.extensionRequest()).isNull();
    assertThatThrownBy(() -> item.rejectExtension(MONDAY.plusDays(2), "liufang", ""))
        .as("no request pending any more").isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRejectedExtensionKeepsTheDeadline() {
    RectificationItem item = item();
    item.requestExtension(MONDAY, "lihua", LocalDate.of(2026, 5, 31), "工作较多");
    item.rejectExtension(MONDAY.plusDays(1), "liufang", "理由不充分");
    assertThat(item.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(item.extensionRequest()).isNull();
    assertThat(item.reviews()).extracting(ReviewNote::decision).containsExactly("不同意延期");
  }

  @Test
  void aSettledItemIsNeverCountedOverdue() {
    RectificationItem item = item();
    item.submitForVerification(MONDAY, "lihua", "已完成", "");
    item.close(MONDAY, "liufang", "");
    item.markOverdue();
    assertThat(item.isOverdue()).isFalse();
  }
}
