package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;

/** A rendered mail: one-line subject, HTML body and its plain-text alternative. */
@FeatureApi
public record MailContent(String subject, String html, String text) {}
