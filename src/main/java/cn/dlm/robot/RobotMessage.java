package cn.dlm.robot;

/** A post: its title (the notification's line in the chat list) and its markdown text. */
record RobotMessage(String title, String markdown) {}
