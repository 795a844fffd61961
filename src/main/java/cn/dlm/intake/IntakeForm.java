package cn.dlm.intake;

import java.util.List;

/** What the intake page offers: the team, whom an opinion may concern, this cycle's areas, the deadline. */
record IntakeForm(String teamName, String year, List<Option> targets, List<String> areas, String deadline,
    int maxText) {

  record Option(String value, String label) {}
}
