package cn.dlm.notification;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every kind of mail the application sends, by kind. */
@Component
class MailBuilders {

  private final Map<String, MailContentBuilder> byKind;

  MailBuilders(List<MailContentBuilder> builders) {
    this.byKind = builders.stream().collect(Collectors.toMap(MailContentBuilder::kind, Function.identity()));
  }

  MailContentBuilder of(String kind) {
    MailContentBuilder builder = byKind.get(kind);
    if (builder == null) {
      throw new IllegalStateException("未知的邮件类型：" + kind);
    }
    return builder;
  }
}
