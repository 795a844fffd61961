package cn.dlm.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dlm.platform.web.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class MaterialTextTest {

  private static final String MATERIAL = "一、存在的问题\n1.学习深度不够。\n";

  @Test
  void textIsReadAsUtf8OrElseAsGbk() {
    assertThat(MaterialText.decode(MATERIAL.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(MATERIAL);
    assertThat(MaterialText.decode(MATERIAL.getBytes(Charset.forName("GBK")), null)).isEqualTo(MATERIAL);
  }

  @Test
  void byteOrderMarksAndDeclaredCharsetsAreHonoured() {
    byte[] utf16 = ("\uFEFF" + MATERIAL).getBytes(StandardCharsets.UTF_16LE);
    assertThat(MaterialText.decode(utf16, null)).isEqualTo(MATERIAL);
    assertThat(MaterialText.decode(MATERIAL.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE))
        .isEqualTo(MATERIAL);
  }

  @Test
  void binaryContentIsRejectedWithAMessage() {
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);

    assertThatThrownBy(() -> MaterialText.decode(binary, null))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(e.getMessage()).contains("无法识别的内容");
        });
    assertThatThrownBy(() -> MaterialText.decode("学习\u0000不够".getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void textOverOneMegabyteIsTooLarge() {
    byte[] large = "学".repeat(MaterialText.MAX_BYTES / 3 + 1).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> MaterialText.decode(large, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
    assertThat(MaterialText.decode("学".repeat(MaterialText.MAX_BYTES / 3).getBytes(StandardCharsets.UTF_8), null))
        .hasSize(MaterialText.MAX_BYTES / 3);
  }

  @Test
  void wordFileGivesItsParagraphsTablesAndAutomaticNumbers() throws IOException {
    byte[] docx = new Docx()
        .paragraph("关于2025年度民主生活会的对照检查材料")
        .autoNumbered("存在的主要问题")
        .paragraph("（一）理论学习方面。一是学得不深。二是悟得不透。")
        .autoNumbered("原因剖析")
        .tableRow("1.理想信念有所松动。", "补充说明")
        .autoNumbered("整改措施")
        .paragraph("1.加强学习。")
        .bytes();

    String text = MaterialText.ofUpload("材料.docx", docx);

    assertThat(text).contains("一、存在的主要问题\n", "二、原因剖析\n", "三、整改措施\n", "1.理想信念有所松动。\t补充说明\n");
    ParsedMaterial material = new MaterialParser().parse(text);
    assertThat(material.problems()).extracting(Problem::title).containsExactly("学得不深", "悟得不透");
    assertThat(material.causes()).extracting(MaterialItem::title).containsExactly("理想信念有所松动");
    assertThat(material.measures()).extracting(MaterialItem::title).containsExactly("加强学习");
  }

  @Test
  void uploadsAreToldApartByContentBeforeName() throws IOException {
    byte[] docx = new Docx().paragraph("一、存在问题").bytes();

    assertThat(MaterialText.ofUpload("材料.txt", docx)).isEqualTo("一、存在问题\n");
    assertThat(MaterialText.ofUpload(null, MATERIAL.getBytes(StandardCharsets.UTF_8))).isEqualTo(MATERIAL);
  }

  @Test
  void oldWordPdfAndBrokenWordFilesAreRejectedWithAMessage() {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};

    assertThatThrownBy(() -> MaterialText.ofUpload("材料.doc", ole2))
        .hasMessageContaining("另存为").hasMessageContaining(".docx");
    assertThatThrownBy(() -> MaterialText.ofUpload("材料.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("PDF");
    assertThatThrownBy(() -> MaterialText.ofUpload("材料.docx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(e.getMessage()).contains("无法读取该 Word 文件");
        });
  }

  @Test
  void wordFileThatUnpacksToGiantSizeIsTooLarge() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 70; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(zipped.size()).isLessThan(MaterialText.MAX_BYTES);

    assertThatThrownBy(() -> MaterialText.ofUpload("材料.docx", zipped.toByteArray()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
  }
}
