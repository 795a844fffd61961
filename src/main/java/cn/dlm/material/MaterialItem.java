package cn.dlm.material;

/** A root cause (原因) or a rectification measure (整改措施): its first sentence and its whole text. */
public record MaterialItem(String title, String text) {}
