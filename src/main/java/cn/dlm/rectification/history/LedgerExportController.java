package cn.dlm.rectification.history;

import static cn.dlm.access.AccessModel.OFFICE_GROUP;
import static cn.dlm.access.AccessModel.SUPERVISORS_GROUP;

import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads for the organizing office and the supervisors: the rectification ledger (整改台账) of a
 * cycle or of all cycles as .xlsx, and the meeting report draft (会议情况报告) of a cycle as .docx.
 */
@RestController
class LedgerExportController {

  /** A cycle's business key: {@code <teamId>-<year>}. */
  private static final Pattern BUSINESS_KEY = Pattern.compile("([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)-(\\d{4})");
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  private final CycleHistory history;
  private final LedgerWorkbook workbook;
  private final MeetingReportDocument report;

  public LedgerExportController(CycleHistory history, LedgerWorkbook workbook, MeetingReportDocument report) {
    this.history = history;
    this.workbook = workbook;
    this.report = report;
  }

  @GetMapping("/api/cycles/{businessKey}/ledger.xlsx")
  public ResponseEntity<byte[]> cycleLedger(@PathVariable String businessKey, HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, OFFICE_GROUP, SUPERVISORS_GROUP);
    CycleRecord cycle = cycle(businessKey);
    return Attachment.of(workbook.cycle(cycle), Attachment.XLSX,
        cycle.teamName() + cycle.year() + "年度整改台账.xlsx", "ledger-" + businessKey + ".xlsx");
  }

  @GetMapping("/api/ledger.xlsx")
  public ResponseEntity<byte[]> allLedgers(@RequestParam(required = false) Integer year, HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, OFFICE_GROUP, SUPERVISORS_GROUP);
    if (year != null) {
      checkYear(year);
    }
    String scope = year == null ? "全部年度" : year + "年度";
    return Attachment.of(workbook.allCycles(history.cyclesWithLedger(year), year), Attachment.XLSX,
        scope + "整改台账汇总.xlsx", "ledger-" + (year == null ? "all" : year) + ".xlsx");
  }

  @GetMapping("/api/cycles/{businessKey}/meeting-report.docx")
  public ResponseEntity<byte[]> meetingReport(@PathVariable String businessKey, HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, OFFICE_GROUP, SUPERVISORS_GROUP);
    CycleRecord cycle = cycle(businessKey);
    return Attachment.of(report.draft(cycle), Attachment.DOCX,
        MeetingReportDocument.title(cycle) + "（草稿）.docx", "meeting-report-" + businessKey + ".docx");
  }

  private CycleRecord cycle(String businessKey) {
    Matcher key = BUSINESS_KEY.matcher(businessKey);
    if (!key.matches()) {
      throw ApiException.badRequest("民主生活会标识应为“班子标识-年度”，如 county-gov-party-group-2026。");
    }
    int year = Integer.parseInt(key.group(2));
    checkYear(year);
    return history.cycle(key.group(1), year)
        .orElseThrow(() -> ApiException.notFound("没有找到该班子" + year + "年度的民主生活会。"));
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw ApiException.badRequest("年度应在" + FIRST_YEAR + "至" + LAST_YEAR + "之间。");
    }
  }
}
