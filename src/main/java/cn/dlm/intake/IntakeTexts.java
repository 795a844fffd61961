package cn.dlm.intake;

import cn.dlm.platform.time.EngineClock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The intake's notice in the 汇总征求意见 form (Markdown, shown by form-js) and its times, in Chinese. */
@Component
class IntakeTexts {

  private final EngineClock clock;

  IntakeTexts(EngineClock clock) {
    this.clock = clock;
  }

  String time(Date date) {
    if (date == null) {
      return "";
    }
    ZonedDateTime time = clock.zoned(date);
    return "%d年%d月%d日 %02d:%02d".formatted(time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
        time.getHour(), time.getMinute());
  }

  /** Links and counts only: the business key and token are letters, digits, '-' and '_', nothing to escape. */
  String closedNotice(String businessKey, int received) {
    String count = received == 0 ? "" : "此前已收到 " + received + " 条，均已列入下方意见。";
    return "网上征求意见未开启。" + count + "开启后生成不需登录的意见链接和二维码（可印在征求意见表上），"
        + "截至本任务的截止时间；收到的意见以“网上征求”渠道列入下方，经您审核后才反馈给本人。"
        + "[开启网上征求意见](" + OnlineIntake.OPEN_LINK + businessKey + ")";
  }

  String openNotice(IntakeStatus status) {
    return "网上征求意见已开启，截至 " + status.validUntil() + "，已收到 " + status.received() + " 条（刷新页面可看到新收到的意见）。"
        + "意见链接：" + status.link() + " · [下载二维码](" + status.qrCode() + ") · [关闭网上征求意见]("
        + OnlineIntake.CLOSE_LINK + status.businessKey() + ")\n\n![意见链接的二维码](" + status.qrCode() + ")";
  }
}
