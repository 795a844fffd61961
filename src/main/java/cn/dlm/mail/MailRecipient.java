package cn.dlm.mail;

/** A person who receives mail: Camunda user id, mail address and the name to greet. */
public record MailRecipient(String userId, String address, String displayName) {}
