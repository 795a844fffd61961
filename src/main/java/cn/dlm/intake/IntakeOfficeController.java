package cn.dlm.intake;

import cn.dlm.access.AccessModel;
import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The office's side of the online intake: open, look at, close a cycle's link, and its QR code. */
@RestController
@RequestMapping("/api/cycles/{businessKey}/intake")
class IntakeOfficeController {

  private final OnlineIntake intake;

  IntakeOfficeController(OnlineIntake intake) {
    this.intake = intake;
  }

  @PostMapping
  IntakeStatus open(@PathVariable String businessKey, HttpServletRequest request) {
    ApiUser user = ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP);
    return intake.open(businessKey, user.id());
  }

  @GetMapping
  IntakeStatus status(@PathVariable String businessKey, HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP);
    return intake.status(businessKey);
  }

  @PostMapping("/close")
  IntakeStatus close(@PathVariable String businessKey, HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP);
    return intake.close(businessKey);
  }

  @GetMapping("/qr.png")
  ResponseEntity<byte[]> qrCode(@PathVariable String businessKey, HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP);
    IntakeStatus status = intake.status(businessKey);
    if (!status.open()) {
      throw new ApiException(HttpStatus.CONFLICT, "网上征求意见未开启或已结束，没有可用的二维码。");
    }
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
        .header("Content-Disposition", "inline; filename=\"intake-" + businessKey + ".png\"")
        .body(QrCodePng.of(status.link()));
  }
}
