package cn.dlm.notification;

import org.springframework.stereotype.Component;

/** Mail settings that BPMN expressions read, e.g. {@code ${mailSettings.retryCycle}}. */
@Component("mailSettings")
public class MailSettings {

  private final MailProperties properties;

  public MailSettings(MailProperties properties) {
    this.properties = properties;
  }

  public String getRetryCycle() {
    return properties.retryCycle();
  }
}
