package cn.dlm.material;

import cn.dlm.platform.web.ApiErrors;
import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * {@code POST /api/materials/parse}: a material's text in, its structure out. The text comes as a
 * {@code text/plain} body or as an uploaded .docx / .txt file (multipart part {@code file}). The
 * areas to suggest from are given as {@code areas} parameters, or taken from the cycle of the task
 * named by {@code taskId}, if the caller may see it (the task query applies the caller's rights).
 */
@RestController
@RequestMapping("/api/materials")
class MaterialController {

  private static final String NOTHING_SENT = "没有收到材料内容：请粘贴材料全文，或上传 Word（.docx）或 .txt 文件。";
  private static final String UNSUPPORTED_TYPE =
      "不支持的内容类型：请以 text/plain（UTF-8）提交材料全文，或以 multipart/form-data 的 file 字段上传 .docx / .txt 文件。";

  private final MaterialParser parser;
  private final TaskService taskService;

  MaterialController(MaterialParser parser, TaskService taskService) {
    this.parser = parser;
    this.taskService = taskService;
  }

  /**
   * One handler for both kinds of body, so that every refusal — an unsupported type included —
   * carries a Chinese message (a mismatch found while choosing among handlers would not).
   */
  @PostMapping("/parse")
  ParsedMaterial parse(HttpServletRequest request, @RequestParam(required = false) List<String> areas,
      @RequestParam(required = false) String taskId) throws IOException {
    ApiUser.current(request);
    MediaType type = contentType(request);
    String text;
    if (MediaType.TEXT_PLAIN.includes(type)) {
      text = MaterialText.decode(body(request), charset(type));
    } else if (MediaType.MULTIPART_FORM_DATA.includes(type)) {
      MultipartFile file = uploadedFile(request);
      if (file.getSize() > MaterialText.MAX_BYTES * 2L) {
        throw MaterialText.tooLarge();
      }
      text = MaterialText.ofUpload(file.getOriginalFilename(), file.getBytes());
    } else {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_TYPE);
    }
    return parse(text, areas, taskId);
  }

  private static byte[] body(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MaterialText.MAX_BYTES) {
      throw MaterialText.tooLarge();
    }
    try (InputStream in = request.getInputStream()) {
      return in.readNBytes(MaterialText.MAX_BYTES + 1);
    }
  }

  /** Uploads are read lazily, inside this handler, so their failures are answered here. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> unreadableUpload(MultipartException e) {
    HttpStatus status = e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE
        : HttpStatus.BAD_REQUEST;
    String message = status == HttpStatus.PAYLOAD_TOO_LARGE
        ? "上传的文件过大：Word 文件请控制在 2 MB 以内，材料文字请控制在 1 MB 以内。"
        : "上传的内容无法读取：请以 multipart/form-data 的 file 字段上传 .docx 或 .txt 文件。";
    return ResponseEntity.status(status).body(ApiErrors.body(status, message));
  }

  private static MultipartFile uploadedFile(HttpServletRequest request) {
    MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    MultipartFile file = multipart == null ? null : multipart.getFile("file");
    if (file == null) {
      throw ApiException.badRequest(NOTHING_SENT);
    }
    return file;
  }

  private ParsedMaterial parse(String text, List<String> areas, String taskId) {
    if (text.isBlank()) {
      throw ApiException.badRequest(NOTHING_SENT);
    }
    return parser.parse(text, areas != null ? areas : areasOfTask(taskId));
  }

  private List<String> areasOfTask(String taskId) {
    if (taskId == null || taskId.isBlank()) {
      return List.of();
    }
    if (taskService.createTaskQuery().taskId(taskId).singleResult() == null) {
      throw ApiException.notFound("找不到该任务：它可能已经办结，或不是您的任务。");
    }
    return AreaList.of(taskService.getVariable(taskId, "areas"));
  }

  private static MediaType contentType(HttpServletRequest request) {
    try {
      return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
    } catch (RuntimeException e) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_TYPE);
    }
  }

  private static Charset charset(MediaType type) {
    try {
      return type.getCharset();
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持所声明的字符编码，请使用 UTF-8。");
    }
  }
}
