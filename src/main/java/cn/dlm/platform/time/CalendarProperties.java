package cn.dlm.platform.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time zone and working days. Public holidays (法定节假日) and make-up workdays (调休上班日)
 * change every year, so both are plain lists in configuration.
 */
@ConfigurationProperties("dlm.calendar")
public record CalendarProperties(ZoneId zone, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays) {

  public CalendarProperties {
    zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    makeUpWorkdays = makeUpWorkdays == null ? List.of() : List.copyOf(makeUpWorkdays);
  }
}
