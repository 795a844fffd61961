package cn.dlm.mail;

/** Hands a composed mail to its destination; throws when it could not. */
public interface MailTransport {

  void deliver(ComposedMail mail);
}
