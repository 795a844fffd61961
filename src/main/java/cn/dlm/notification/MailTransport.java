package cn.dlm.notification;

/** Hands a composed mail to its destination; throws when it could not. */
interface MailTransport {

  void deliver(ComposedMail mail);
}
