package cn.dlm.platform.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns every failure of an /api controller into JSON with a Chinese message, never a stack trace. */
@RestControllerAdvice(basePackages = "cn.dlm")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> handle(ApiException e) {
    return respond(e.status(), e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return respond(HttpStatus.PAYLOAD_TOO_LARGE, "上传的内容过大，请控制在 2 MB 以内。");
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
      MissingServletRequestPartException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<Map<String, Object>> badRequest(Exception e) {
    return respond(HttpStatus.BAD_REQUEST, "请求内容不完整或格式不正确，请检查后重试。");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> unsupportedType(HttpMediaTypeNotSupportedException e) {
    return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型。");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e) {
    return respond(HttpStatus.METHOD_NOT_ALLOWED, "不支持此请求方式。");
  }

  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<Map<String, Object>> notAuthorized(Exception e) {
    return respond(HttpStatus.FORBIDDEN, "您没有执行此操作的权限。");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e) {
    LOG.error("Unexpected error in /api", e);
    return respond(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误，请稍后重试或联系管理员。");
  }

  private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(ApiErrors.body(status, message));
  }
}
