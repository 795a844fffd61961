package cn.dlm.robot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Work-group robots (群机器人), {@code dlm.robot.*}: whether plain http addresses are accepted (tests, an internal
 * relay), the time allowed to connect and for the whole request, the retry cycle of a failed post, and how many
 * tasks one post lists.
 */
@ConfigurationProperties("dlm.robot")
record RobotProperties(Boolean allowHttp, Duration connectTimeout, Duration requestTimeout, String retryCycle,
    Integer maxTasksPerPost) {

  RobotProperties {
    allowHttp = allowHttp != null && allowHttp;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
    requestTimeout = requestTimeout == null ? Duration.ofSeconds(15) : requestTimeout;
    retryCycle = retryCycle == null ? "R5/PT5M" : retryCycle;
    maxTasksPerPost = maxTasksPerPost == null ? 20 : maxTasksPerPost;
  }
}
