package cn.dlm.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The calendar settings as the README documents them: plain environment variables. */
class CalendarSettingsTest {

  @Test
  void holidaysAndMakeUpWorkdaysComeFromEnvironmentVariables() {
    CalendarProperties properties = bind(Map.of(
        "DLM_CALENDAR_HOLIDAYS", "2026-10-01,2026-10-02",
        "DLM_CALENDAR_MAKEUPWORKDAYS", "2026-10-10"));

    assertThat(properties.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(properties.holidays()).containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
    assertThat(properties.makeUpWorkdays()).containsExactly(LocalDate.of(2026, 10, 10));

    WorkingCalendar calendar = new WorkingCalendar(properties);
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
  }

  private static CalendarProperties bind(Map<String, Object> environmentVariables) {
    var source = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        environmentVariables);
    return new Binder(ConfigurationPropertySources.from(source)).bind("dlm.calendar", CalendarProperties.class).get();
  }
}
