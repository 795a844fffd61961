package cn.dlm.notification;

import java.util.Date;

/** A MIME message ready for a transport, with the facts a transport logs or names files by. */
public record ComposedMail(byte[] mime, String messageId, String recipientAddress, String subject, Date date) {}
