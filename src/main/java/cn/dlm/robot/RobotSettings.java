package cn.dlm.robot;

import org.springframework.stereotype.Component;

/** Robot settings that BPMN expressions read: {@code ${robotSettings.retryCycle}}. */
@Component("robotSettings")
public class RobotSettings {

  private final RobotProperties properties;

  RobotSettings(RobotProperties properties) {
    this.properties = properties;
  }

  public String getRetryCycle() {
    return properties.retryCycle();
  }
}
