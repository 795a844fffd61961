package cn.dlm.mail;

/** A rendered mail: one-line subject, HTML body and its plain-text alternative. */
public record MailContent(String subject, String html, String text) {}
