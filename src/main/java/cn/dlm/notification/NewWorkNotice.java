package cn.dlm.notification;

import java.util.Date;

/**
 * One queued notice: a task became {@code recipient}'s at {@code at}. Its key is
 * {@code recipient.taskId.epochMillis}; user ids have no dots (the engine's whitelist), task ids neither.
 */
record NewWorkNotice(String recipient, String taskId, Date at) {

  String key() {
    return recipient + "." + taskId + "." + at.getTime();
  }

  static NewWorkNotice ofKey(String key) {
    int last = key.lastIndexOf('.');
    int middle = key.lastIndexOf('.', last - 1);
    if (middle <= 0 || last <= middle + 1) {
      throw new IllegalArgumentException("无法识别的新待办通知：" + key);
    }
    return new NewWorkNotice(key.substring(0, middle), key.substring(middle + 1, last),
        new Date(Long.parseLong(key.substring(last + 1))));
  }
}
