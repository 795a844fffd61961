package cn.dlm.roster;

import static cn.dlm.access.AccessModel.ADMIN_GROUP;
import static cn.dlm.access.AccessModel.OFFICE_GROUP;

import cn.dlm.platform.web.ApiErrors;
import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
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
 * {@code GET /api/roster/template.xlsx} and {@code POST /api/roster?dryRun=}: the roster import,
 * for the organizing office and administrators. An invalid file answers 400 with every error.
 */
@RestController
@RequestMapping("/api/roster")
class RosterController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final RosterImport rosterImport;
  private final IdentityService identityService;

  RosterController(RosterImport rosterImport, IdentityService identityService) {
    this.rosterImport = rosterImport;
    this.identityService = identityService;
  }

  @GetMapping("/template.xlsx")
  ResponseEntity<byte[]> template(HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, OFFICE_GROUP, ADMIN_GROUP);
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("人员名册模板.xlsx", StandardCharsets.UTF_8).build().toString())
        .body(RosterTemplate.workbook());
  }

  @PostMapping
  ResponseEntity<?> upload(HttpServletRequest request, @RequestParam(defaultValue = "true") boolean dryRun)
      throws IOException {
    ApiUser user = ApiUser.requireAnyGroup(request, OFFICE_GROUP, ADMIN_GROUP);
    MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    MultipartFile file = multipart == null ? null : multipart.getFile("file");
    if (file == null) {
      throw ApiException.badRequest("没有收到名册文件：请以 multipart/form-data 的 file 字段上传 .xlsx 或 .csv 文件。");
    }
    List<RosterSheet> sheets = RosterFile.read(file.getOriginalFilename(), file.getBytes());
    boolean directory = identityService.isReadOnly();
    RosterImport.Outcome outcome = rosterImport.run(sheets, dryRun || directory, user.id());
    if (!outcome.errors().isEmpty()) {
      Map<String, Object> body = ApiErrors.body(HttpStatus.BAD_REQUEST,
          "名册中有 " + outcome.errors().size() + " 处错误，未做任何更改。请改正后重新上传。");
      body.put("errors", outcome.errors());
      return ResponseEntity.badRequest().body(body);
    }
    if (directory && !dryRun) {
      // ldap profile: people come from the directory, so the import only reports how the sheet differs from it
      Map<String, Object> body = ApiErrors.body(HttpStatus.CONFLICT,
          "人员和班子由单位目录（LDAP）提供，本系统不能修改：未做任何更改。以下为名册与目录的差异，请在目录中调整。");
      body.put("differences", outcome.summary());
      return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
    return ResponseEntity.ok(outcome.summary());
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> unreadableUpload(MultipartException e) {
    HttpStatus status = e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE
        : HttpStatus.BAD_REQUEST;
    String message = status == HttpStatus.PAYLOAD_TOO_LARGE ? "上传的文件过大，请控制在 2 MB 以内。"
        : "上传的内容无法读取：请以 multipart/form-data 的 file 字段上传 .xlsx 或 .csv 文件。";
    return ResponseEntity.status(status).body(ApiErrors.body(status, message));
  }
}
