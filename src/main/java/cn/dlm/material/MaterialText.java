package cn.dlm.material;

import cn.dlm.platform.web.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * Turns what a member sends — a pasted text, an uploaded .txt or .docx — into the text the parser
 * reads, or rejects it with a message the member understands.
 */
final class MaterialText {

  /** The largest material accepted: 1 MB of text (UTF-8). */
  static final int MAX_BYTES = 1024 * 1024;

  static final String TOO_LARGE = "材料内容超过 1 MB，请删去与对照检查无关的内容（如附件、表格）后再提交。";
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] PDF = {'%', 'P', 'D', 'F'};

  private MaterialText() {}

  /**
   * Decodes a text body: by its byte order mark, else by the declared charset, else as UTF-8 and,
   * failing that, as GB18030 (GBK), which is what Windows Notepad in China writes.
   */
  static String decode(byte[] bytes, Charset declared) {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge();
    }
    String text;
    if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      text = strict(bytes, 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      text = strict(bytes, 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      text = strict(bytes, 2, StandardCharsets.UTF_16BE);
    } else if (declared != null) {
      text = strict(bytes, 0, declared);
    } else {
      text = strict(bytes, 0, StandardCharsets.UTF_8);
      if (text == null) {
        text = strict(bytes, 0, GB18030);
      }
    }
    if (text == null || looksBinary(text)) {
      throw ApiException.badRequest("无法识别的内容：请粘贴材料的文字，或上传 UTF-8 编码的 .txt 文件或 Word（.docx）文件。");
    }
    return text;
  }

  /** The text of an uploaded file, told apart by its content first and its name second. */
  static String ofUpload(String filename, byte[] bytes) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (startsWith(bytes, ZIP) || name.endsWith(".docx")) {
      return checkedSize(DocxText.extract(bytes));
    }
    if (startsWith(bytes, OLE2) || name.endsWith(".doc") || name.endsWith(".wps")) {
      throw ApiException.badRequest("暂不支持旧版 Word（.doc）文件：请在 Word 中“另存为” .docx 后上传，或直接粘贴全文。");
    }
    if (startsWith(bytes, PDF) || name.endsWith(".pdf")) {
      throw ApiException.badRequest("暂不支持 PDF 文件：请上传 Word（.docx）或 .txt 文件，或直接粘贴全文。");
    }
    return decode(bytes, null);
  }

  static ApiException tooLarge() {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE);
  }

  private static String checkedSize(String text) {
    if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw tooLarge();
    }
    return text;
  }

  private static String strict(byte[] bytes, int offset, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** NUL characters, or more than one control character in a hundred, do not occur in written text. */
  private static boolean looksBinary(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\u000B') {
        controls++;
      }
    }
    return controls > 0 && controls * 100 > text.length();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
