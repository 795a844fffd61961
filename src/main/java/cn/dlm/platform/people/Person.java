package cn.dlm.platform.people;

/** A user as the application shows and addresses him or her; {@code email} may be null. */
public record Person(String id, String name, String email) {}
