package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void aLineHasNoBreaksAndIsCutWithAnEllipsis() {
    assertThat(SafeText.line("撰写\r\nBcc: x@example.com\t材料", 100)).isEqualTo("撰写 Bcc: x@example.com 材料");
    assertThat(SafeText.line("一二三四五六", 4)).isEqualTo("一二三…");
    assertThat(SafeText.line(null, 4)).isEmpty();
    assertThat(SafeText.line(2026, 10)).isEqualTo("2026");
  }

  @Test
  void aParagraphKeepsLineBreaksButNoOtherControlCharacters() {
    assertThat(SafeText.paragraph("第一行\r\n第二行\u0007", 100)).isEqualTo("第一行\n第二行");
    assertThat(SafeText.paragraph("x".repeat(10_000), 500)).hasSize(500).endsWith("…");
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    assertThat(SafeText.line("😀😀😀", 2)).isEqualTo("😀…");
  }
}
