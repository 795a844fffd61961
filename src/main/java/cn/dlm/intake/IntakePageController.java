package cn.dlm.intake;

import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ClientAddress;
import cn.dlm.platform.web.LoginProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of the online intake, open without login: the page behind a link, what it offers, and the
 * opinions it sends. Nothing about the writer is stored: the client address only counts against a limit held in
 * memory ({@link AddressLimiter}); no user, address or browser is kept with the opinion.
 */
@RestController
class IntakePageController {

  static final int MAX_BODY = 64 * 1024;
  private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z]|&#?[A-Za-z0-9]+;");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OnlineIntake intake;
  private final AddressLimiter limiter;
  private final ClientAddress clientAddress;
  private final IntakeProperties properties;
  private final byte[] page;

  IntakePageController(OnlineIntake intake, IntakeProperties properties, LoginProperties login) {
    this.intake = intake;
    this.properties = properties;
    this.limiter = new AddressLimiter(properties, System::currentTimeMillis);
    this.clientAddress = new ClientAddress(login.trustedProxies());
    try (InputStream html = new ClassPathResource("intake/intake.html").getInputStream()) {
      this.page = html.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  AddressLimiter limiter() {
    return limiter;
  }

  @GetMapping("/intake/{token}")
  ResponseEntity<byte[]> page() {
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Referrer-Policy", "no-referrer")
        .header("X-Robots-Tag", "noindex, nofollow")
        .header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'")
        .body(page);
  }

  @GetMapping("/intake/{token}/form")
  ResponseEntity<IntakeForm> form(@PathVariable String token) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(intake.form(token));
  }

  @PostMapping("/intake/{token}/opinions")
  ResponseEntity<Map<String, Object>> submit(@PathVariable String token, HttpServletRequest request) throws IOException {
    if (!limiter.tryAcquire(clientAddress.of(request))) {
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁，请过一段时间再提交。感谢您的参与。");
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE,
          "提交的内容过大：意见内容最多 " + properties.maxText() + " 字，请精简后再提交。");
    }
    JsonNode opinion;
    try {
      opinion = JSON.readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("提交的内容格式不正确，请在页面上填写后提交。");
    }
    if (opinion == null || !opinion.isObject()) {
      throw ApiException.badRequest("提交的内容格式不正确，请在页面上填写后提交。");
    }
    String text = opinion.path("text").asText("").replace("\r\n", "\n").strip();
    if (text.isEmpty()) {
      throw ApiException.badRequest("请填写意见内容。");
    }
    int length = text.codePointCount(0, text.length());
    if (length > properties.maxText()) {
      throw ApiException.badRequest("意见内容最多 " + properties.maxText() + " 字，当前 " + length + " 字，请精简后再提交。");
    }
    if (MARKUP.matcher(text).find()) {
      throw ApiException.badRequest("意见内容中不能含有网页代码（如 <script>、<a> 等标签），请只填写文字。");
    }
    intake.submit(token, opinion.path("target").asText(""), opinion.path("area").asText("").strip(), text);
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
        .body(Map.of("message", "意见已提交，谢谢！组织办审核后将原汁原味反馈给本人。"));
  }
}
