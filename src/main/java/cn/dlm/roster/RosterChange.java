package cn.dlm.roster;

/** One line of the import summary: what kind of thing (班子, 人员, 成员关系, 书记), whose, and what happens. */
record RosterChange(String kind, String id, String text) {}
