package cn.dlm.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.spin.Spin.JSON;

import cn.dlm.platform.time.CalendarProperties;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.time.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due dates of the cycle's steps: M plus the step's offset, moved back to a working day, at 18:00 Beijing time. */
class DeadlinesTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final CalendarProperties CALENDAR = new CalendarProperties(SHANGHAI,
      List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)), List.of(LocalDate.of(2026, 10, 10)));
  static final LocalDate MEETING_DAY = LocalDate.of(2026, 10, 20);

  final Deadlines deadlines = new Deadlines(new WorkingCalendar(CALENDAR), new EngineClock(CALENDAR));

  @Test
  void aStepIsDueAtTheEndOfTheWorkingDayOffsetFromTheMeeting() {
    assertThat(deadlines.dueOn(MEETING_DAY, -5).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 10, 15, 18, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  void aDeadlineOnARestDayMovesToTheWorkingDayBefore() {
    assertThat(deadlines.dueOn(MEETING_DAY, -16).toInstant()).as("Sunday 4 October, holidays before it")
        .isEqualTo(ZonedDateTime.of(2026, 9, 30, 18, 0, 0, 0, SHANGHAI).toInstant());
    assertThat(deadlines.dueOn(MEETING_DAY, -10).toInstant()).as("Saturday 10 October is a make-up workday")
        .isEqualTo(ZonedDateTime.of(2026, 10, 10, 18, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  void withoutAMeetingDayOrAnOffsetThereIsNoDueDate() {
    assertThat(deadlines.dueOn(null, 3)).isNull();
    assertThat(deadlines.dueOn(MEETING_DAY, null)).isNull();
  }

  @Test
  void theOffsetIsReadFromTheOffsetsVariable() {
    Object offsets = JSON("{\"talks\": -7, \"report\": \"soon\"}");
    assertThat(Deadlines.offset(offsets, "talks")).isEqualTo(-7);
    assertThat(Deadlines.offset(offsets, "report")).as("not a number").isNull();
    assertThat(Deadlines.offset(offsets, "missing")).isNull();
    assertThat(Deadlines.offset(null, "talks")).isNull();
  }
}
